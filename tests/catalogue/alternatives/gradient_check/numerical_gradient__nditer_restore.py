"""cs231n style: walk x with np.nditer, nudge it in place and put the old value back exactly.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros_like(x, dtype=float)
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
