"""Runs the forward pass before the loop and again at the end of every step.

function: nn_model
expect: passed
"""
from initialization import initialize_parameters


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    A2, cache = forward_propagation(X, parameters)
    for i in range(num_iterations):
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, compute_cost(A2, Y)))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        A2, cache = forward_propagation(X, parameters)
    return parameters
