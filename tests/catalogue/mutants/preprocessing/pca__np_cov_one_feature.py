"""Takes the covariance from np.cov(X, bias=True), a 0-d array when X has a single feature.

function: pca
expect: error
feedback: one feature
blind_spot: yes
"""
import numpy as np


def pca(X, k):
    U, S, V = np.linalg.svd(np.cov(X, bias=True))
    components = U[:, :k]
    return components.T @ (X - X.mean(axis=1, keepdims=True)), components
