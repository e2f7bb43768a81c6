"""Rotates with SVD of the covariance, then divides each row by sqrt(its own variance + eps).

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - X.mean(axis=1, keepdims=True)
    U, S, V = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    rotated = U.T @ Xc
    return rotated / np.sqrt(np.var(rotated, axis=1, keepdims=True) + eps)
