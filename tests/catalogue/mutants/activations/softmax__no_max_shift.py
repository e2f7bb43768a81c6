"""The textbook formula without the max subtraction: e^1000 overflows.

function: softmax
expect: failed
feedback: maximum
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    E = np.exp(Z)
    return E / np.sum(E, axis=0, keepdims=True)
