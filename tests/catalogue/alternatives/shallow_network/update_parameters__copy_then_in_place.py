"""Deep-copies the dictionary, then updates the copies in place (-=).

function: update_parameters
expect: passed
"""
import copy


def update_parameters(parameters, grads, learning_rate=1.2):
    parameters = copy.deepcopy(parameters)
    for name in ("W1", "b1", "W2", "b2"):
        parameters[name] -= learning_rate * grads["d" + name]
    return parameters
