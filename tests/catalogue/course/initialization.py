"""Course-style fixed examples for the initializers added after the foundation.

The course tests an initializer by calling it once, after ``np.random.seed(k)``,
on a small ``layers_dims`` such as [3, 2, 1] or [2, 4, 1], and comparing the
arrays with stored numbers. For the all-zeros initializer that is exactly
the plain comparison (keys, shapes, ``np.allclose``; like the course's
checks it does not look at the dtype). For the random ones, the exact
numbers under one seed also reject valid code drawn in another order, so the
loose but fair model of that test is ``plausible``: keys, shapes, float
dtype, zero biases, weights not all equal, and per layer a root mean square
within a factor 1.3 of the reference's under the same seed. Code that draws
the same numbers scaled differently is caught from a 30% error in scale on;
what differs only on layers the example lacks (other depths, one unit,
layers much wider than they are deep) or only in the inputs it leaves
changed is not.
"""
from __future__ import annotations

import numpy as np

FACTOR = 1.3


def plausible(got, want) -> bool:
    """Keys, shapes, float dtype, zero biases, weights not constant, per-layer scale within FACTOR of ``want``'s."""
    if not isinstance(got, dict) or set(got) != set(want):
        return False
    for key, expected in want.items():
        value = got[key]
        if not isinstance(value, np.ndarray) or value.shape != expected.shape:
            return False
        if not np.issubdtype(value.dtype, np.floating):
            return False
        if key.startswith("b"):
            if np.any(value != 0):
                return False
            continue
        if value.size > 1 and np.all(value == value.flat[0]):
            return False
        scale, wanted = np.sqrt(np.mean(value ** 2)), np.sqrt(np.mean(expected ** 2))
        if not wanted / FACTOR < scale < wanted * FACTOR:
            return False
    return True


EXAMPLES = {
    "initialize_parameters_zeros": lambda: [(([3, 2, 1],), {})],
    "initialize_parameters_lecun": lambda: [(([5, 4, 3],), {})],
    "initialize_parameters_xavier": lambda: [(([5, 4, 3],), {})],
    "initialize_parameters_he": lambda: [(([2, 4, 1],), {})],
}

COMPARE = {
    "initialize_parameters_lecun": plausible,
    "initialize_parameters_xavier": plausible,
    "initialize_parameters_he": plausible,
}
