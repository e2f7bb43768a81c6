"""With keep_prob = 1 and a mask of ones, returns dA itself (the same object, unchanged).

function: dropout_backward
expect: passed
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    if keep_prob == 1 and np.all(mask == 1):
        return dA
    return dA * mask / keep_prob
