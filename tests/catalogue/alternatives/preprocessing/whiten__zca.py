"""ZCA whitening: rotate, scale, and rotate back (U·diag·Uᵀ); the covariance is the same.

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    values, U = np.linalg.eigh(Xc @ Xc.T / X.shape[1])
    return U @ np.diag(1.0 / np.sqrt(values + eps)) @ U.T @ Xc
