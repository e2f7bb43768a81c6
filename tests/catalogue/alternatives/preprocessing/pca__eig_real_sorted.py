"""np.linalg.eig of np.cov(X, bias=True), real parts kept, sorted by descending eigenvalue.

function: pca
expect: passed
"""
import numpy as np


def pca(X, k):
    cov = np.atleast_2d(np.cov(X, bias=True))
    values, vectors = np.linalg.eig(cov)
    values, vectors = np.real(values), np.real(vectors)
    order = np.argsort(values)[::-1]
    components = vectors[:, order[:k]]
    return components.T @ (X - X.mean(axis=1, keepdims=True)), components
