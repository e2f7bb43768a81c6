"""Hard-codes the slope 0.01 and ignores the alpha argument.

function: leaky_relu
expect: failed
feedback: alpha
blind_spot: yes
"""
import numpy as np


def leaky_relu(Z, alpha=0.01):
    return np.where(Z > 0, Z, 0.01 * Z)
