"""Treats the cache Z as if it were A = sigmoid(Z) and returns dA * Z * (1 - Z).

function: sigmoid_backward
expect: failed
blind_spot: no
"""
import numpy as np


def sigmoid_backward(dA, cache):
    A = cache
    return dA * A * (1 - A)
