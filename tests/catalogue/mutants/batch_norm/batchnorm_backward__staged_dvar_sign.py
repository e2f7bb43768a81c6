"""Builds the computational graph by hand and gets the sign of dvar wrong (+0.5 for -0.5).

function: batchnorm_backward
expect: failed
blind_spot: no
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True) / m
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True) / m
    # the computational graph, one node at a time
    Z_mu = Z - mu
    inv_std = 1.0 / np.sqrt(var + eps)
    dZ_hat = dout * gamma
    dvar = np.sum(dZ_hat * Z_mu, axis=1, keepdims=True) * 0.5 * inv_std ** 3
    dmu = np.sum(-dZ_hat * inv_std, axis=1, keepdims=True) + dvar * np.mean(-2.0 * Z_mu, axis=1, keepdims=True)
    dZ = dZ_hat * inv_std + dvar * 2.0 * Z_mu / m + dmu / m
    return dZ, dgamma, dbeta
