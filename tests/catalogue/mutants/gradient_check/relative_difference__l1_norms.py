"""Uses sums of absolute values (1-norms) instead of 2-norms.

function: relative_difference
expect: failed
feedback: absolute values
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.sum(np.abs(grad - grad_approx))
    denominator = np.sum(np.abs(grad)) + np.sum(np.abs(grad_approx))
    return numerator / denominator
