"""Uses squared norms (sums of squares) without the square roots.

function: relative_difference
expect: failed
feedback: squared
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.sum((grad - grad_approx) ** 2)
    denominator = np.sum(grad ** 2) + np.sum(grad_approx ** 2)
    return float(numerator / denominator)
