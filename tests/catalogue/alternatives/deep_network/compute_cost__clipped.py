"""Clips AL to [1e-12, 1 - 1e-12] before the logs to avoid log(0).

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(AL, Y):
    eps = 1e-12
    AL = np.clip(AL, eps, 1 - eps)
    m = AL.shape[1]
    return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
