"""np.linalg.norm(..., 'fro').

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.linalg.norm(grad - grad_approx, "fro")
    denominator = np.linalg.norm(grad, "fro") + np.linalg.norm(grad_approx, "fro")
    return numerator / denominator
