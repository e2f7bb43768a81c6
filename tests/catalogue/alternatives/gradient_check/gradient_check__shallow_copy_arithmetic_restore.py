"""dict.copy() is shallow, so it nudges the caller's arrays, and restores them by arithmetic (+ε, −2ε, +ε).

function: gradient_check
expect: passed
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    p = parameters.copy()
    num, ana = [], []
    for key in p:
        approx = np.zeros_like(p[key])
        for idx in np.ndindex(p[key].shape):
            p[key][idx] += epsilon
            jp = cost_fn(p)
            p[key][idx] -= 2 * epsilon
            jm = cost_fn(p)
            p[key][idx] += epsilon
            approx[idx] = (jp - jm) / (2 * epsilon)
        num.append(approx.ravel()); ana.append(grads["d" + key].ravel())
    a = np.concatenate(ana); n = np.concatenate(num)
    return np.linalg.norm(a - n) / (np.linalg.norm(a) + np.linalg.norm(n))
