"""Norms as sqrt(v.T v): a (1, 1) array for column vectors, an (m, m) matrix otherwise, never one number.

function: relative_difference
expect: failed
feedback: single number
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    diff = grad - grad_approx
    numerator = np.sqrt(np.dot(diff.T, diff))
    denominator = np.sqrt(np.dot(grad.T, grad)) + np.sqrt(np.dot(grad_approx.T, grad_approx))
    return numerator / denominator
