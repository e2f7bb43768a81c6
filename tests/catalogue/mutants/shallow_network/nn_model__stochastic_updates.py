"""Takes one step per example (stochastic gradient descent) instead of one step on the whole batch.

function: nn_model
expect: failed
blind_spot: no
"""
from initialization import initialize_parameters


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    m = X.shape[1]
    for i in range(num_iterations):
        j = i % m
        x, y = X[:, j:j + 1], Y[:, j:j + 1]
        A2, cache = forward_propagation(x, parameters)
        grads = backward_propagation(parameters, cache, x, y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters
