"""CS231n style: evaluates f(x) once first (unused), then nditer with exact restore.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    fx = f(x)
    grad = np.zeros(x.shape)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + epsilon
        fxph = f(x)
        x[ix] = oldval - epsilon
        fxmh = f(x)
        x[ix] = oldval
        grad[ix] = (fxph - fxmh) / (2 * epsilon)
        it.iternext()
    return grad
