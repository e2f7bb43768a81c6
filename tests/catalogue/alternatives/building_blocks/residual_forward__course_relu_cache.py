"""Course layout: relu from activations and the cache ((A_prev, W, b), Z).

function: residual_forward
expect: passed
"""
import numpy as np
from activations import relu


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = relu(Z) + A_prev
    return A, [(A_prev, W, b), Z]
