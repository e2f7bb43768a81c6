"""Norms along axis 0: one value per column, an array of shape (1,) for column vectors.

function: relative_difference
expect: failed
feedback: single number
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    num = np.sqrt(np.sum((grad - grad_approx) ** 2, axis=0))
    den = np.sqrt(np.sum(grad ** 2, axis=0)) + np.sqrt(np.sum(grad_approx ** 2, axis=0))
    return num / den
