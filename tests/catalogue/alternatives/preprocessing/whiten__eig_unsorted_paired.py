"""np.linalg.eig in whatever order it returns, each eigenvalue kept with its own eigenvector.

function: whiten
expect: passed
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    values, vectors = np.linalg.eig(np.dot(Xc, Xc.T) / X.shape[1])
    values, vectors = np.real(values), np.real(vectors)
    return np.dot(vectors.T, Xc) / np.sqrt(np.abs(values) + eps)[:, np.newaxis]
