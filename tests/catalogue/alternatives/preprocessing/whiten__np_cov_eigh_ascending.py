"""np.cov (normalised by m - 1) and eigh's ascending order, left as it is.

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - X.mean(axis=1, keepdims=True)
    values, vectors = np.linalg.eigh(np.atleast_2d(np.cov(X)))
    return np.diag(1 / np.sqrt(values + eps)) @ vectors.T @ Xc
