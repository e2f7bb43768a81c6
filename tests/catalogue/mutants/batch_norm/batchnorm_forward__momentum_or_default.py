"""Reads momentum with `bn_param.get("momentum") or 0.9`, which turns a momentum of 0 into 0.9.

function: batchnorm_forward
expect: failed
feedback: moved with momentum 0.9
blind_spot: yes
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param.get("eps") or 1e-5
    momentum = bn_param.get("momentum") or 0.9
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        Z_hat = (Z - mu) / np.sqrt(var + eps)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        return gamma * Z_hat + beta, (Z, Z_hat, mu, var, gamma, beta, eps)
    Z_hat = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    return gamma * Z_hat + beta, None
