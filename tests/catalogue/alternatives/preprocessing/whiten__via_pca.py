"""Reuses pca with k = n and divides each projected row by sqrt(its variance + eps).

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    X_reduced, components = pca(X, X.shape[0])
    variances = np.mean(X_reduced ** 2, axis=1, keepdims=True)
    return X_reduced / np.sqrt(variances + eps)
