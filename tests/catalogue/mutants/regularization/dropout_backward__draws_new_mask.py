"""Draws a fresh mask instead of using the one from the forward pass.

function: dropout_backward
expect: failed
feedback: use the mask you are given
blind_spot: no
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    D = (np.random.rand(*dA.shape) < keep_prob).astype(float)
    return dA * D / keep_prob
