"""CS231n's (N, D) recipe on X.T, with std[std == 0] = 1, transposed back.

function: normalize
expect: passed
"""
import numpy as np


def normalize(X):
    Xt = X.T.copy()
    mu = np.mean(Xt, axis=0)
    Xt -= mu
    s = np.std(Xt, axis=0)
    s[s == 0] = 1
    Xt /= s
    return Xt.T, mu.reshape(-1, 1), s.reshape(-1, 1)
