"""Divides by keep_prob but lets the gradient through the dropped units too.

function: dropout_backward
expect: failed
feedback: mask is missing
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return dA / keep_prob
