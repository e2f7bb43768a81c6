"""Zeroes the negative entries of Z itself and returns it, modifying the input.

function: relu
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def relu(Z):
    Z[Z < 0] = 0
    return Z
