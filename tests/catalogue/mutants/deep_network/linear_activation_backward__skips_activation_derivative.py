"""Passes dA straight to linear_backward, skipping the activation's derivative.

function: linear_activation_backward
expect: failed
blind_spot: no
"""
import numpy as np


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    dA_prev, dW, db = linear_backward(dA, linear_cache)
    return dA_prev, dW, db
