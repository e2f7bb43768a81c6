"""Starts from initialize_parameters_deep([n_x, n_h, n_y]) (the same distribution) and passes arguments by keyword.

function: nn_model
expect: passed
"""
from initialization import initialize_parameters_deep


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    sizes = layer_sizes(X=X, Y=Y)
    parameters = initialize_parameters_deep([sizes[0], n_h, sizes[2]])
    for i in range(num_iterations):
        A2, cache = forward_propagation(X=X, parameters=parameters)
        grads = backward_propagation(parameters=parameters, cache=cache, X=X, Y=Y)
        parameters = update_parameters(parameters=parameters, grads=grads, learning_rate=learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration", i, compute_cost(A2, Y))
    return parameters
