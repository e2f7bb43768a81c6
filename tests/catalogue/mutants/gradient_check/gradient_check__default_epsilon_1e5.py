"""Declares epsilon=1e-5 (the step CS231n uses) where the contract's default is 1e-7; its answers stay within tolerance.

function: gradient_check
expect: failed
feedback: the default value of epsilon
blind_spot: yes
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-5):
    analytic, numeric = [], []
    for key, value in parameters.items():
        approx = np.zeros(value.shape)
        for ix in np.ndindex(value.shape):
            plus = dict(parameters)
            plus[key] = value.copy()
            plus[key][ix] += epsilon
            minus = dict(parameters)
            minus[key] = value.copy()
            minus[key][ix] -= epsilon
            approx[ix] = (cost_fn(plus) - cost_fn(minus)) / (2 * epsilon)
        analytic.append(grads["d" + key].ravel())
        numeric.append(approx.ravel())
    g, a = np.concatenate(analytic), np.concatenate(numeric)
    return np.linalg.norm(g - a) / (np.linalg.norm(g) + np.linalg.norm(a))
