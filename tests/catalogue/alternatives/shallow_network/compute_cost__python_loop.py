"""Adds the losses one example at a time in plain Python.

function: compute_cost
expect: passed
"""
import math


def compute_cost(A2, Y):
    m = Y.shape[1]
    total = 0.0
    for i in range(m):
        y, a = Y[0, i], A2[0, i]
        total += y * math.log(a) + (1 - y) * math.log(1 - a)
    return -total / m
