"""Pairs parameters.values() with the dW/db entries of grads in grads' own order (layer L first): mismatched.

function: gradient_check
expect: failed
feedback: wrong parameters
blind_spot: no
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    approx = []
    for key, value in parameters.items():
        slopes = np.zeros(value.shape)
        for i in np.ndindex(value.shape):
            plus, minus = value.copy(), value.copy()
            plus[i] += epsilon
            minus[i] -= epsilon
            slopes[i] = (cost_fn({**parameters, key: plus}) - cost_fn({**parameters, key: minus})) / (2 * epsilon)
        approx.append(slopes.ravel())
    exact = [g.ravel() for k, g in grads.items() if k.startswith("dW") or k.startswith("db")]
    return relative_difference(np.concatenate(exact), np.concatenate(approx))
