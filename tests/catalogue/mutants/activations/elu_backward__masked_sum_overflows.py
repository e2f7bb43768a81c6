"""Adds masked slopes: e^1000 = inf, and inf * 0 = nan.

function: elu_backward
expect: failed
feedback: np.where
blind_spot: yes
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return dA * ((Z > 0) + alpha * np.exp(Z) * (Z <= 0))
