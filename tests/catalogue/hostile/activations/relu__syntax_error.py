"""The file does not parse: a missing colon after the def line.

function: relu
expect: error
feedback: SyntaxError
scope: module
"""
import numpy as np


def relu(Z)
    return np.maximum(0, Z)
