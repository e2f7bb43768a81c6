"""Returns the comparison itself, a boolean (1, m) array.

function: predict
expect: passed
"""


def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    return A2 > 0.5
