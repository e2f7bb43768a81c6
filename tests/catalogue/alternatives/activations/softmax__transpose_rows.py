"""Works on Z.T row by row (axis=1) and transposes back.

function: softmax
expect: passed
"""
import numpy as np


def softmax(Z):
    S = Z.T
    S = S - S.max(axis=1).reshape(-1, 1)
    E = np.exp(S)
    return (E / E.sum(axis=1).reshape(-1, 1)).T
