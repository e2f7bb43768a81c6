"""Guards np.exp against overflow by clamping the caller's Z in place: right values, changed input, for z < -500 only.

function: sigmoid
expect: failed
feedback: changed its input Z in place
blind_spot: yes
"""
import numpy as np


def sigmoid(Z):
    Z[Z < -500] = -500  # avoid overflow in np.exp
    return 1 / (1 + np.exp(-Z))
