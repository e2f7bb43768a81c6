"""Finds the directions on centred data but projects the raw X.

function: pca
expect: failed
feedback: projects the raw X
blind_spot: no
"""
import numpy as np


def pca(X, k):
    mean = np.mean(X, axis=1, keepdims=True)
    Xc = X - mean
    U, S, Vt = np.linalg.svd(Xc @ Xc.T / X.shape[1])
    components = U[:, :k]
    return components.T @ X, components
