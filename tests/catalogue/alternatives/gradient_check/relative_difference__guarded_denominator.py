"""Adds 1e-8 to the denominator so that two zero gradients give 0, not nan: a harmless guard at these scales.

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.linalg.norm(grad - grad_approx)
    denominator = np.linalg.norm(grad) + np.linalg.norm(grad_approx) + 1e-8
    return numerator / denominator
