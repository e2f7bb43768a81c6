"""SVD of the centred data: λ = S² / m, padded with zeros when there are fewer examples than features.

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    n, m = X.shape
    Xc = X - X.mean(axis=1, keepdims=True)
    U, S, Vt = np.linalg.svd(Xc)
    lam = np.zeros(n)
    lam[:S.size] = S ** 2 / m
    return (U.T @ Xc) / np.sqrt(lam + eps)[:, None]
