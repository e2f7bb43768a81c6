"""Batch normalization: each unit normalized over the m examples of the batch.

Units are rows and examples are columns, so every statistic is taken along
axis 1 and kept as an (n, 1) column.
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    """Normalize each row of Z over the batch, then scale by gamma and shift by beta.

    - Z: (n, m) pre-activations; gamma, beta: (n, 1).
    - bn_param: "mode" ("train" or "test"), optionally "eps" (1e-5) and
      "momentum" (0.9), and the (n, 1) "running_mean" and "running_var".

    Train mode uses the batch's mean and (biased) variance and moves the
    running statistics towards them, in bn_param; test mode uses the running
    statistics and changes nothing. Returns (out, cache); the cache, for
    batchnorm_backward, is (Z, Z_hat, mu, var, gamma, beta, eps) in train mode
    and None in test mode.
    """
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    if mode == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        Z_hat = (Z - mu) / np.sqrt(var + eps)
        out = gamma * Z_hat + beta
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        return out, (Z, Z_hat, mu, var, gamma, beta, eps)
    if mode == "test":
        Z_hat = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
        return gamma * Z_hat + beta, None
    raise ValueError(f"bn_param['mode'] must be 'train' or 'test', not {mode!r}")


def batchnorm_backward(dout, cache):
    """Gradients of a train-mode batchnorm_forward: (dZ, dgamma, dbeta).

    dout and dZ are per-example gradients, shaped (n, m); dgamma and dbeta are
    gradients of the mean cost, so they carry the 1/m. dZ goes through the
    batch statistics too: mu and var depend on every entry of the row, which
    is why a constant upstream gradient gives dZ = 0.
    """
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True) / m
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True) / m
    dZ_hat = dout * gamma
    dZ = (dZ_hat
          - np.mean(dZ_hat, axis=1, keepdims=True)
          - Z_hat * np.mean(dZ_hat * Z_hat, axis=1, keepdims=True)) / np.sqrt(var + eps)
    return dZ, dgamma, dbeta
