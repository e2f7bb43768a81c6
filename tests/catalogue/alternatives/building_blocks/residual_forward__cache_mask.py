"""Keeps only what the backward pass needs: (A_prev, W, mask) with the boolean mask Z > 0.

function: residual_forward
expect: passed
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = W @ A_prev + b
    mask = Z > 0
    A = Z * mask + A_prev
    return A, (A_prev, W, mask)
