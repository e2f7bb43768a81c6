"""Scales the caller's gradients in place (grads["dW1"] *= learning_rate) before subtracting them.

function: update_parameters
expect: failed
feedback: grads
blind_spot: yes
"""


def update_parameters(parameters, grads, learning_rate=1.2):
    new = {}
    for key in ("W1", "b1", "W2", "b2"):
        grads["d" + key] *= learning_rate
        new[key] = parameters[key] - grads["d" + key]
    return new
