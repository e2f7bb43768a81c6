"""The course's one-liner 1/(1 + exp(-Z)): exp overflows to inf for Z near -1000 (a RuntimeWarning), and 1/inf is the right 0.

function: sigmoid
expect: passed
"""
import numpy as np


def sigmoid(Z):
    A = 1 / (1 + np.exp(-Z))
    return A
