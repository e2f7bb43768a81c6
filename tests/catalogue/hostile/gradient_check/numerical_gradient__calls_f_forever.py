"""Calls the grader's function f in an endless loop (each call a round trip to the judge).

function: numerical_gradient
expect: timeout
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    while True:
        f(x)
