"""Centres X in place (X -= mean), as in the lecture's snippet, changing the caller's data.

function: pca
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def pca(X, k):
    X -= np.mean(X, axis=1, keepdims=True)
    cov = np.dot(X, X.T) / X.shape[1]
    U, S, V = np.linalg.svd(cov)
    components = U[:, :k]
    return np.dot(components.T, X), components
