"""Hands numerical_gradient a function of its own that never returns.

function: gradient_check
expect: timeout
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    def forever(theta):
        while True:
            pass

    theta = np.concatenate([parameters[k].reshape(-1, 1) for k in sorted(parameters)])
    numerical_gradient(forever, theta, epsilon)
    return 0.0
