"""Builds A with A = A_prev; A += relu(Z), which changes the caller's A_prev.

function: residual_forward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = A_prev
    A += np.maximum(0, Z)
    return A, (A_prev, W, b, Z)
