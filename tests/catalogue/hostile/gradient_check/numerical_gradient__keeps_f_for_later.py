"""Keeps the grader's function f in a global and calls it on a later call, after that call has ended.

function: numerical_gradient
expect: failed
"""
import numpy as np

_kept = []


def numerical_gradient(f, x, epsilon=1e-7):
    _kept.append(f)
    if len(_kept) > 1:
        return np.full_like(x, float(_kept[0](x)))  # f of an earlier call: the judge must not run it
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + epsilon
        plus = f(x)
        x[i] = old - epsilon
        minus = f(x)
        x[i] = old
        grad[i] = (plus - minus) / (2 * epsilon)
    return grad
