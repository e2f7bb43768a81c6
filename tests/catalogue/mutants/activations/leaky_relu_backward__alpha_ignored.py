"""Hard-codes the slope 0.01 and ignores the alpha argument.

function: leaky_relu_backward
expect: failed
feedback: alpha
blind_spot: yes
"""
import numpy as np


def leaky_relu_backward(dA, cache, alpha=0.01):
    return np.where(cache > 0, dA, 0.01 * dA)
