"""Divides by the norm of the sum, ||grad + grad_approx||: nearly right when the two agree, wrong when they do not.

function: relative_difference
expect: failed
feedback: norm of the sum
blind_spot: yes
"""
import numpy as np


def relative_difference(grad, grad_approx):
    return np.linalg.norm(grad - grad_approx) / np.linalg.norm(grad + grad_approx)
