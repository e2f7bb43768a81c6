"""Divides by the notebook's 0.8 instead of its keep_prob argument.

function: dropout_backward
expect: failed
feedback: keep_prob argument
blind_spot: yes
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    dA = dA * mask
    return dA / 0.8
