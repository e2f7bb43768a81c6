"""Breaks out of the loop once the cost is below 0.01, so later iterations never run.

function: L_layer_model
expect: failed
feedback: gradient-descent steps
blind_spot: yes
"""
import numpy as np
from initialization import initialize_parameters_deep


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        if i % 100 == 0:
            costs.append(cost)
        if cost < 0.01:  # good enough, save time
            break
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
