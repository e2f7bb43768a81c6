"""Linear algebra written for column vectors: sqrt(v.T v)[0, 0] only sees the first column of a matrix.

function: relative_difference
expect: failed
feedback: first column
blind_spot: yes
"""
import numpy as np


def _length(v):
    return np.sqrt(np.dot(v.T, v))[0, 0]


def relative_difference(grad, grad_approx):
    grad = grad.reshape(grad.shape[0], -1)
    grad_approx = grad_approx.reshape(grad_approx.shape[0], -1)
    return _length(grad - grad_approx) / (_length(grad) + _length(grad_approx))
