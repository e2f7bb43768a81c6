"""Divides by keep_prob twice.

function: dropout_backward
expect: failed
feedback: twice
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    return dA * mask / keep_prob / keep_prob
