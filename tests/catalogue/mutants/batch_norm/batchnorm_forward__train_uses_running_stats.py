"""Updates the running statistics first and then normalizes the training batch with them, as test
mode does, instead of with the batch's own mean and variance.

function: batchnorm_forward
expect: failed
feedback: normalizes with the running statistics
blind_spot: no
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    cache = None
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    Z_hat = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    if bn_param["mode"] == "train":
        cache = (Z, Z_hat, bn_param["running_mean"], bn_param["running_var"], gamma, beta, eps)
    return gamma * Z_hat + beta, cache
