"""Fills a (1, m) boolean array example by example in a Python loop.

function: predict
expect: passed
"""
import numpy as np


def predict(X, parameters):
    probas, caches = L_model_forward(X, parameters)
    m = X.shape[1]
    p = np.zeros((1, m), dtype=bool)
    for i in range(m):
        p[0, i] = probas[0, i] > 0.5
    return p
