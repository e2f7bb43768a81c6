"""Sorts np.linalg.eig's results but keeps their dtype, complex when rounding makes a pair of zero variances complex.

function: pca
expect: failed
feedback: complex
blind_spot: no
"""
import numpy as np


def pca(X, k):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    values, vectors = np.linalg.eig(np.dot(Xc, Xc.T) / X.shape[1])
    order = np.argsort(values.real)[::-1]
    components = vectors[:, order[:k]]
    return np.dot(components.T, Xc), components
