"""Writes dZ = dA (no copy) and scales dZ by alpha where Z <= 0, changing the caller's dA.

function: leaky_relu_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def leaky_relu_backward(dA, cache, alpha=0.01):
    dZ = dA
    dZ[cache <= 0] *= alpha
    return dZ
