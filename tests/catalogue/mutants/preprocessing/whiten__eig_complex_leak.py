"""Whitens with np.linalg.eig as it comes, complex when rounding makes a pair of zero variances complex.

function: whiten
expect: failed
feedback: complex
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    values, vectors = np.linalg.eig(np.dot(Xc, Xc.T) / X.shape[1])
    return np.dot(vectors.T, Xc) / np.sqrt(values + eps)[:, np.newaxis]
