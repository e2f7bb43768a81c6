"""Whitens with the inverse Cholesky factor of cov + eps·I instead of an eigendecomposition.

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    n, m = X.shape
    Xc = X - X.mean(axis=1, keepdims=True)
    L = np.linalg.cholesky(Xc @ Xc.T / m + eps * np.eye(n))
    return np.linalg.solve(L, Xc)
