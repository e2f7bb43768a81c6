"""thetaplus = theta and thetaminus = theta are one array: J_minus is taken at theta, so every slope is about halved.

function: gradient_check
expect: failed
feedback: copy
blind_spot: no
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    keys = list(parameters)
    theta = np.concatenate([parameters[k].ravel() for k in keys])
    grad = np.concatenate([grads["d" + k].ravel() for k in keys])

    def unpack(vector):
        out, start = {}, 0
        for k in keys:
            size = parameters[k].size
            out[k] = vector[start:start + size].reshape(parameters[k].shape)
            start += size
        return out

    gradapprox = np.zeros(theta.size)
    for i in range(theta.size):
        thetaplus = theta
        thetaplus[i] = thetaplus[i] + epsilon
        J_plus = cost_fn(unpack(thetaplus))
        thetaminus = theta
        thetaminus[i] = thetaminus[i] - epsilon
        J_minus = cost_fn(unpack(thetaminus))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    return relative_difference(grad, gradapprox)
