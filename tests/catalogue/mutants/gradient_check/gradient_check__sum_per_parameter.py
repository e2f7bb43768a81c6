"""Returns the sum of the per-parameter relative differences.

function: gradient_check
expect: failed
feedback: per parameter
blind_spot: no
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    total = 0.0
    for key, theta in parameters.items():
        approx = np.zeros_like(theta)
        for idx in np.ndindex(theta.shape):
            tp = theta.copy(); tp[idx] += epsilon
            tm = theta.copy(); tm[idx] -= epsilon
            approx[idx] = (cost_fn({**parameters, key: tp}) - cost_fn({**parameters, key: tm})) / (2 * epsilon)
        g = grads["d" + key]
        total += np.linalg.norm(g - approx) / (np.linalg.norm(g) + np.linalg.norm(approx))
    return total
