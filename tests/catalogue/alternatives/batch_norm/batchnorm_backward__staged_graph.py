"""Walks the computational graph node by node (x - mu, its square, the variance, 1/sqrt, the product)
and adds up the paths, with the 1/m on dgamma and dbeta.

function: batchnorm_backward
expect: passed
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True) / m
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True) / m
    Z_mu = Z - mu
    sqrtvar = np.sqrt(var + eps)
    ivar = 1.0 / sqrtvar
    dZ_hat = dout * gamma
    divar = np.sum(dZ_hat * Z_mu, axis=1, keepdims=True)
    dZ_mu1 = dZ_hat * ivar
    dsqrtvar = -1.0 / sqrtvar ** 2 * divar
    dvar = 0.5 * 1.0 / sqrtvar * dsqrtvar
    dsq = np.ones_like(dout) / m * dvar
    dZ_mu2 = 2 * Z_mu * dsq
    dZ1 = dZ_mu1 + dZ_mu2
    dmu = -np.sum(dZ1, axis=1, keepdims=True)
    dZ2 = np.ones_like(dout) / m * dmu
    return dZ1 + dZ2, dgamma, dbeta
