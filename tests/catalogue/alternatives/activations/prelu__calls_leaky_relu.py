"""Reuses the module's leaky_relu, passing the (n, 1) slope array as alpha.

function: prelu
expect: passed
"""
import numpy as np


def prelu(Z, alpha):
    return leaky_relu(Z, alpha)
