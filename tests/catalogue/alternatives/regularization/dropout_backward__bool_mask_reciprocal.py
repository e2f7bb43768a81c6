"""Turns the mask into booleans and multiplies by the reciprocal of keep_prob.

function: dropout_backward
expect: passed
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    kept = mask.astype(bool)
    return dA * kept * (1.0 / keep_prob)
