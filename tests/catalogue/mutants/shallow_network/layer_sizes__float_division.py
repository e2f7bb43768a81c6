"""Counts outputs as Y.size / m: true division makes n_y a float (2.0), useless as an array shape.

function: layer_sizes
expect: failed
feedback: integer
blind_spot: yes
"""


def layer_sizes(X, Y):
    m = X.shape[1]
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.size / m
    return (n_x, n_h, n_y)
