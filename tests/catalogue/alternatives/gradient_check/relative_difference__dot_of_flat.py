"""Norms as sqrt(v . v) of raveled vectors, numerator and denominator named as in the course.

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    g = grad.ravel()
    a = grad_approx.ravel()
    d = g - a
    numerator = np.sqrt(np.dot(d, d))
    denominator = np.sqrt(np.dot(g, g)) + np.sqrt(np.dot(a, a))
    difference = numerator / denominator
    return difference
