"""Shifts with Z -= ..., which changes the caller's Z.

function: softmax
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    Z -= np.max(Z, axis=0, keepdims=True)
    E = np.exp(Z)
    return E / np.sum(E, axis=0, keepdims=True)
