"""Lets the gradient through the dropped units, dA * (1 - mask) / keep_prob.

function: dropout_backward
expect: failed
feedback: kept units (mask 1)
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return dA * (1 - mask) / keep_prob
