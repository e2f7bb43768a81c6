"""Eigendecomposition of the covariance with eigh, sorted by descending eigenvalue.

function: pca
expect: passed
"""
import numpy as np


def pca(X, k):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    cov = Xc @ Xc.T / X.shape[1]
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1]
    components = vectors[:, order[:k]]
    return components.T @ Xc, components
