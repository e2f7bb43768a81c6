"""One column at a time, in a Python loop.

function: softmax
expect: passed
"""
import numpy as np


def softmax(Z):
    out = np.zeros(Z.shape)
    for j in range(Z.shape[1]):
        z = Z[:, j] - np.max(Z[:, j])
        e = np.exp(z)
        out[:, j] = e / e.sum()
    return out
