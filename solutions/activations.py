"""Activation functions and their derivatives.

Every ``*_backward`` function receives the upstream gradient ``dA`` and the
pre-activation ``Z`` (its cache) and returns ``dZ = dA * g'(Z)`` for the
matching forward function ``g``. ``prelu_backward`` also returns the gradient
of its learned slopes, and ``softmax_cross_entropy`` joins the softmax output
layer to its cost, whose gradient is simply ``softmax(Z) - Y``.
"""
import numpy as np


def step(Z):
    return (Z > 0).astype(float)


def sigmoid(Z):
    # exp(-|Z|) never overflows, and each branch is exact on its own side.
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def tanh(Z):
    return np.tanh(Z)


def relu(Z):
    return np.maximum(0, Z)


def leaky_relu(Z, alpha=0.01):
    return np.where(Z > 0, Z, alpha * Z)


def elu(Z, alpha=1.0):
    """Z where Z > 0, alpha * (e^Z - 1) elsewhere.

    np.minimum(Z, 0) keeps np.exp away from large positive z (where the
    branch is not used anyway), and expm1 is exact near 0.
    """
    return np.where(Z > 0, Z, alpha * np.expm1(np.minimum(Z, 0)))


def softmax(Z):
    """Column-wise softmax: each column of e^Z, divided by its sum.

    Subtracting each column's maximum first changes nothing mathematically
    (softmax is invariant to adding a constant to a column) and keeps every
    exponent <= 0, so nothing overflows and each column's largest entry is 1.
    """
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def sigmoid_backward(dA, cache):
    s = sigmoid(cache)
    return dA * s * (1 - s)


def tanh_backward(dA, cache):
    t = np.tanh(cache)
    return dA * (1 - t ** 2)


def relu_backward(dA, cache):
    return np.where(cache > 0, dA, 0.0)


def leaky_relu_backward(dA, cache, alpha=0.01):
    return np.where(cache > 0, dA, alpha * dA)


def elu_backward(dA, cache, alpha=1.0):
    """dZ = dA * elu'(Z): 1 where Z > 0, alpha * e^Z elsewhere."""
    Z = cache
    return np.where(Z > 0, dA, dA * alpha * np.exp(np.minimum(Z, 0)))


def prelu(Z, alpha):
    """Leaky ReLU with one learned slope per unit: alpha is (n, 1), broadcast along each row."""
    return np.where(Z > 0, Z, alpha * Z)


def prelu_backward(dA, cache, alpha):
    """(dZ, dalpha) of PReLU.

    dZ is per example (no 1/m), like every dZ. dalpha is a parameter
    gradient, of the mean cost, so it carries the 1/m: each unit's slope
    collects dA * Z over the examples where that unit was on its negative side.
    """
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z), axis=1, keepdims=True) / m
    return dZ, dalpha


def softmax_cross_entropy(Z, Y):
    """(cost, dZ) of a softmax output layer with cross-entropy loss against one-hot Y.

    log softmax(Z) = (Z - max) - log(sum(e^(Z - max))), the log-sum-exp trick:
    no exponent overflows and no log(0) appears, whatever the size of Z.
    cost is the mean over the m columns; dZ = softmax(Z) - Y, per example.
    """
    m = Z.shape[1]
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))
    cost = -np.sum(Y * log_probs) / m
    dZ = np.exp(log_probs) - Y
    return float(cost), dZ
