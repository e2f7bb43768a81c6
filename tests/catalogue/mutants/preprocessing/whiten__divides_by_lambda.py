"""Divides by the variances λ + eps instead of their square roots.

function: whiten
expect: failed
feedback: not by λ + eps
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - X.mean(axis=1, keepdims=True)
    U, S, V = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    return (U.T @ Xc) / (S + eps)[:, None]
