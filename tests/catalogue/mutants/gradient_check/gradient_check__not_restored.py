"""Nudges the caller's parameter arrays in place and never puts the entries back.

function: gradient_check
expect: failed
feedback: not restored
blind_spot: yes
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    approx, exact = [], []
    for key in parameters:
        value = parameters[key]
        slopes = np.zeros(value.shape)
        for i in np.ndindex(value.shape):
            value[i] += epsilon
            J_plus = cost_fn(parameters)
            value[i] -= 2 * epsilon
            J_minus = cost_fn(parameters)
            slopes[i] = (J_plus - J_minus) / (2 * epsilon)
        approx.append(slopes.ravel())
        exact.append(grads["d" + key].ravel())
    return relative_difference(np.concatenate(exact), np.concatenate(approx))
