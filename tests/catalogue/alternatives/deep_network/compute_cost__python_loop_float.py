"""Sums the loss example by example with math.log and returns a plain Python float.

function: compute_cost
expect: passed
"""
import math

import numpy as np


def compute_cost(AL, Y):
    m = AL.shape[1]
    total = 0.0
    for j in range(m):
        a, y = float(AL[0, j]), float(Y[0, j])
        total += y * math.log(a) + (1 - y) * math.log(1 - a)
    return -total / m
