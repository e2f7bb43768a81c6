"""Copies the whole parameters dict for every nudge (copy.deepcopy) and counts layers from grads' dW keys.

function: gradient_check
expect: passed
"""
import copy

import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    layers = sorted(int(k[2:]) for k in grads if k.startswith("dW"))
    approx, exact = [], []
    for l in layers:
        for name in ("W", "b"):
            key = f"{name}{l}"
            for i in range(parameters[key].size):
                plus = copy.deepcopy(parameters)
                plus[key].flat[i] += epsilon
                minus = copy.deepcopy(parameters)
                minus[key].flat[i] -= epsilon
                approx.append((cost_fn(plus) - cost_fn(minus)) / (2 * epsilon))
            exact.extend(grads["d" + key].flat)
    exact, approx = np.array(exact), np.array(approx)
    return float(np.linalg.norm(exact - approx) / (np.linalg.norm(exact) + np.linalg.norm(approx)))
