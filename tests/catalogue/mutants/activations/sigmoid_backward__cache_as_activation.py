"""Treats the cache as the sigmoid output A and returns dA * cache * (1 - cache), but the cache is Z.

function: sigmoid_backward
expect: failed
blind_spot: no
"""
import numpy as np


def sigmoid_backward(dA, cache):
    A = cache
    return dA * A * (1 - A)
