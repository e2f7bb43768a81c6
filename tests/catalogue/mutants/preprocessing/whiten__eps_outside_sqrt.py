"""Adds eps after the square root: divides by sqrt(λ) + eps.

function: whiten
expect: failed
feedback: inside the square root
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - X.mean(axis=1, keepdims=True)
    U, S, V = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    return (U.T @ Xc) / (np.sqrt(S) + eps)[:, None]
