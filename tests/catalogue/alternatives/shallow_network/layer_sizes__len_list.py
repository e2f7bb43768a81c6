"""Counts rows with len() and returns a list instead of a tuple.

function: layer_sizes
expect: passed
"""


def layer_sizes(X, Y):
    return [len(X), 4, len(Y)]
