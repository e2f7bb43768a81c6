"""Counts the examples after np.squeeze(Y): with one example the squeezed Y has no axis left.

function: compute_cost
expect: error
feedback: squeeze
blind_spot: yes
"""
import numpy as np


def compute_cost(A2, Y):
    m = np.squeeze(Y).shape[0]
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
    return float(cost)
