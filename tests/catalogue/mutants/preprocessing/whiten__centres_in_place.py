"""Centres X in place (X -= mean) before whitening, changing the caller's data.

function: whiten
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def whiten(X, eps=1e-5):
    X -= np.mean(X, axis=1, keepdims=True)
    U, S, V = np.linalg.svd(X @ X.T / X.shape[1])
    return (U.T @ X) / np.sqrt(S + eps)[:, None]
