"""Returns the output probabilities AL instead of 0/1 predictions.

function: predict
expect: failed
feedback: threshold
blind_spot: no
"""
import numpy as np


def predict(X, parameters):
    AL, caches = L_model_forward(X, parameters)
    return AL
