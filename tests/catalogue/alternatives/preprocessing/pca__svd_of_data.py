"""SVD of the centred data itself (no covariance matrix); U's columns are the directions.

function: pca
expect: passed
"""
import numpy as np


def pca(X, k):
    X_centered, mean = zero_center(X)
    U, S, Vt = np.linalg.svd(X_centered, full_matrices=False)
    components = U[:, :k]
    return components.T @ X_centered, components
