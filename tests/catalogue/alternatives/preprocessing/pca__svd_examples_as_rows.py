"""SVD of the centred data with examples as rows (the lecture's layout): Vt's rows are the directions.

function: pca
expect: passed
"""
import numpy as np


def pca(X, k):
    data = X.T - X.T.mean(axis=0)
    U, S, Vt = np.linalg.svd(data, full_matrices=False)
    components = -Vt[:k].T
    return (data @ components).T, components
