"""Clips AL to [1e-5, 1 - 1e-5] "to avoid log(0)", which changes the cost of confident predictions.

function: compute_cost_with_regularization
expect: failed
feedback: clip
blind_spot: yes
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    AL = np.clip(AL, 1e-5, 1 - 1e-5)
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    L2 = sum(np.sum(W ** 2) for key, W in parameters.items() if key.startswith("W"))
    return float(cross_entropy + lambd / (2 * m) * L2)
