"""The notebook's (A2 > 0.5), turned into floats with * 1.0.

function: predict
expect: passed
"""


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = (A2 > 0.5) * 1.0
    return predictions
