"""Counts the examples as np.squeeze(Y).shape[0], which raises when m = 1.

function: compute_cost
expect: error
feedback: m = 1
blind_spot: yes
"""
import numpy as np


def compute_cost(AL, Y):
    m = np.squeeze(Y).shape[0]
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return float(cost)
