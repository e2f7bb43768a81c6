"""np.cov (1/(m - 1)) and eigh, with every component's sign chosen so its largest entry is positive.

function: pca
expect: passed
"""
import numpy as np


def pca(X, k):
    cov = np.atleast_2d(np.cov(X))
    values, vectors = np.linalg.eigh(cov)
    components = vectors[:, ::-1][:, :k]
    signs = np.sign(components[np.argmax(np.abs(components), axis=0), np.arange(k)])
    components = components * signs
    X_reduced = components.T @ (X - X.mean(axis=1, keepdims=True))
    return X_reduced, components
