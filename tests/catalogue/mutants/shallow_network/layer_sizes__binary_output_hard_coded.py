"""Assumes a binary task and hard-codes n_y = 1.

function: layer_sizes
expect: failed
feedback: n_y should be
blind_spot: no
"""


def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = 1
    return (n_x, n_h, n_y)
