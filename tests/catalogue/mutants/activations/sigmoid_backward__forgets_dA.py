"""Returns the local derivative s(1 - s) without multiplying by the upstream dA.

function: sigmoid_backward
expect: failed
feedback: dA
blind_spot: no
"""
import numpy as np


def sigmoid_backward(dA, cache):
    s = 1 / (1 + np.exp(-cache))
    return s * (1 - s)
