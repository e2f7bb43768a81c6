"""Returns the boolean mask Z > 0 itself instead of a float array.

function: step
expect: failed
blind_spot: yes
"""
import numpy as np


def step(Z):
    return Z > 0
