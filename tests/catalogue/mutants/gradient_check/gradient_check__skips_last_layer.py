"""Loops over range(1, L): the last layer's W and b are never checked.

function: gradient_check
expect: failed
feedback: last layer
blind_spot: no
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    L = len(parameters) // 2
    approx, exact = [], []
    for l in range(1, L):
        for name in ("W", "b"):
            key = name + str(l)
            value = parameters[key]
            slopes = np.zeros(value.shape)
            for i in np.ndindex(value.shape):
                plus, minus = value.copy(), value.copy()
                plus[i] += epsilon
                minus[i] -= epsilon
                slopes[i] = (cost_fn({**parameters, key: plus}) - cost_fn({**parameters, key: minus})) / (2 * epsilon)
            approx.append(slopes.ravel())
            exact.append(grads["d" + key].ravel())
    if not exact:
        return 0.0
    return relative_difference(np.concatenate(exact), np.concatenate(approx))
