"""Asks for a 4 GiB scratch buffer with bytearray(4 * 2**30), writes to it, then computes the right answer.

function: sigmoid_backward
expect: error
feedback: memory
"""
import numpy as np


def sigmoid_backward(dA, cache):
    scratch = bytearray(4 * 2 ** 30)  # 4 GiB of address space in one request
    scratch[-1] = 1
    s = 1 / (1 + np.exp(-cache))
    return dA * s * (1 - s) * scratch[-1]
