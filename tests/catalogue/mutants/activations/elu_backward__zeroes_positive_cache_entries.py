"""Keeps np.exp from overflowing by zeroing the cache's positive entries in place.

function: elu_backward
expect: failed
feedback: cache in place
blind_spot: yes
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    positive = Z > 0
    Z[positive] = 0
    return dA * np.where(positive, 1.0, alpha * np.exp(Z))
