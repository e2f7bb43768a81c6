"""Returns the components as rows, shape (k, n), like scikit-learn's components_.

function: pca
expect: failed
feedback: as rows
blind_spot: no
"""
import numpy as np


def pca(X, k):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    U, S, Vt = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    components = U[:, :k].T
    return components @ Xc, components
