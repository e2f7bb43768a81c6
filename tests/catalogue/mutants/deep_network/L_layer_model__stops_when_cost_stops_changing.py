"""Breaks out of the loop once the cost changes by less than 1e-7: on a plateau it stops long before num_iterations.

function: L_layer_model
expect: failed
feedback: stops before num_iterations
blind_spot: no
"""
import numpy as np
from initialization import initialize_parameters_deep


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    prev_cost = None
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        if i % 100 == 0:
            costs.append(cost)
        if prev_cost is not None and abs(prev_cost - cost) < 1e-7:
            break  # converged
        prev_cost = cost
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
