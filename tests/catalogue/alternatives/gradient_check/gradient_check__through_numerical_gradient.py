"""Builds gradient_check on numerical_gradient with a closure over the flattened parameters, as the course does.

function: gradient_check
expect: passed
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    keys = [k for k in parameters]
    shapes = {k: parameters[k].shape for k in keys}
    theta = np.concatenate([parameters[k].reshape(-1, 1) for k in keys])
    grad = np.concatenate([np.asarray(grads["d" + k], dtype=float).reshape(-1, 1) for k in keys])

    def as_parameters(vector):
        out, start = {}, 0
        for k in keys:
            size = int(np.prod(shapes[k]))
            out[k] = vector[start:start + size].reshape(shapes[k])
            start += size
        return out

    approx = numerical_gradient(lambda t: cost_fn(as_parameters(t)), theta.copy(), epsilon)
    return float(np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx)))
