"""Updates the caller's arrays in place with -= and returns the same dictionary, as the course does.

function: update_parameters
expect: passed
"""


def update_parameters(parameters, grads, learning_rate=1.2):
    for key in ("W1", "b1", "W2", "b2"):
        parameters[key] -= learning_rate * grads["d" + key]
    return parameters
