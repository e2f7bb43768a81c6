"""CS231n's X -= np.mean(X, axis=0) on a copy of X.T, transposed back.

function: zero_center
expect: passed
"""
import numpy as np


def zero_center(X):
    Xt = X.T.copy()
    mu = np.mean(Xt, axis=0)
    Xt -= mu
    return Xt.T, mu.reshape(-1, 1)
