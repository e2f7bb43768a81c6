"""Builds the new dictionary with the weights only.

function: update_parameters
expect: failed
feedback: lack 'b1', 'b2'
blind_spot: no
"""


def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] - learning_rate * grads["dW1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    return {"W1": W1, "W2": W2}
