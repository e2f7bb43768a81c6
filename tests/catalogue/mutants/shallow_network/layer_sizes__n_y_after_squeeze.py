"""Squeezes Y "to be safe" before reading n_y: a (1, m) Y becomes (m,), so n_y = m.

function: layer_sizes
expect: error
feedback: squeeze
blind_spot: yes
"""
import numpy as np


def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = np.squeeze(Y).shape[0]
    return (n_x, n_h, n_y)
