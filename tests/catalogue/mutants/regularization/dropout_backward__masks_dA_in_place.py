"""Masks and scales dA in place (dA *= mask; dA /= keep_prob), changing the caller's gradient.

function: dropout_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def dropout_backward(dA, mask, keep_prob):
    dA *= mask
    dA /= keep_prob
    return dA
