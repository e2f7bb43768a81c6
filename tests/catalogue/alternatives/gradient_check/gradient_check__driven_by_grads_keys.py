"""Iterates over grads keys starting with dW/db, pairs parameters[key[1:]].

function: gradient_check
expect: passed
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    analytic, numeric = [], []
    for gkey in grads:
        if not (gkey.startswith("dW") or gkey.startswith("db")):
            continue
        pkey = gkey[1:]
        theta = parameters[pkey]
        approx = np.zeros_like(theta)
        for idx in np.ndindex(theta.shape):
            plus = {k: v for k, v in parameters.items()}
            minus = dict(parameters)
            tp = theta.copy(); tp[idx] += epsilon
            tm = theta.copy(); tm[idx] -= epsilon
            plus[pkey] = tp
            minus[pkey] = tm
            approx[idx] = (cost_fn(plus) - cost_fn(minus)) / (2 * epsilon)
        analytic.append(grads[gkey].ravel())
        numeric.append(approx.ravel())
    a = np.concatenate(analytic); n = np.concatenate(numeric)
    return np.linalg.norm(a - n) / (np.linalg.norm(a) + np.linalg.norm(n))
