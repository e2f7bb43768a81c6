"""Clips Z to [-500, 500] to dodge overflow: finite, but large columns go wrong.

function: softmax
expect: failed
feedback: constant
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    E = np.exp(np.clip(Z, -500, 500))
    return E / np.sum(E, axis=0, keepdims=True)
