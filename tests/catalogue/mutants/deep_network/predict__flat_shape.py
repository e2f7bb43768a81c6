"""Flattens the predictions, returning shape (m,) instead of (1, m).

function: predict
expect: failed
feedback: shape
blind_spot: no
"""
import numpy as np


def predict(X, parameters):
    AL, _ = L_model_forward(X, parameters)
    return (AL > 0.5).astype(int).flatten()
