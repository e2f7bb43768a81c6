"""Returns the boolean array AL > 0.5 directly (a bool dtype is allowed).

function: predict
expect: passed
"""
import numpy as np


def predict(X, parameters):
    AL, _ = L_model_forward(X, parameters)
    return AL > 0.5
