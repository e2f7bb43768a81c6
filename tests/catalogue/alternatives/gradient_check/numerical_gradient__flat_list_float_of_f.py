"""Flattened copies nudged one entry at a time, float(f(...)), a list turned into an array.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    values = []
    flat = x.reshape(-1)
    for i in range(flat.size):
        plus = flat.copy(); plus[i] += epsilon
        minus = flat.copy(); minus[i] -= epsilon
        values.append((float(f(plus.reshape(x.shape))) - float(f(minus.reshape(x.shape)))) / (2 * epsilon))
    return np.array(values).reshape(x.shape)
