"""Takes the covariance from np.cov(X, bias=True), a 0-d array when X has a single feature.

function: whiten
expect: error
feedback: one feature
blind_spot: yes
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    U, S, V = np.linalg.svd(np.cov(X, bias=True))
    return np.dot(U.T, Xc) / np.sqrt(S + eps).reshape(-1, 1)
