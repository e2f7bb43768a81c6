"""Hard-codes the slope 0.01 for negative Z and ignores the alpha argument.

function: leaky_relu_backward
expect: failed
feedback: alpha
blind_spot: yes
"""
import numpy as np


def leaky_relu_backward(dA, cache, alpha=0.01):
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] *= 0.01
    return dZ
