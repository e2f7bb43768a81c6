"""Declares learning_rate without a default, so a call that leaves it out fails.

function: update_parameters
expect: error
feedback: default value
blind_spot: no
"""


def update_parameters(parameters, grads, learning_rate):
    return {key: parameters[key] - learning_rate * grads["d" + key] for key in ("W1", "b1", "W2", "b2")}
