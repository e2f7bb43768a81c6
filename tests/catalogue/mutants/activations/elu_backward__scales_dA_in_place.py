"""Sets dZ = dA (no copy) and scales the negative entries, changing dA.

function: elu_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    dZ = dA
    negative = Z <= 0
    dZ[negative] *= alpha * np.exp(Z[negative])
    return dZ
