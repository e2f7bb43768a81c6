"""Takes the last k columns of np.linalg.eigh, the top k directions but smallest first.

function: pca
expect: failed
feedback: ascending
blind_spot: no
"""
import numpy as np


def pca(X, k):
    mean = np.mean(X, axis=1, keepdims=True)
    Xc = X - mean
    cov = Xc @ Xc.T / X.shape[1]
    values, vectors = np.linalg.eigh(cov)
    components = vectors[:, -k:]
    return components.T @ Xc, components
