"""Casts out to float32 to save memory, as deep-learning frameworks do; the contract wants float64.

function: batchnorm_forward
expect: failed
feedback: float64
blind_spot: yes
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        Z_hat = (Z - mu) / np.sqrt(var + eps)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        out = (gamma * Z_hat + beta).astype(np.float32)
        return out, (Z, Z_hat, mu, var, gamma, beta, eps)
    Z_hat = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    return (gamma * Z_hat + beta).astype(np.float32), None
