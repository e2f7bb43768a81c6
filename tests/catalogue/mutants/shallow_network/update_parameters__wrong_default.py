"""Gives learning_rate the default 0.01 instead of the contract's 1.2.

function: update_parameters
expect: failed
feedback: the default is 1.2
blind_spot: no
"""


def update_parameters(parameters, grads, learning_rate=0.01):
    return {key: parameters[key] - learning_rate * grads["d" + key] for key in ("W1", "b1", "W2", "b2")}
