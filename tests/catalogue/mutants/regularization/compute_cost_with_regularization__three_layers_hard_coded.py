"""Copies the notebook's three-layer formula: W1, W2 and W3 by name, whatever the depth.

function: compute_cost_with_regularization
expect: failed
feedback: any number of layers
blind_spot: yes
"""
import numpy as np

from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]
    cross_entropy_cost = compute_cost(AL, Y)
    L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3)))
    return cross_entropy_cost + L2_regularization_cost
