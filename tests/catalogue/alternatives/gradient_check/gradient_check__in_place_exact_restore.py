"""Nudges the caller's arrays in place, restoring the saved value exactly.

function: gradient_check
expect: passed
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    L = len(parameters) // 2
    g, a = [], []
    for l in range(1, L + 1):
        for name in ("W", "b"):
            P = parameters[name + str(l)]
            for idx in np.ndindex(P.shape):
                old = P[idx]
                P[idx] = old + epsilon
                jp = cost_fn(parameters)
                P[idx] = old - epsilon
                jm = cost_fn(parameters)
                P[idx] = old
                a.append((jp - jm) / (2 * epsilon))
            g.append(grads["d" + name + str(l)].reshape(-1))
    grad = np.concatenate(g)
    approx = np.array(a, dtype=float)
    return np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx))
