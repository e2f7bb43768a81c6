"""Spins forever at import time (a training loop left at module level with a condition that never ends).

function: L_layer_model
expect: timeout
scope: module
"""
import numpy as np

from initialization import initialize_parameters_deep


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    parameters = initialize_parameters_deep(layers_dims)
    costs = []
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs


# "train until good enough", left at module level; the cost never reaches 0
_cost = 1.0
while _cost > 0:
    _cost = _cost * 0.5 + 1e-3
