"""Casts both gradients to float32 first: differences of one part in a billion vanish.

function: relative_difference
expect: failed
feedback: float32 keeps fewer digits
blind_spot: yes
"""
import numpy as np


def relative_difference(grad, grad_approx):
    a = grad.astype(np.float32); b = grad_approx.astype(np.float32)
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))
