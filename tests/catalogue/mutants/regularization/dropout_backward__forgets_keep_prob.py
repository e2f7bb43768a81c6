"""Applies the mask but forgets to divide by keep_prob.

function: dropout_backward
expect: failed
feedback: divided too
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return dA * mask
