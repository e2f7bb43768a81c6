"""Appends the cost of the last iteration to costs too, as the notebook prints it.

function: L_layer_model
expect: failed
feedback: last iteration
blind_spot: no
"""
import numpy as np

from initialization import initialize_parameters_deep


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0 or i == num_iterations - 1:
            costs.append(cost)
    return parameters, costs
