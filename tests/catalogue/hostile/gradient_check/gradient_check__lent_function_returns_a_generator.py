"""Hands numerical_gradient a function that returns something that cannot cross the boundary.

function: gradient_check
expect: error
feedback: TypeError
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    theta = np.concatenate([parameters[k].reshape(-1, 1) for k in sorted(parameters)])
    numerical_gradient(lambda t: (v for v in t), theta, epsilon)
    return 0.0
