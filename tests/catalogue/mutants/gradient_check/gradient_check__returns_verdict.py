"""Returns difference < 2e-7 instead of the difference.

function: gradient_check
expect: failed
feedback: not a verdict
blind_spot: no
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    num, ana = [], []
    for key, theta in parameters.items():
        for idx in np.ndindex(theta.shape):
            tp = theta.copy(); tp[idx] += epsilon
            tm = theta.copy(); tm[idx] -= epsilon
            num.append((cost_fn({**parameters, key: tp}) - cost_fn({**parameters, key: tm})) / (2 * epsilon))
        ana.append(grads["d" + key].ravel())
    a = np.concatenate(ana); n = np.array(num)
    difference = np.linalg.norm(a - n) / (np.linalg.norm(a) + np.linalg.norm(n))
    return difference < 2e-7
