"""Saves memory by subtracting into grad after taking the denominator: right value, but the caller's grad is changed.

function: relative_difference
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def relative_difference(grad, grad_approx):
    denominator = np.linalg.norm(grad) + np.linalg.norm(grad_approx)
    grad -= grad_approx
    return np.linalg.norm(grad) / denominator
