"""Divides every feature by its own standard deviation: normalization, not whitening.

function: whiten
expect: failed
feedback: normalization, not whitening
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    return Xc / np.sqrt(np.var(X, axis=1, keepdims=True) + eps)
