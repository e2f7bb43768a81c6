"""Copies dA first, then multiplies and divides the copy in place.

function: dropout_backward
expect: passed
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    dA_prev = dA.copy()
    dA_prev *= mask
    dA_prev /= keep_prob
    return dA_prev
