"""Closes file descriptors 1 and 2, trying to cut the grader's output channel, then returns the right answer.

function: tanh
expect: passed
"""
import os

import numpy as np


def tanh(Z):
    for fd in (1, 2):
        try:
            os.close(fd)
        except OSError:
            pass
    return np.tanh(Z)
