"""Keeps exactly round(keep_prob * N) units, chosen by a permutation: not independent draws.

function: dropout_forward
expect: failed
feedback: exactly half
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A.copy(), np.ones(A.shape)
    n_keep = int(round(keep_prob * A.size))
    mask = np.zeros(A.size)
    mask[np.random.permutation(A.size)[:n_keep]] = 1
    mask = mask.reshape(A.shape)
    return A * mask / keep_prob, mask
