"""Writes each norm out as the square root of a sum of squares.

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    numerator = np.sqrt(np.sum(np.square(grad - grad_approx)))
    denominator = np.sqrt(np.sum(np.square(grad))) + np.sqrt(np.sum(np.square(grad_approx)))
    return numerator / denominator
