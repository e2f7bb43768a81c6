"""Builds the predictions in a Python list of lists and returns it instead of a numpy array.

function: predict
expect: failed
blind_spot: no
"""
import numpy as np


def predict(X, parameters):
    probas, caches = L_model_forward(X, parameters)
    p = []
    for i in range(probas.shape[1]):
        if probas[0, i] > 0.5:
            p.append(1)
        else:
            p.append(0)
    return [p]
