"""Reads its own namedtuple cache by field name (cache.Z_hat, cache.inv_std), not by position.

function: batchnorm_backward
expect: passed
"""
import numpy as np


def batchnorm_backward(dout, cache):
    m = dout.shape[1]
    dbeta = dout.sum(axis=1, keepdims=True) / m
    dgamma = (dout * cache.Z_hat).sum(axis=1, keepdims=True) / m
    dZ_hat = dout * cache.gamma
    dZ = cache.inv_std * (dZ_hat - dZ_hat.mean(axis=1, keepdims=True)
                          - cache.Z_hat * (dZ_hat * cache.Z_hat).mean(axis=1, keepdims=True))
    return dZ, dgamma, dbeta
