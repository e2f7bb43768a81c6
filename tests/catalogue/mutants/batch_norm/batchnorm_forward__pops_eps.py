"""Reads eps and momentum with bn_param.pop, which takes them out of the caller's dictionary.

function: batchnorm_forward
expect: failed
feedback: removed 'eps'
feedback: bn_param.get
blind_spot: yes
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param.pop("eps", 1e-5)
    momentum = bn_param.pop("momentum", 0.9)
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        Z_hat = (Z - mu) / np.sqrt(var + eps)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        return gamma * Z_hat + beta, (Z, Z_hat, mu, var, gamma, beta, eps)
    Z_hat = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    return gamma * Z_hat + beta, None
