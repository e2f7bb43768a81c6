"""Builds the block from activations.relu and deep_network.linear_forward; the cache is (A_prev, W, b, Z).

function: residual_forward
expect: passed
"""
from activations import relu
from deep_network import linear_forward


def residual_forward(A_prev, W, b):
    Z, _ = linear_forward(A_prev, W, b)
    A = relu(Z) + A_prev
    return A, (A_prev, W, b, Z)
