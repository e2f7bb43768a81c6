"""Draws from its own generator, created once at import (np.random.default_rng(0)), which the grader cannot seed.

function: dropout_forward
expect: failed
feedback: seeded the same way
blind_spot: yes
"""
import numpy as np

_rng = np.random.default_rng(0)


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    mask = (_rng.random(A.shape) < keep_prob).astype(float)
    return A * mask / keep_prob, mask
