"""Squeezes the predictions to shape (m,) instead of (1, m).

function: predict
expect: failed
blind_spot: no
"""
import numpy as np


def predict(X, parameters):
    AL, caches = L_model_forward(X, parameters)
    return np.squeeze(AL > 0.5).astype(float)
