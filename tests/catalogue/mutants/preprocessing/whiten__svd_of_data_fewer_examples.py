"""Whitens through the reduced SVD of the centred data, which keeps only m directions when m < n.

function: whiten
expect: failed
feedback: fewer examples than features
blind_spot: yes
"""
import numpy as np


def whiten(X, eps=1e-5):
    m = X.shape[1]
    Xc = X - np.mean(X, axis=1, keepdims=True)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    lam = S ** 2 / m
    return (U.T @ Xc) / np.sqrt(lam + eps)[:, None]
