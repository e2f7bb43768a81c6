"""A dictionary comprehension over the parameters' own keys; the dA entries of grads are never touched.

function: update_parameters
expect: passed
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    return {name: value - learning_rate * grads["d" + name] for name, value in parameters.items()}
