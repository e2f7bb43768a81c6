"""Hands the grader's function f a 400 MB array, hoping to exhaust the judge's memory.

function: numerical_gradient
expect: error
feedback: cannot take more than 64 MiB
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    f(np.zeros(50_000_000))
    return np.zeros_like(x)
