"""Course-style fixed examples for ``building_blocks`` (see ../course_examples.py).

As a notebook test would: small arrays from ``np.random.seed(1)`` and
``np.random.randn``, one call per function, answers compared with the
reference by type, shape and ``np.allclose`` (for the forward passes, A only:
the cache's layout is the learner's). The maxout example has k = 2
pieces, the usual picture of maxout (max(w1·x + b1, w2·x + b2)). The backward
examples get the cache of the reference forward pass on the same inputs.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

_SOLUTIONS = Path(__file__).resolve().parents[3] / "solutions"


def _reference_forward(name: str):
    """The reference forward function (loaded from solutions/, with the activations it imports)."""
    from grader.reference import load_module

    activations = load_module(_SOLUTIONS / "activations.py", "_course_bb_activations", {})
    module = load_module(_SOLUTIONS / "building_blocks.py", "_course_bb_reference", {"activations": activations})
    return getattr(module, name)


def _maxout_inputs():
    np.random.seed(1)
    A_prev = np.random.randn(4, 5)
    W = np.random.randn(2, 3, 4)
    b = np.random.randn(2, 3, 1)
    return A_prev, W, b


def _residual_inputs():
    np.random.seed(1)
    A_prev = np.random.randn(3, 5)
    W = np.random.randn(3, 3)
    b = np.random.randn(3, 1)
    return A_prev, W, b


def _maxout_forward_example():
    return [(_maxout_inputs(), {})]


def _maxout_backward_example():
    A_prev, W, b = _maxout_inputs()
    _, cache = _reference_forward("maxout_forward")(A_prev, W, b)
    np.random.seed(2)
    dA = np.random.randn(3, 5)
    return [((dA, cache), {})]


def _residual_forward_example():
    return [(_residual_inputs(), {})]


def _residual_backward_example():
    A_prev, W, b = _residual_inputs()
    _, cache = _reference_forward("residual_forward")(A_prev, W, b)
    np.random.seed(2)
    dA = np.random.randn(3, 5)
    return [((dA, cache), {})]


def _same_A(got, want) -> bool:
    """The cache is the learner's design, so a test of the contract compares A alone (as _same would)."""
    return (isinstance(got, (tuple, list)) and len(got) == 2 and isinstance(got[0], np.ndarray)
            and got[0].shape == want[0].shape and bool(np.allclose(got[0], want[0])))


EXAMPLES = {
    "maxout_forward": _maxout_forward_example,
    "maxout_backward": _maxout_backward_example,
    "residual_forward": _residual_forward_example,
    "residual_backward": _residual_backward_example,
}

COMPARE = {"maxout_forward": _same_A, "residual_forward": _same_A}
"""Forward passes: (A, cache) with A compared; the backward passes use the plain comparison."""
