"""Reads n_y from Y.shape[1], the number of examples.

function: layer_sizes
expect: failed
feedback: Y.shape[0]
blind_spot: no
"""


def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[1]
    return (n_x, n_h, n_y)
