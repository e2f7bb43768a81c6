"""Course-style fixed examples for the activation functions added after the foundation.

Like the course's notebook tests: one call per function on small fixed inputs
from ``np.random.seed(k)`` and ``np.random.randn``, compared with the stored
answer (types, shapes, ``np.allclose``). The inputs are moderate (|z| < 3), the
batch has m = 4 examples and 3 units, and alpha is passed at its usual value:
ELU's 1.0, and PReLU's slopes at 0.25 for every unit, the value PReLU layers
start from. Nothing here checks inputs for in-place changes, large |z|, m = 1,
other values of alpha, or a call that leaves alpha out.
"""
import numpy as np


def _elu():
    np.random.seed(1)
    Z = np.random.randn(3, 4)
    return [((Z,), {"alpha": 1.0})]


def _softmax():
    np.random.seed(1)
    Z = np.random.randn(3, 4)
    return [((Z,), {})]


def _elu_backward():
    np.random.seed(2)
    dA = np.random.randn(3, 4)
    Z = np.random.randn(3, 4)
    return [((dA, Z), {"alpha": 1.0})]


def _prelu():
    np.random.seed(1)
    Z = np.random.randn(3, 4)
    alpha = np.full((3, 1), 0.25)
    return [((Z, alpha), {})]


def _prelu_backward():
    np.random.seed(2)
    dA = np.random.randn(3, 4)
    Z = np.random.randn(3, 4)
    alpha = np.full((3, 1), 0.25)
    return [((dA, Z, alpha), {})]


def _softmax_cross_entropy():
    np.random.seed(3)
    Z = np.random.randn(3, 4)
    Y = np.eye(3)[:, [0, 2, 1, 2]]
    return [((Z, Y), {})]


EXAMPLES = {
    "elu": _elu,
    "softmax": _softmax,
    "elu_backward": _elu_backward,
    "prelu": _prelu,
    "prelu_backward": _prelu_backward,
    "softmax_cross_entropy": _softmax_cross_entropy,
}
