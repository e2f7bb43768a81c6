"""Keeps two components whatever k is (the lecture's snippet hard-codes its 100).

function: pca
expect: failed
feedback: k columns
blind_spot: yes
"""
import numpy as np


def pca(X, k):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    U, S, V = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    components = U[:, :2]
    return components.T @ Xc, components
