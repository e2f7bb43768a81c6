"""Multiplies Z by its mask, which is ReLU, not the step function.

function: step
expect: failed
blind_spot: no
"""
import numpy as np


def step(Z):
    return Z * (Z > 0)
