"""relu_backward then deep_network.linear_backward for the branch, plus the skip's dA.

function: residual_backward
expect: passed
"""
import numpy as np
from activations import relu_backward
from deep_network import linear_backward


def residual_backward(dA, cache):
    linear_cache, Z = cache
    dZ = relu_backward(dA, Z)
    dA_branch, dW, db = linear_backward(dZ, linear_cache)
    return dA_branch + dA, dW, db
