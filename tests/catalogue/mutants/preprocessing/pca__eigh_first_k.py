"""Takes the first k columns of np.linalg.eigh, which are the directions of least variance.

function: pca
expect: failed
feedback: ascending
blind_spot: no
"""
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=1, keepdims=True)
    values, vectors = np.linalg.eigh(np.dot(Xc, Xc.T) / X.shape[1])
    components = vectors[:, :k]
    return np.dot(components.T, Xc), components
