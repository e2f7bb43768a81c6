"""Applies the ReLU after the skip addition, relu(Z + A_prev) (the original ResNet block, not this one).

function: residual_forward
expect: failed
feedback: after the skip
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = np.maximum(0, Z + A_prev)
    return A, (A_prev, W, b, Z)
