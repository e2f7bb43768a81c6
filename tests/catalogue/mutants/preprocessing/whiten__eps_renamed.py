"""Names its shrinkage epsilon where the contract says eps: a caller passing eps=... gets a TypeError.

function: whiten
expect: error
feedback: your function's parameters differ
blind_spot: yes
"""
import numpy as np


def whiten(X, epsilon=1e-5):
    Xc = X - X.mean(axis=1, keepdims=True)
    U, S, _ = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    return (U.T @ Xc) / np.sqrt(S + epsilon)[:, None]
