"""norm(a - b) / norm(a) + norm(b): the denominator lacks parentheses.

function: relative_difference
expect: failed
feedback: precedence
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    return np.linalg.norm(grad - grad_approx) / np.linalg.norm(grad) + np.linalg.norm(grad_approx)
