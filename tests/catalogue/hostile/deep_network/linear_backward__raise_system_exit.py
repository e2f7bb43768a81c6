"""Raises SystemExit from inside the function, hoping to end the grader's process.

function: linear_backward
expect: error
feedback: sys.exit
"""
import numpy as np


def linear_backward(dZ, cache):
    raise SystemExit("done")
