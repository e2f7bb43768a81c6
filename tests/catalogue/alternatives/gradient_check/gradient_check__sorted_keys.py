"""Pairs sorted(parameters) with the matching grads keys (W1, W2, ..., b1, ...: another order, same pairing),
nudges the caller's arrays in place and restores them exactly, and calls relative_difference with the numeric side first.

function: gradient_check
expect: passed
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    numeric, analytic = [], []
    for key in sorted(parameters):
        value = parameters[key]
        slopes = np.zeros(value.shape)
        for i in np.ndindex(value.shape):
            old = value[i]
            value[i] = old + epsilon
            J_plus = cost_fn(parameters)
            value[i] = old - epsilon
            J_minus = cost_fn(parameters)
            value[i] = old
            slopes[i] = (J_plus - J_minus) / (2 * epsilon)
        numeric.append(slopes.flatten())
        analytic.append(grads["d" + key].flatten())
    return relative_difference(np.concatenate(numeric), np.concatenate(analytic))
