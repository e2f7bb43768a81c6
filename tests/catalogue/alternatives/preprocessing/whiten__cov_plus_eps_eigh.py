"""Adds eps to the covariance's diagonal, then scales by its eigenvalues to the power -1/2.

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    n, m = X.shape
    Xc = X - X.mean(axis=1, keepdims=True)
    values, vectors = np.linalg.eigh(Xc @ Xc.T / m + eps * np.eye(n))
    return np.diag(values ** -0.5) @ vectors.T @ Xc
