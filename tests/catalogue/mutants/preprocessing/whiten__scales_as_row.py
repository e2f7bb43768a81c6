"""Divides the rotated data (n, m) by the (n,) vector np.sqrt(S + eps): it broadcasts over the columns.

function: whiten
expect: error
feedback: [:, None]
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    U, S, V = np.linalg.svd(np.dot(Xc, Xc.T) / X.shape[1])
    X_rot = np.dot(U.T, Xc)
    return X_rot / np.sqrt(S + eps)
