"""Clips the cache in place (out=cache) before the exp formula: right values, changed cache, for |z| > 20 only.

function: tanh_backward
expect: failed
feedback: changed its input cache in place
blind_spot: yes
"""
import numpy as np


def tanh_backward(dA, cache):
    Z = np.clip(cache, -20, 20, out=cache)
    t = (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))
    return dA * (1 - t ** 2)
