"""Rounds a sigmoid to get the step: for 0 < z below about 1e-16 the sigmoid rounds to 0.5 and then to 0.

function: step
expect: failed
feedback: should be 1.0, got 0.0
blind_spot: yes
"""
import numpy as np


def step(Z):
    return np.round(1 / (1 + np.exp(-Z)))
