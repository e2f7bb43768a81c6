"""Course-style fixed examples for ``regularization``, after the "Regularization" notebook.

The notebook's cost test builds a three-layer network with
``np.random.seed(1)`` and ``randn`` (W1 (2, 3), W2 (3, 2), W3 (1, 3)), fixes
a3 and Y for five examples and uses lambd = 0.1. Its backward and dropout
tests work on whole networks; here the same kind of fixed example is given
to each layer-sized function: one (3, 4) batch through a (3, 5) layer with
lambd = 0.7, dropout on a (3, 5) A with keep_prob = 0.7 (the forward test's
value) and its backward with keep_prob = 0.8 (the backward test's).

The notebook compares dropout's output with stored numbers under one seed,
which rejects every valid way of drawing the mask but the notebook's own. The
fair model of what that test can see on one small example: (A_out, mask) of
A's shape, a mask of 0s and 1s, A_out = A·mask/keep_prob, and a keep rate
roughly right (within 0.25 of keep_prob on the 15 units). Like the notebook,
it never looks at training=False, other keep_prob values, other shapes or
whether A was changed in place.
"""
from __future__ import annotations

import numpy as np

DROPOUT_KEEP_PROB = 0.7
RATE_TOLERANCE = 0.25


def _cost_example():
    np.random.seed(1)
    Y = np.array([[1.0, 1.0, 0.0, 1.0, 0.0]])
    W1 = np.random.randn(2, 3)
    b1 = np.random.randn(2, 1)
    W2 = np.random.randn(3, 2)
    b2 = np.random.randn(3, 1)
    W3 = np.random.randn(1, 3)
    b3 = np.random.randn(1, 1)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
    AL = np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
    return [((AL, Y, parameters, 0.1), {})]


def _backward_example():
    np.random.seed(1)
    dZ = np.random.randn(3, 4)
    A = np.random.randn(5, 4)
    W = np.random.randn(3, 5)
    b = np.random.randn(3, 1)
    return [((dZ, (A, W, b), 0.7), {})]


def _dropout_input():
    np.random.seed(1)
    return np.random.randn(3, 5)


def _dropout_example():
    return [((_dropout_input(), DROPOUT_KEEP_PROB), {})]


def _dropout_backward_example():
    np.random.seed(1)
    dA = np.random.randn(3, 5)
    mask = (np.random.rand(3, 5) < 0.8).astype(float)
    return [((dA, mask, 0.8), {})]


def _plausible_dropout(got, want) -> bool:
    """Shapes, a 0/1 mask, A_out = A·mask/keep_prob and a roughly right keep rate; not the exact draw."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return False
    A_out, mask = got
    A = _dropout_input()
    for item in (A_out, mask):
        if not isinstance(item, np.ndarray) or item.shape != A.shape or item.dtype.kind not in "biuf":
            return False
    if A_out.dtype.kind != "f":
        return False
    mask = mask.astype(float)
    if not np.all((mask == 0) | (mask == 1)):
        return False
    if not np.allclose(A_out, A * mask / DROPOUT_KEEP_PROB):
        return False
    return abs(float(mask.mean()) - DROPOUT_KEEP_PROB) <= RATE_TOLERANCE


EXAMPLES = {
    "compute_cost_with_regularization": _cost_example,
    "linear_backward_with_regularization": _backward_example,
    "dropout_forward": _dropout_example,
    "dropout_backward": _dropout_backward_example,
}
COMPARE = {"dropout_forward": _plausible_dropout}
