"""np.where for the ReLU, then += A_prev on that new array.

function: residual_forward
expect: passed
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = W @ A_prev + b
    A = np.where(Z > 0, Z, 0.0)
    A += A_prev
    return A, (A_prev, W, b, Z)
