"""Course-like: one (N, 1) theta vector, copy.deepcopy per entry, rebuilt into a dict with the parameters' own shapes.

function: gradient_check
expect: passed
"""
import copy
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    keys = list(parameters.keys())
    shapes = [parameters[k].shape for k in keys]
    theta = np.concatenate([parameters[k].reshape(-1, 1) for k in keys])
    grad = np.concatenate([grads["d" + k].reshape(-1, 1) for k in keys])

    def to_dict(vec):
        out, start = {}, 0
        for k, shp in zip(keys, shapes):
            size = int(np.prod(shp))
            out[k] = vec[start:start + size].reshape(shp)
            start += size
        return out

    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        tp = copy.deepcopy(theta); tp[i, 0] += epsilon
        tm = copy.deepcopy(theta); tm[i, 0] -= epsilon
        approx[i, 0] = (cost_fn(to_dict(tp)) - cost_fn(to_dict(tm))) / (2 * epsilon)
    return np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx))
