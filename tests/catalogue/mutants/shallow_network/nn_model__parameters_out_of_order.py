"""Declares learning_rate after print_cost, so positional calls mix them up.

function: nn_model
expect: failed
feedback: contract's order
blind_spot: yes
"""
import numpy as np
from initialization import initialize_parameters


def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(0, num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters
