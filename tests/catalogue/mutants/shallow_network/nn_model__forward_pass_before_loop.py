"""Runs forward propagation once, before the loop: every step reuses the first cache.

function: nn_model
expect: failed
feedback: gradients of the start
blind_spot: no
"""
from initialization import initialize_parameters


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    A2, cache = forward_propagation(X, parameters)
    for i in range(num_iterations):
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, compute_cost(A2, Y)))
    return parameters
