"""Thresholds the sigmoid output at 0 instead of 0.5, so every prediction is 1.

function: predict
expect: failed
feedback: 0.5
blind_spot: no
"""
import numpy as np


def predict(X, parameters):
    AL, caches = L_model_forward(X, parameters)
    return (AL > 0).astype(float)
