"""Adds the step instead of subtracting it: the update goes uphill.

function: update_parameters
expect: failed
feedback: sign of the step
blind_spot: no
"""
import copy


def update_parameters(parameters, grads, learning_rate=1.2):
    parameters = copy.deepcopy(parameters)
    for key in ("W1", "b1", "W2", "b2"):
        parameters[key] = parameters[key] + learning_rate * grads["d" + key]
    return parameters
