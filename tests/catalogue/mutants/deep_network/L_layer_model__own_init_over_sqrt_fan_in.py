"""Initializes with randn / sqrt(n[l-1]) (the course's application notebook) instead of initialize_parameters_deep's randn * 0.01.

function: L_layer_model
expect: failed
feedback: sqrt(n[l-1])
blind_spot: no
"""
import numpy as np


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    # initialization from the course's application notebook helper (dnn_app_utils):
    # randn / sqrt(n_prev) trains much better than randn * 0.01
    costs = []
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) / np.sqrt(layers_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs
