"""Divides by the sum of the whole array, as the one-vector formula does.

function: softmax
expect: failed
feedback: whole array
blind_spot: no
"""
import numpy as np


def softmax(Z):
    E = np.exp(Z)
    return E / np.sum(E)
