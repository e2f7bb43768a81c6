"""Fails at import: keeps the course notebook's `from testCases_v4a import *`, which the grader does not have.

function: compute_cost
expect: error
feedback: import
scope: module
"""
import numpy as np

from testCases_v4a import *  # noqa: F401,F403


def compute_cost(AL, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)
