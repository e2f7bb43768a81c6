"""One unit at a time in a Python loop, with the gradient through the variance written out as
dvar and the one through the mean as dmu.

function: batchnorm_backward
expect: passed
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    n, m = dout.shape
    dZ = np.zeros((n, m))
    dgamma = np.zeros((n, 1))
    dbeta = np.zeros((n, 1))
    for i in range(n):
        g = dout[i] * gamma[i, 0]
        centred = Z[i] - mu[i, 0]
        std = np.sqrt(var[i, 0] + eps)
        dvar = np.sum(g * centred) * -0.5 * std ** -3
        dmu = -np.sum(g) / std + dvar * -2.0 * np.mean(centred)
        dZ[i] = g / std + dvar * 2.0 * centred / m + dmu / m
        dgamma[i, 0] = np.dot(dout[i], Z_hat[i]) / m
        dbeta[i, 0] = np.sum(dout[i]) / m
    return dZ, dgamma, dbeta
