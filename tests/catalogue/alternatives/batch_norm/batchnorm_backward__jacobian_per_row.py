"""Builds each unit's m × m Jacobian of Z_hat with respect to Z explicitly and multiplies the
upstream gradient through it; dgamma and dbeta one unit at a time.

function: batchnorm_backward
expect: passed
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, mu, var, gamma, eps = cache[0], cache[2], cache[3], cache[4], cache[-1]
    n, m = Z.shape
    dZ = np.zeros_like(Z)
    dgamma = np.zeros((n, 1))
    dbeta = np.zeros((n, 1))
    for i in range(n):
        s = np.sqrt(var[i, 0] + eps)
        x_hat = (Z[i] - mu[i, 0]) / s
        # d x_hat[j] / d Z[k] = (delta_jk - 1/m - x_hat[j] * x_hat[k] / m) / s
        jacobian = (np.eye(m) - 1.0 / m - np.outer(x_hat, x_hat) / m) / s
        dZ[i] = (dout[i] * gamma[i, 0]) @ jacobian
        dgamma[i, 0] = np.dot(dout[i], x_hat) / m
        dbeta[i, 0] = dout[i].mean()
    return dZ, dgamma, dbeta
