"""Largest absolute entries instead of 2-norms.

function: relative_difference
expect: failed
feedback: infinity norm
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    return np.max(np.abs(grad - grad_approx)) / (np.max(np.abs(grad)) + np.max(np.abs(grad_approx)))
