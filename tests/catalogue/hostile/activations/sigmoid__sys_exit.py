"""Calls sys.exit(0) inside the function, hoping an in-process grader exits with "success".

function: sigmoid
expect: error
feedback: sys.exit
"""
import sys

import numpy as np


def sigmoid(Z):
    # SystemExit is not an Exception: a bare `except Exception` will not stop it.
    sys.exit(0)
    return 1 / (1 + np.exp(-Z))
