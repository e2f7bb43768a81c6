"""Reverses eigh's eigenvalues to descending order but not the eigenvector columns.

function: whiten
expect: failed
feedback: paired
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    values, vectors = np.linalg.eigh(Xc @ Xc.T / X.shape[1])
    values = values[::-1]
    return (vectors.T @ Xc) / np.sqrt(values + eps)[:, None]
