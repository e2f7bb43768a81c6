"""Uses Z >= 0, so step returns 1.0 at exactly Z = 0 where the contract says 0.0.

function: step
expect: failed
feedback: zero
blind_spot: yes
"""
import numpy as np


def step(Z):
    return (Z >= 0).astype(float)
