"""Adds lambd * W to dW, forgetting the 1/m of the penalty.

function: linear_backward_with_regularization
expect: failed
feedback: divided by m
blind_spot: no
"""
import numpy as np

from deep_network import linear_backward


def linear_backward_with_regularization(dZ, cache, lambd):
    dA_prev, dW, db = linear_backward(dZ, cache)
    W = cache[1]
    return dA_prev, dW + lambd * W, db
