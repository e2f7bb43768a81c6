"""Uses np.heaviside(Z, 0.5), so step(0) is 0.5 instead of 0.

function: step
expect: failed
feedback: zero
blind_spot: yes
"""
import numpy as np


def step(Z):
    return np.heaviside(Z, 0.5)
