"""Rotates onto the principal axes but never divides by sqrt(λ + eps).

function: whiten
expect: failed
feedback: decorrelated but not whitened
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    U, S, V = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    return U.T @ Xc
