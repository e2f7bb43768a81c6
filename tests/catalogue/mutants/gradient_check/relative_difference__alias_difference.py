"""diff = grad is not a copy: diff -= grad_approx changes grad, and the denominator uses the changed grad.

function: relative_difference
expect: failed
feedback: in place
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    diff = grad
    diff -= grad_approx
    numerator = np.linalg.norm(diff)
    denominator = np.linalg.norm(grad) + np.linalg.norm(grad_approx)
    return numerator / denominator
