"""ReLU6, the mobile-network variant, instead of plain ReLU: right on every small example.

function: relu
expect: failed
feedback: cap
blind_spot: yes
"""
import numpy as np


def relu(Z):
    return np.clip(Z, 0, 6)
