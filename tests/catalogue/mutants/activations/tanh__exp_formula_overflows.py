"""Computes tanh from its exponential definition, which gives nan once exp overflows.

function: tanh
expect: failed
feedback: overflow
blind_spot: yes
"""
import numpy as np


def tanh(Z):
    return (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))
