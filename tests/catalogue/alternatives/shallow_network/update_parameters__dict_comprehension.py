"""A new dictionary from a comprehension over the parameters' keys.

function: update_parameters
expect: passed
"""


def update_parameters(parameters, grads, learning_rate=1.2):
    return {k: v - learning_rate * grads["d" + k] for k, v in parameters.items()}
