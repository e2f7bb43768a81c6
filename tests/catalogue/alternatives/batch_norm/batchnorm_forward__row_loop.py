"""Normalizes one unit at a time in a Python loop, tests for mode "test" first, and treats every
other mode as training.

function: batchnorm_forward
expect: passed
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param["eps"] if "eps" in bn_param else 1e-5
    momentum = bn_param["momentum"] if "momentum" in bn_param else 0.9
    n, m = Z.shape
    out = np.empty((n, m))
    if bn_param["mode"] == "test":
        for i in range(n):
            out[i] = gamma[i, 0] * (Z[i] - bn_param["running_mean"][i, 0]) / np.sqrt(
                bn_param["running_var"][i, 0] + eps) + beta[i, 0]
        return out, ()
    mu = np.zeros((n, 1))
    var = np.zeros((n, 1))
    Z_hat = np.empty((n, m))
    for i in range(n):
        mu[i, 0] = np.average(Z[i])
        var[i, 0] = np.average((Z[i] - mu[i, 0]) ** 2)
        Z_hat[i] = (Z[i] - mu[i, 0]) / np.sqrt(var[i, 0] + eps)
        out[i] = gamma[i, 0] * Z_hat[i] + beta[i, 0]
    new_mean = momentum * bn_param["running_mean"] + (1.0 - momentum) * mu
    new_var = momentum * bn_param["running_var"] + (1.0 - momentum) * var
    bn_param.update(running_mean=new_mean, running_var=new_var)
    return out, (Z, Z_hat, mu, var, gamma, beta, eps)
