"""Eigenvectors of the (m, m) Gram matrix Xcᵀ·Xc, mapped back to feature space (u = Xc·v / ‖Xc·v‖).

function: pca
expect: passed
"""
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=1, keepdims=True)
    values, V = np.linalg.eigh(Xc.T @ Xc)
    order = np.argsort(values)[::-1][:k]
    U = Xc @ V[:, order]
    components = U / np.linalg.norm(U, axis=0, keepdims=True)
    return components.T @ Xc, components
