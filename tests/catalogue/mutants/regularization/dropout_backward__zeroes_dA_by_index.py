"""Zeroes the dropped entries of dA with boolean indexing on dA itself, then scales.

function: dropout_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    dA[mask == 0] = 0
    return dA / keep_prob
