"""Computes var + eps once and reuses it, so running_var averages var + eps instead of var.

function: batchnorm_forward
expect: failed
feedback: var + eps
blind_spot: yes
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.mean((Z - mu) ** 2, axis=1, keepdims=True) + eps
        Z_hat = (Z - mu) / np.sqrt(var)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        return gamma * Z_hat + beta, (Z, Z_hat, mu, var - eps, gamma, beta, eps)
    Z_hat = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    return gamma * Z_hat + beta, None
