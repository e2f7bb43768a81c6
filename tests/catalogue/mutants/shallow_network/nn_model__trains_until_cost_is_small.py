"""Trains until the cost is small instead of for num_iterations: on data it cannot fit, it never stops.

function: nn_model
expect: timeout
feedback: took longer
blind_spot: no
"""
import numpy as np

from initialization import initialize_parameters


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    cost = 1.0
    i = 0
    while cost > 0.01:
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
        i += 1
    return parameters
