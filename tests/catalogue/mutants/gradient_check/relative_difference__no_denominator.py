"""Returns only the numerator ||grad - grad_approx||, which depends on the gradients' scale.

function: relative_difference
expect: failed
feedback: numerator
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    return np.linalg.norm(grad - grad_approx)
