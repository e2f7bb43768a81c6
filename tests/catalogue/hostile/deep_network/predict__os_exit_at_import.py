"""Calls os._exit(3) at import time: the importing process vanishes without running any handler.

function: predict
expect: error
scope: module
"""
import os

import numpy as np


def predict(X, parameters):
    AL, _ = L_model_forward(X, parameters)
    return (AL > 0.5).astype(float)


os._exit(3)
