"""Carries over the scalar bias of logistic regression and adds b[0][0] to every unit, right only for one-unit layers.

function: linear_forward
expect: failed
blind_spot: yes
"""
import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b[0][0]
    cache = (A, W, b)
    return Z, cache
