"""dZ from the module's leaky_relu_backward with the slope array; dalpha by a masked sum.

function: prelu_backward
expect: passed
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    dZ = leaky_relu_backward(dA, Z, alpha)
    dalpha = np.sum(dA * np.minimum(Z, 0), axis=1, keepdims=True) / Z.shape[1]
    return dZ, dalpha
