"""Calls linear_backward and adds the penalty's slope to its dW; returns a list.

function: linear_backward_with_regularization
expect: passed
"""
import numpy as np

from deep_network import linear_backward


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    dA_prev, dW, db = linear_backward(dZ, cache)
    dW = dW + (lambd / A_prev.shape[1]) * W
    return [dA_prev, dW, db]
