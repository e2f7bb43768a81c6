"""Returns difference < 1e-7 instead of the difference.

function: relative_difference
expect: failed
feedback: not a verdict
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    d = np.linalg.norm(grad - grad_approx) / (np.linalg.norm(grad) + np.linalg.norm(grad_approx))
    return d < 1e-7
