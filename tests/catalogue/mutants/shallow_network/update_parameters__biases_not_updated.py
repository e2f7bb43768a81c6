"""Updates the weights but returns the biases unchanged.

function: update_parameters
expect: failed
feedback: biases are not updated
blind_spot: no
"""


def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] - learning_rate * grads["dW1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    return {"W1": W1, "b1": parameters["b1"], "W2": W2, "b2": parameters["b2"]}
