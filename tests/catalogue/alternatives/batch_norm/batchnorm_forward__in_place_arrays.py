"""Fills in the defaults with setdefault, writes the running statistics into bn_param's own arrays,
computes the variance in one pass (mean of squares minus square of the mean) and keeps a list cache.

function: batchnorm_forward
expect: passed
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param.setdefault("eps", 1e-5)
    momentum = bn_param.setdefault("momentum", 0.9)
    if bn_param["mode"] == "test":
        std = np.sqrt(bn_param["running_var"] + eps)
        Z_hat = (Z - bn_param["running_mean"]) / std
        return gamma * Z_hat + beta, [Z, Z_hat, bn_param["running_mean"], bn_param["running_var"], gamma, beta, eps]
    m = Z.shape[1]
    mu = Z.sum(axis=1, keepdims=True) / m
    var = np.maximum((Z * Z).sum(axis=1, keepdims=True) / m - mu * mu, 0.0)
    Z_hat = (Z - mu) * (var + eps) ** -0.5
    bn_param["running_mean"] *= momentum
    bn_param["running_mean"] += (1 - momentum) * mu
    bn_param["running_var"] *= momentum
    bn_param["running_var"] += (1 - momentum) * var
    return Z_hat * gamma + beta, [Z, Z_hat, mu, var, gamma, beta, eps]
