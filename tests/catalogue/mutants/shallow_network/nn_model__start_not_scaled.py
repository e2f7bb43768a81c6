"""Writes its own start with np.random.randn but forgets the factor 0.01.

function: nn_model
expect: failed
feedback: 100 times too large
blind_spot: no
"""
import numpy as np

from initialization import initialize_parameters


def _start(n_x, n_h, n_y):
    return {"W1": np.random.randn(n_h, n_x), "b1": np.zeros((n_h, 1)),
            "W2": np.random.randn(n_y, n_h), "b2": np.zeros((n_y, 1))}


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = _start(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters
