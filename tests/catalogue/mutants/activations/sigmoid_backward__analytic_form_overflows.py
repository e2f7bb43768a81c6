"""Uses exp(-Z) / (1 + exp(-Z))**2, which is inf / inf = nan for large negative Z.

function: sigmoid_backward
expect: failed
feedback: overflow
blind_spot: yes
"""
import numpy as np


def sigmoid_backward(dA, cache):
    E = np.exp(-cache)
    return dA * E / (1 + E) ** 2
