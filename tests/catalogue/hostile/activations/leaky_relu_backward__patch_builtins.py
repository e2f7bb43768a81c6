"""Replaces builtins.isinstance at import so type checks in the grader always succeed, then swaps the two slopes.

function: leaky_relu_backward
expect: failed
scope: module
"""
import builtins

import numpy as np

builtins.isinstance = lambda *args: True


def leaky_relu_backward(dA, cache, alpha=0.01):
    return np.where(cache > 0, alpha * dA, dA)  # wrong: slopes swapped
