"""Copy, zero the dropped entries by boolean index, divide.

function: dropout_backward
expect: passed
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    out = dA.copy()
    out[mask == 0] = 0
    out /= keep_prob
    return out
