"""Draws W2 before W1 and fills the dictionary biases first: same distribution, another order of draws.

function: initialize_parameters
expect: passed
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    parameters = {"b1": np.zeros((n_h, 1)), "b2": np.zeros((n_y, 1))}
    parameters["W2"] = np.random.randn(n_y, n_h) * 0.01
    parameters["W1"] = np.random.randn(n_h, n_x) * 0.01
    return parameters
