"""Activation functions and their derivatives.

Every ``*_backward`` function receives the upstream gradient ``dA`` and the
pre-activation ``Z`` (its cache) and returns ``dZ = dA * g'(Z)`` for the
matching forward function ``g``.
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
