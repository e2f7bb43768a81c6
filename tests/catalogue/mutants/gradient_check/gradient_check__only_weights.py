"""Checks only the weights W1..WL: a wrong db goes unnoticed.

function: gradient_check
expect: failed
feedback: biases
blind_spot: no
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    approx, exact = [], []
    L = len(parameters) // 2
    for l in range(1, L + 1):
        key = "W" + str(l)
        W = parameters[key]
        slopes = np.zeros(W.shape)
        for i in np.ndindex(W.shape):
            plus, minus = W.copy(), W.copy()
            plus[i] += epsilon
            minus[i] -= epsilon
            slopes[i] = (cost_fn({**parameters, key: plus}) - cost_fn({**parameters, key: minus})) / (2 * epsilon)
        approx.append(slopes.ravel())
        exact.append(grads["dW" + str(l)].ravel())
    return relative_difference(np.concatenate(exact), np.concatenate(approx))
