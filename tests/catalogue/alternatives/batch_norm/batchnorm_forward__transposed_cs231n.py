"""Transposes Z into CS231n's (N, D) layout, normalizes over axis 0 there, and transposes back.

function: batchnorm_forward
expect: passed
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    x = Z.T                                  # (m, n): examples in rows, as in CS231n
    if mode == "train":
        sample_mean = x.mean(axis=0)
        sample_var = x.var(axis=0)
        x_hat = (x - sample_mean) / np.sqrt(sample_var + eps)
        out = (gamma.T * x_hat + beta.T).T
        mu = sample_mean.reshape(-1, 1)
        var = sample_var.reshape(-1, 1)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        return out, (Z, x_hat.T, mu, var, gamma, beta, eps)
    elif mode == "test":
        running_mean = bn_param["running_mean"].ravel()
        running_var = bn_param["running_var"].ravel()
        x_hat = (x - running_mean) / np.sqrt(running_var + eps)
        return (gamma.T * x_hat + beta.T).T, None
    raise ValueError('Invalid forward batchnorm mode "%s"' % mode)
