"""Asks for np.linalg.norm(M, 2), which on a 2-D array is the largest singular value, not the 2-norm of all entries.

function: relative_difference
expect: failed
feedback: singular value
blind_spot: yes
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.linalg.norm(grad - grad_approx, 2)
    denominator = np.linalg.norm(grad, 2) + np.linalg.norm(grad_approx, 2)
    return float(numerator / denominator)
