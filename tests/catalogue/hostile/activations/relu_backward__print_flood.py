"""Prints 100 MB of debugging output, then returns the right answer.

function: relu_backward
expect: error
feedback: printed
"""
import numpy as np


def relu_backward(dA, cache):
    line = "#" * (1 << 20)
    for _ in range(100):  # 100 MiB on stdout
        print(line)
    return np.where(cache > 0, dA, 0.0)
