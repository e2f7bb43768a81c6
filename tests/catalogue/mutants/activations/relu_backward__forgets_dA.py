"""Returns the mask (Z > 0) without multiplying by the upstream dA.

function: relu_backward
expect: failed
feedback: dA
blind_spot: no
"""
import numpy as np


def relu_backward(dA, cache):
    return (cache > 0).astype(float)
