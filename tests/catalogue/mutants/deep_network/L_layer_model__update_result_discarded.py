"""Calls update_parameters without assigning its result, so the parameters never change.

function: L_layer_model
expect: failed
blind_spot: no
"""
import numpy as np

from initialization import initialize_parameters_deep


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    for i in range(0, num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print("Cost after iteration %i: %f" % (i, cost))
    return parameters, costs
