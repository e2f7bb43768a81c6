"""Hypothesis strategies for the grader's inputs: cheap to draw, easy to read when they fail.

Hypothesis draws the structure (sizes, depth, hyperparameters) and a seed;
NumPy's legacy ``RandomState`` (a frozen, version-stable stream) fills in the
numbers. Shrinking then works on what matters for feedback, the sizes, and
values come from a grid of quarters, so the smallest failing input renders
as short, exact Python. Drawing every entry through Hypothesis would cost
about half a millisecond more per example for no better failures.
"""
from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

SIZES = st.integers(1, 5)
SEEDS = st.integers(0, 2**16)
LARGE_VALUES = np.array([1000.0, 800.0, 710.0, 500.0, 100.0, 50.0, 36.0, 20.0, 11.0])


_SHARED = np.random.RandomState(0)


def generator(seed: int) -> np.random.RandomState:
    """NumPy's legacy generator, seeded with ``seed``.

    One generator is shared and reseeded (1.5 µs) rather than built anew
    (150 µs, a tenth of the judge's time per example); the stream is the
    same. Finish drawing from it before asking for another seed.
    """
    _SHARED.seed(seed)
    return _SHARED


def quarters(rng: np.random.RandomState, shape, *, limit: float = 5.0, nonzero: bool = False) -> np.ndarray:
    """Multiples of 0.25 in [-limit, limit], with exact zeros in about one entry in ten
    (where conventions differ: step at 0, kinks); never 0 with ``nonzero``."""
    steps = int(limit * 4)
    values = rng.randint(-steps, steps + 1, size=shape)
    zeros = rng.rand(*shape) < 0.1
    if nonzero:
        values = np.where(values == 0, rng.choice([-1, 1], size=shape), values)
    else:
        values = np.where(zeros, 0, values)
    return values / 4.0


def large(rng: np.random.RandomState, shape) -> np.ndarray:
    """Large magnitudes (up to 1000) of both signs, mixed with moderate values."""
    big = rng.choice(LARGE_VALUES, size=shape) * rng.choice([-1.0, 1.0], size=shape)
    moderate = quarters(rng, shape)
    return np.where(rng.rand(*shape) < 0.75, big, moderate)


def normal(rng: np.random.RandomState, shape, scale: float = 1.0) -> np.ndarray:
    return rng.randn(*shape) * scale


def shapes(max_side: int = 5):
    """(rows, columns) of a 2-D array."""
    return st.tuples(st.integers(1, max_side), st.integers(1, max_side))


def layer_dims(min_layers: int = 1, max_layers: int = 4, max_units: int = 5):
    """[n_x, n_1, ..., n_L]: a network of ``min_layers``..``max_layers`` layers."""
    return st.lists(st.integers(1, max_units), min_size=min_layers + 1, max_size=max_layers + 1)
