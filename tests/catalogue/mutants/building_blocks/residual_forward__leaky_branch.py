"""A leaky ReLU (slope 0.01) in the branch.

function: residual_forward
expect: failed
feedback: leaky
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = W @ A_prev + b
    A = np.where(Z > 0, Z, 0.01 * Z) + A_prev
    return A, (A_prev, W, b, Z)
