"""Uses np.heaviside with the value 0.0 at exactly Z = 0.

function: step
expect: passed
"""
import numpy as np


def step(Z):
    return np.heaviside(Z, 0.0)
