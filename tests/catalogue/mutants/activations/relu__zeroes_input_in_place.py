"""Sets the negative entries of Z to zero in place and returns Z itself.

function: relu
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def relu(Z):
    Z[Z < 0] = 0
    return Z
