"""Takes m = AL.shape[0], the number of output units (1), so the cost is a sum, not a mean over examples.

function: compute_cost
expect: failed
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    m = AL.shape[0]
    cost = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return cost
