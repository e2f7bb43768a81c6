"""Computes sigmoid in log space as exp(-log(1 + e^-z)) with np.logaddexp.

function: sigmoid
expect: passed
"""
import numpy as np


def sigmoid(Z):
    return np.exp(-np.logaddexp(0.0, -Z))
