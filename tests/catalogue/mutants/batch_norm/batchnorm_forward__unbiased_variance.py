"""Normalizes with the unbiased variance (ddof=1), dividing by m - 1.

function: batchnorm_forward
expect: failed
feedback: ddof=1
blind_spot: no
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    running_mean = bn_param["running_mean"]
    running_var = bn_param["running_var"]
    cache = None
    if mode == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, ddof=1, keepdims=True)
        Z_hat = (Z - mu) / np.sqrt(var + eps)
        out = gamma * Z_hat + beta
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
        cache = (Z, Z_hat, mu, var, gamma, beta, eps)
    elif mode == "test":
        Z_hat = (Z - running_mean) / np.sqrt(running_var + eps)
        out = gamma * Z_hat + beta
    else:
        raise ValueError("mode must be 'train' or 'test'")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
