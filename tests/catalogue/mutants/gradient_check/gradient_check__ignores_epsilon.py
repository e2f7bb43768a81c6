"""Nudges by a hard-coded 1e-7 whatever epsilon is passed.

function: gradient_check
expect: failed
feedback: ignored
blind_spot: yes
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    step = 1e-7
    approx, exact = [], []
    for key, value in parameters.items():
        slopes = np.zeros(value.shape)
        for i in np.ndindex(value.shape):
            plus, minus = value.copy(), value.copy()
            plus[i] += step
            minus[i] -= step
            slopes[i] = (cost_fn({**parameters, key: plus}) - cost_fn({**parameters, key: minus})) / (2 * step)
        approx.append(slopes.ravel())
        exact.append(grads["d" + key].ravel())
    return relative_difference(np.concatenate(exact), np.concatenate(approx))
