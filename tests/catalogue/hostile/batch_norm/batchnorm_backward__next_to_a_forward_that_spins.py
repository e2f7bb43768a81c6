"""A right backward pass, graded next to a forward pass that never returns: it must still pass.

The grader asks the learner's own forward pass for a cache; when that pass
never answers, the grader must stop asking (not spend the whole time budget
on it) and grade the backward pass on the reference's cache.

function: batchnorm_backward
expect: passed
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = dout.sum(axis=1, keepdims=True) / m
    dgamma = (dout * Z_hat).sum(axis=1, keepdims=True) / m
    g = dout * gamma
    dZ = (g - g.mean(axis=1, keepdims=True) - Z_hat * (g * Z_hat).mean(axis=1, keepdims=True)) / np.sqrt(var + eps)
    return dZ, dgamma, dbeta
