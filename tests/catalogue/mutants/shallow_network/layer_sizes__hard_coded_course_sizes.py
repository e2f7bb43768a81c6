"""Returns the sizes of the course's example, (5, 4, 2), whatever X and Y are.

function: layer_sizes
expect: failed
feedback: (5, 4, 2)
blind_spot: yes
"""


def layer_sizes(X, Y):
    n_x = 5
    n_h = 4
    n_y = 2
    return (n_x, n_h, n_y)
