"""Returns A2 itself, the probabilities, without thresholding.

function: predict
expect: failed
feedback: threshold them
blind_spot: no
"""


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return A2
