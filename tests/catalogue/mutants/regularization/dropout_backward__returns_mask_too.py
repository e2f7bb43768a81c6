"""Returns (dA_prev, mask) instead of the gradient alone.

function: dropout_backward
expect: failed
feedback: it is a tuple
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return dA * mask / keep_prob, mask
