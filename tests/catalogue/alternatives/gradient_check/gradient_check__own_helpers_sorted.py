"""Calls numerical_gradient and relative_difference (the module's own functions) for each parameter.

function: gradient_check
expect: passed
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    names = sorted(parameters)
    num, ana = [], []
    for name in names:
        def f(value, name=name):
            p = dict(parameters)
            p[name] = value
            return cost_fn(p)
        num.append(numerical_gradient(f, parameters[name], epsilon).ravel())
        ana.append(grads["d" + name].ravel())
    return relative_difference(np.concatenate(ana), np.concatenate(num))
