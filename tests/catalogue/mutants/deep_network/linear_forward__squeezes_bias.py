"""Adds np.squeeze(b), which broadcasts along the wrong axis unless the layer has one unit.

function: linear_forward
expect: error
blind_spot: yes
"""
import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A) + np.squeeze(b)
    cache = (A, W, b)
    return Z, cache
