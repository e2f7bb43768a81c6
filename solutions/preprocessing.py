"""Data preprocessing: zero-centring, normalization, PCA and whitening.

Features are rows and examples are columns: ``X`` is ``(n, m)``, and every
statistic (mean, standard deviation, covariance) is taken over the ``m``
examples, along ``axis=1``, keeping a column shape ``(n, 1)``. No function
modifies ``X``.
"""
import numpy as np


def zero_center(X):
    """Subtract the mean of every feature (row): returns ``(X_centered, mean)``, mean ``(n, 1)``."""
    mean = np.mean(X, axis=1, keepdims=True)
    return X - mean, mean


def normalize(X):
    """Zero mean and unit (population) standard deviation per feature: ``(X_norm, mean, std)``.

    A constant feature has ``std = 0``; it is centred to 0 and left there
    (dividing by 1 instead of 0).
    """
    X_centered, mean = zero_center(X)
    std = np.std(X, axis=1, keepdims=True)
    constant = np.max(X, axis=1, keepdims=True) == np.min(X, axis=1, keepdims=True)
    X_norm = np.where(constant, 0.0, X_centered / np.where(constant, 1.0, std))
    return X_norm, mean, std


def _principal_axes(X_centered):
    """Eigenvalues (descending) and eigenvectors (columns) of the covariance (1/m)."""
    m = X_centered.shape[1]
    cov = X_centered @ X_centered.T / m
    U, S, _ = np.linalg.svd(cov)  # for a symmetric PSD matrix: S descending, U its eigenvectors
    return S, U


def pca(X, k):
    """Project onto the ``k`` directions of largest variance: ``(X_reduced (k, m), components (n, k))``."""
    X_centered, _ = zero_center(X)
    _, U = _principal_axes(X_centered)
    components = U[:, :k]
    return components.T @ X_centered, components


def whiten(X, eps=1e-5):
    """PCA whitening: rotate onto the principal axes, then scale each by 1/sqrt(lambda + eps)."""
    X_centered, _ = zero_center(X)
    lam, U = _principal_axes(X_centered)
    X_rotated = U.T @ X_centered
    return X_rotated / np.sqrt(lam + eps)[:, None]
