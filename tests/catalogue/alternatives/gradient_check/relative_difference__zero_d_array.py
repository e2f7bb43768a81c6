"""Course-style variable names; returns a 0-d array via np.asarray.

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.linalg.norm(grad - grad_approx)
    denominator = np.linalg.norm(grad) + np.linalg.norm(grad_approx)
    difference = numerator / denominator
    return np.asarray(difference)
