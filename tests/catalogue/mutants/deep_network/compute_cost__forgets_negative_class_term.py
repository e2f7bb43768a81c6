"""Drops the (1 - Y)·log(1 - AL) term of the cross-entropy.

function: compute_cost
expect: failed
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(AL)) / m
    return cost
