"""Multiplies by keep_prob instead of dividing.

function: dropout_backward
expect: failed
feedback: do not multiply
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    dA_prev = np.multiply(dA, mask)
    return dA_prev * keep_prob
