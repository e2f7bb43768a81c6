"""Flattens every entry of grads, the dA's included, so the two vectors differ in length.

function: gradient_check
expect: error
feedback: different lengths
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
    exact = [grads[k].ravel() for k in sorted(grads, key=lambda k: (int(k[2:]), k[1]))]
    return relative_difference(np.concatenate(exact), np.concatenate(approx))
