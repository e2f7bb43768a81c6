"""np.multiply(dA, mask), then a separate division by keep_prob.

function: dropout_backward
expect: passed
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    dA_prev = np.multiply(dA, mask)
    dA_prev = dA_prev / keep_prob
    return dA_prev
