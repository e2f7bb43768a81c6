"""Takes the batch size from the rows, N = dout.shape[0], as CS231n's x.shape[0] does in its layout.

function: batchnorm_backward
expect: failed
feedback: wrong axis: the batch size
blind_spot: no
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=1, keepdims=True) / N
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True) / N
    inv_std = 1.0 / np.sqrt(var + eps)
    dZ = (1.0 / N) * gamma * inv_std * (N * dout - np.sum(dout, axis=1, keepdims=True)
                                        - Z_hat * np.sum(dout * Z_hat, axis=1, keepdims=True))
    return dZ, dgamma, dbeta
