"""Multiplies the negative entries of Z by alpha in place and returns Z itself.

function: leaky_relu
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def leaky_relu(Z, alpha=0.01):
    Z[Z < 0] *= alpha
    return Z
