"""Divides by 1 - keep_prob, the drop rate, instead of keep_prob.

function: dropout_backward
expect: failed
feedback: 1/(1 − keep_prob)
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return dA * mask / (1 - keep_prob)
