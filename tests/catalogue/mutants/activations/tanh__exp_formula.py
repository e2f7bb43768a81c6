"""Computes tanh from its exponential definition, which overflows to nan for |Z| above about 710.

function: tanh
expect: failed
feedback: nan
blind_spot: yes
"""
import numpy as np


def tanh(Z):
    return (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))
