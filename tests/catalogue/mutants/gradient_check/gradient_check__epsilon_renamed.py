"""Names its step eps where the contract says epsilon: a caller passing epsilon=... gets a TypeError.

function: gradient_check
expect: error
feedback: your function's parameters differ
blind_spot: yes
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, eps=1e-7):
    analytic, numeric = [], []
    for key, value in parameters.items():
        approx = np.zeros(value.shape)
        for ix in np.ndindex(value.shape):
            plus = dict(parameters)
            plus[key] = value.copy()
            plus[key][ix] += eps
            minus = dict(parameters)
            minus[key] = value.copy()
            minus[key][ix] -= eps
            approx[ix] = (cost_fn(plus) - cost_fn(minus)) / (2 * eps)
        analytic.append(grads["d" + key].ravel())
        numeric.append(approx.ravel())
    g, a = np.concatenate(analytic), np.concatenate(numeric)
    return np.linalg.norm(g - a) / (np.linalg.norm(g) + np.linalg.norm(a))
