"""Keeps the train-mode cache in a namedtuple, with its own field names.

function: batchnorm_forward
expect: passed
"""
from collections import namedtuple

import numpy as np

BatchNormCache = namedtuple("BatchNormCache", "Z_hat inv_std gamma")


def batchnorm_forward(Z, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    if mode == "test":
        return gamma * (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps) + beta, None
    mu = Z.mean(axis=1, keepdims=True)
    var = Z.var(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    Z_hat = (Z - mu) * inv_std
    bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
    bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    return gamma * Z_hat + beta, BatchNormCache(Z_hat, inv_std, gamma)
