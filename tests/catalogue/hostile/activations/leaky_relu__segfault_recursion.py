"""Raises the recursion limit to 10**6, then recurses through a C call (map) until the C stack overflows and the interpreter segfaults.

function: leaky_relu
expect: error
feedback: crashed
"""
import sys

import numpy as np


def _apply(Z, alpha, depth):
    # Every level goes through map(), a C function, so each one uses C stack.
    return list(map(lambda d: _apply(Z, alpha, d), [depth + 1]))[0]


def leaky_relu(Z, alpha=0.01):
    sys.setrecursionlimit(10 ** 6)  # so RecursionError never comes to the rescue
    return _apply(Z, alpha, 0)
