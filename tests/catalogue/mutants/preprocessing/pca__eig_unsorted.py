"""Uses np.linalg.eig and assumes its eigenvalues come sorted.

function: pca
expect: failed
feedback: sort
blind_spot: no
"""
import numpy as np


def pca(X, k):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    cov = Xc @ Xc.T / X.shape[1]
    values, vectors = np.linalg.eig(cov)
    components = vectors[:, :k]
    return components.T @ Xc, components
