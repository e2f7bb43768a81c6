"""Forgets to centre: decomposes X @ X.T / m and projects the raw X.

function: pca
expect: failed
feedback: subtract the mean
blind_spot: no
"""
import numpy as np


def pca(X, k):
    cov = X @ X.T / X.shape[1]
    U, S, Vt = np.linalg.svd(cov)
    components = U[:, :k]
    return components.T @ X, components
