"""The course's loop over examples, filling an integer array of 0/1.

function: predict
expect: passed
"""
import numpy as np


def predict(X, parameters):
    m = X.shape[1]
    p = np.zeros((1, m), dtype=int)
    probas, caches = L_model_forward(X, parameters)
    for i in range(probas.shape[1]):
        if probas[0, i] > 0.5:
            p[0, i] = 1
        else:
            p[0, i] = 0
    return p
