"""Course-style flat vector, but with a one-sided difference (J(theta + eps) - J(theta)) / eps.

function: gradient_check
expect: failed
feedback: one-sided
blind_spot: yes
"""
import numpy as np


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    keys = list(parameters)
    shapes = [parameters[k].shape for k in keys]
    theta = np.concatenate([parameters[k].reshape(-1) for k in keys])
    grad = np.concatenate([grads["d" + k].reshape(-1) for k in keys])

    def as_dict(vector):
        out, start = {}, 0
        for k, shape in zip(keys, shapes):
            size = int(np.prod(shape))
            out[k] = vector[start:start + size].reshape(shape)
            start += size
        return out

    J = cost_fn(as_dict(theta))
    gradapprox = np.zeros(theta.shape)
    for i in range(theta.size):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        gradapprox[i] = (cost_fn(as_dict(thetaplus)) - J) / epsilon
    return relative_difference(grad, gradapprox)
