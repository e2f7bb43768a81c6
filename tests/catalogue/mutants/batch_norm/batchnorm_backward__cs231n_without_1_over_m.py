"""Uses CS231n's formulas as they are: dgamma and dbeta are sums, without the 1/m of the mean cost.

function: batchnorm_backward
expect: failed
feedback: 1/m
blind_spot: no
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    N = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    dZ = (1.0 / N) * gamma * inv_std * (N * dout - np.sum(dout, axis=1, keepdims=True)
                                        - Z_hat * np.sum(dout * Z_hat, axis=1, keepdims=True))
    return dZ, dgamma, dbeta
