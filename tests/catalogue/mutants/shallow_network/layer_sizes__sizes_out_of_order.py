"""Returns (n_x, n_y, n_h) instead of (n_x, n_h, n_y).

function: layer_sizes
expect: failed
feedback: n_h should be 4
blind_spot: no
"""


def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_y = Y.shape[0]
    n_h = 4
    return (n_x, n_y, n_h)
