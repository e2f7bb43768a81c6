"""Computes the covariance as E[x xᵀ] − μ μᵀ, which loses its digits when the data is far from 0.

function: pca
expect: failed
feedback: cancellation
blind_spot: yes
"""
import numpy as np


def pca(X, k):
    m = X.shape[1]
    mean = np.mean(X, axis=1, keepdims=True)
    cov = X @ X.T / m - mean @ mean.T
    U, S, V = np.linalg.svd(cov)
    components = U[:, :k]
    return components.T @ (X - mean), components
