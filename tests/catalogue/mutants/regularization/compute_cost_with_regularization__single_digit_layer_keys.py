"""Picks the weights by len(key) == 2: W10 and beyond are left out.

function: compute_cost_with_regularization
expect: failed
feedback: two digits
blind_spot: yes
"""
import numpy as np
from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L2 = sum(np.sum(np.square(v)) for k, v in parameters.items() if len(k) == 2 and k[0] == "W")
    return compute_cost(AL, Y) + lambd / (2 * m) * L2
