"""Writes 1e-5 into the formula instead of using its eps argument.

function: whiten
expect: failed
feedback: ignores its eps
blind_spot: yes
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    cov = np.dot(Xc, Xc.T) / X.shape[1]
    U, S, V = np.linalg.svd(cov)
    Xrot = np.dot(U.T, Xc)
    return Xrot / np.sqrt(S + 1e-5).reshape(-1, 1)
