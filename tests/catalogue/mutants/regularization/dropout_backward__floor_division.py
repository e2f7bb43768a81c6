"""(dA * mask) // keep_prob: floor division.

function: dropout_backward
expect: failed
feedback: floor division
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return (dA * mask) // keep_prob
