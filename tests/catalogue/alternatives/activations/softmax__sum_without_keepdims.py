"""Divides by a flat (m,) vector of column sums: broadcasting pairs it with the columns.

function: softmax
expect: passed
"""
import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0))
    return E / E.sum(axis=0)
