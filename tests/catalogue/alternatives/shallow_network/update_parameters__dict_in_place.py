"""Rebinds the entries of the caller's dictionary to new arrays and returns it.

function: update_parameters
expect: passed
"""


def update_parameters(parameters, grads, learning_rate=1.2):
    for name in list(parameters):
        parameters[name] = parameters[name] - learning_rate * grads["d" + name]
    return parameters
