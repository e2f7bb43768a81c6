"""Builds step from np.sign as (sign(Z) + 1) / 2, which gives 0.5 at exactly Z = 0.

function: step
expect: failed
feedback: zero
blind_spot: yes
"""
import numpy as np


def step(Z):
    return (np.sign(Z) + 1) / 2
