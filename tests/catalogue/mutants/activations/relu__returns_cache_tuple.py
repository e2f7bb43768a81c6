"""Returns (A, cache) like the course's helper instead of just the activation.

function: relu
expect: failed
blind_spot: no
"""
import numpy as np


def relu(Z):
    A = np.maximum(0, Z)
    cache = Z
    return A, cache
