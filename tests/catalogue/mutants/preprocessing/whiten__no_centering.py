"""Rotates and scales the raw X, without subtracting the mean.

function: whiten
expect: failed
feedback: subtract the mean
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    cov = X @ X.T / X.shape[1]
    U, S, V = np.linalg.svd(cov)
    return (U.T @ X) / np.sqrt(S + eps).reshape(-1, 1)
