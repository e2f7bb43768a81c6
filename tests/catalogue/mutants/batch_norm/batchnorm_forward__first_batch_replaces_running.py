"""Treats running statistics of zero as "no batch seen yet" and copies the batch's mean and variance
into them instead of applying the momentum rule.

function: batchnorm_forward
expect: failed
feedback: as if this were the first batch
blind_spot: yes
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    if bn_param["mode"] == "test":
        Z_hat = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
        return gamma * Z_hat + beta, None
    mu = Z.mean(axis=1, keepdims=True)
    var = Z.var(axis=1, keepdims=True)
    Z_hat = (Z - mu) / np.sqrt(var + eps)
    if not np.any(bn_param["running_var"]):
        bn_param["running_mean"] = mu.copy()
        bn_param["running_var"] = var.copy()
    else:
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    return gamma * Z_hat + beta, (Z, Z_hat, mu, var, gamma, beta, eps)
