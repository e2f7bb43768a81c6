"""Reads a dict cache; every piece equal to the max counts as a winner (Z == A): the argmax, barring ties.

function: maxout_backward
expect: passed
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, Z = cache["A_prev"], cache["W"], cache["Z"]
    m = A_prev.shape[1]
    A = Z.max(axis=0)
    dZ = (Z == A) * dA
    dW = np.einsum("knm,pm->knp", dZ, A_prev) / m
    db = dZ.sum(axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
