"""Divides by ||grad|| alone, forgetting ||grad_approx|| in the denominator.

function: relative_difference
expect: failed
feedback: norm of grad_approx is missing
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.linalg.norm(grad - grad_approx)
    denominator = np.linalg.norm(grad)
    return numerator / denominator
