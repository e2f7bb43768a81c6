"""Returns from inside the loop over the parameters: only W1 is ever checked.

function: gradient_check
expect: failed
feedback: only the first parameter is checked
blind_spot: no
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    for key in parameters:
        value = parameters[key]
        approx = np.zeros(value.shape)
        for ix in np.ndindex(value.shape):
            plus = dict(parameters)
            plus[key] = value.copy()
            plus[key][ix] += epsilon
            minus = dict(parameters)
            minus[key] = value.copy()
            minus[key][ix] -= epsilon
            approx[ix] = (cost_fn(plus) - cost_fn(minus)) / (2 * epsilon)
        grad = grads["d" + key]
        return np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx))
