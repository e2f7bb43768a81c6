"""Multiplies by mask.T.

function: dropout_backward
expect: error
feedback: entry by entry
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return dA * mask.T / keep_prob
