"""CS231n's skeleton: reads everything with bn_param.get (running statistics included), writes the
defaults into bn_param, and stores the running statistics back after the if/else in both modes (in
test mode as fresh copies of the same values); the variance with einsum, the cache a list.

function: batchnorm_forward
expect: passed
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param["eps"] = float(bn_param.get("eps", 1e-5))
    momentum = bn_param["momentum"] = float(bn_param.get("momentum", 0.9))
    n, m = Z.shape
    running_mean = bn_param.get("running_mean", np.zeros((n, 1), dtype=Z.dtype))
    running_var = bn_param.get("running_var", np.zeros((n, 1), dtype=Z.dtype))
    out, cache = None, None
    if mode == "train":
        sample_mean = np.einsum("ij->i", Z).reshape(n, 1) / m
        centred = Z - sample_mean
        sample_var = np.einsum("ij,ij->i", centred, centred).reshape(n, 1) / m
        x_hat = centred / np.sqrt(sample_var + eps)
        out = gamma * x_hat + beta
        cache = [Z, x_hat, sample_mean, sample_var, gamma, beta, eps]
        running_mean = momentum * running_mean + (1 - momentum) * sample_mean
        running_var = momentum * running_var + (1 - momentum) * sample_var
    elif mode == "test":
        out = gamma * (Z - running_mean) / np.sqrt(running_var + eps) + beta
        running_mean, running_var = running_mean.copy(), running_var.copy()
    else:
        raise ValueError('Invalid forward batchnorm mode "%s"' % mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
