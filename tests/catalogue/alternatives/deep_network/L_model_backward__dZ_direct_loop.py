"""Starts from dZ_L = AL - Y instead of dAL and walks the layers with the ReLU mask written out, calling linear_backward.

function: L_model_backward
expect: passed
"""
import numpy as np


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    dZ = AL - Y.reshape(AL.shape)
    for l in range(L, 0, -1):
        linear_cache, Z = caches[l - 1]
        if l < L:
            dZ = grads["dA" + str(l)] * (Z > 0)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db
    return grads
