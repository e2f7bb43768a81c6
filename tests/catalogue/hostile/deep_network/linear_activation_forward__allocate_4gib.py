"""Allocates a 4 GiB float64 array with np.ones((2**29,)) before computing the right answer.

function: linear_activation_forward
expect: error
feedback: memory
"""
import numpy as np

from activations import relu, sigmoid, tanh


def linear_activation_forward(A_prev, W, b, activation):
    workspace = np.ones((2 ** 29,))  # 2**29 float64 = 4 GiB, every page written
    Z = np.dot(W, A_prev) + b * workspace[0]
    A = {"sigmoid": sigmoid, "relu": relu, "tanh": tanh}[activation](Z)
    return A, ((A_prev, W, b), Z)
