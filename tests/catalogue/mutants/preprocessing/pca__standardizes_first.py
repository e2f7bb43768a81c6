"""Divides every feature by its standard deviation before looking for the directions.

function: pca
expect: failed
feedback: correlation
blind_spot: no
"""
import numpy as np


def pca(X, k):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    Xs = Xc / np.std(X, axis=1, keepdims=True)
    U, S, V = np.linalg.svd(Xs @ Xs.T / X.shape[1])
    components = U[:, :k]
    return components.T @ Xc, components
