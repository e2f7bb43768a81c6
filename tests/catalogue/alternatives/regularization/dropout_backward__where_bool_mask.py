"""np.where on the mask.

function: dropout_backward
expect: passed
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return np.where(mask.astype(bool), dA / keep_prob, 0.0)
