"""Goes through activations.relu_backward and deep_network.linear_backward, then adds the skip's dA.

function: residual_backward
expect: passed
"""
from activations import relu_backward
from deep_network import linear_backward


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    dZ = relu_backward(dA, Z)
    dA_prev, dW, db = linear_backward(dZ, (A_prev, W, b))
    return dA_prev + dA, dW, db
