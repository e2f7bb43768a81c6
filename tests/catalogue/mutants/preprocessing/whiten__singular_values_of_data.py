"""Takes the SVD of the centred data and divides by its singular values as if they were variances.

function: whiten
expect: failed
feedback: singular values
blind_spot: no
"""
import numpy as np


def whiten(X, eps=1e-5):
    Xc = X - np.mean(X, axis=1, keepdims=True)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    return (U.T @ Xc) / np.sqrt(S + eps)[:, None]
