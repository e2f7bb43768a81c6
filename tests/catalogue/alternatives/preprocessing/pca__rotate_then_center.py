"""Projects the raw X, then centres the projection (the same numbers, in another order).

function: pca
expect: passed
"""
import numpy as np


def pca(X, k):
    cov = np.cov(X, bias=True).reshape(X.shape[0], X.shape[0])
    values, vectors = np.linalg.eigh(cov)
    components = vectors[:, np.argsort(values)[::-1][:k]]
    projected = components.T @ X
    return projected - projected.mean(axis=1, keepdims=True), components
