"""Calls the contract functions more than needed: layer_sizes every step, forward twice, predict every step.

function: nn_model
expect: passed
"""
import numpy as np

from initialization import initialize_parameters


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    costs, accuracies = [], []
    for i in range(0, num_iterations):
        n_x, _, n_y = layer_sizes(X, Y)
        A2, _ = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        A2, cache = forward_propagation(X, parameters)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        accuracies.append(float(np.mean(predict(parameters, X) == Y)))
        costs.append(cost)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters
