"""Forks a child that sleeps forever (trying to keep the worker alive or its pipes open), then steps uphill.

function: update_parameters
expect: failed
"""
import os
import time

import numpy as np


def update_parameters(parameters, grads, learning_rate):
    if os.fork() == 0:
        try:
            while True:
                time.sleep(3600)
        finally:
            os._exit(0)
    L = len(parameters) // 2
    updated = {}
    for l in range(1, L + 1):
        # wrong: adds the gradient instead of subtracting it
        updated[f"W{l}"] = parameters[f"W{l}"] + learning_rate * grads[f"dW{l}"]
        updated[f"b{l}"] = parameters[f"b{l}"] + learning_rate * grads[f"db{l}"]
    return updated
