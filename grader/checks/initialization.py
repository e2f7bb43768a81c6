"""Checks for ``initialization``.

Random functions are judged by what they draw, never by the numbers of one
seed: any order of draws, transposed draws or ``np.random.normal`` is right.

* structure: the keys W1, b1, ..., the shapes (n[l], n[l-1]) and (n[l], 1),
  float dtypes, for layer sizes drawn by Hypothesis (one unit, one layer, deep);
* symmetry breaking (exact): biases exactly zero, no two rows of a W equal,
  no W constant;
* scale (statistical, on 300·200 and 200·100 weights): mean 0, standard
  deviation 0.01, normal shape; each bound fails a correct implementation with
  probability below 1e-10 (see grader/checks/statistics.py);
* reproducibility: the same seed gives the same weights. A function that
  reseeds NumPy itself gets a note, not a failure; one that draws from a
  generator the grader cannot seed (np.random.default_rng()) fails.
"""
from __future__ import annotations

import math

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import same_value
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial
from grader.checks.statistics import normal_scale_report
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import show

SCALE = 0.01


def dims_of(trial: Trial) -> list[int]:
    """[n_x, n_1, ..., n_L] for either initializer."""
    return trial.case.context["dims"]


def expected_shapes(dims: list[int]) -> dict[str, tuple]:
    shapes = {}
    for l in range(1, len(dims)):
        shapes[f"W{l}"] = (dims[l], dims[l - 1])
        shapes[f"b{l}"] = (dims[l], 1)
    return shapes


def _template(trial: Trial):
    return ("parameters", lambda key: key)


def _shapes_as_arrays(trial: Trial) -> dict:
    return {k: np.zeros(v) for k, v in expected_shapes(dims_of(trial)).items()}


def _arrays(trial: Trial) -> dict[str, np.ndarray]:
    value = trial.value
    shapes = expected_shapes(dims_of(trial))
    if not isinstance(value, dict) or set(value) != set(shapes):
        raise NotApplicable()
    if any(not isinstance(value[k], np.ndarray) or value[k].shape != shapes[k] for k in shapes):
        raise NotApplicable()
    return value


def zero_biases(trial: Trial) -> None:
    for key, value in _arrays(trial).items():
        if key.startswith("b") and np.any(value != 0):
            raise Mismatch(f"{key} is not all zeros", expected="zeros", got=show(value),
                           hint="Biases start at zero, np.zeros((n, 1)): the random weights already break the "
                           "symmetry, and a random bias adds nothing.")


def breaks_symmetry(trial: Trial) -> None:
    for key, W in _arrays(trial).items():
        if not key.startswith("W"):
            continue
        if W.size > 1 and np.all(W == W.flat[0]):
            what = "zero" if W.flat[0] == 0 else "equal"
            raise Mismatch(
                f"every entry of {key} is {W.flat[0]:g}",
                hint=f"With {what} weights every unit of a layer computes the same thing and gets the same update, "
                "so the units never become different (the symmetry is never broken). Draw them at random.",
            )
        if W.shape[0] > 1 and len({row.tobytes() for row in W}) < W.shape[0]:
            raise Mismatch(
                f"{key} has two identical rows, so two units start (and stay) identical",
                hint="Draw every weight independently: np.random.randn(n[l], n[l-1]) gives a fresh number for "
                "each entry; repeating one row (np.tile, broadcasting a (1, n) draw) does not.",
            )


def _ratio_hint(std: float, fan_in: int, fan_out: int) -> str | None:
    ratio = std / SCALE
    if 70 < ratio < 140:
        return "The weights are 100 times too large: did you forget the factor 0.01?"
    if 7 < ratio < 14:
        return "The weights are 10 times too large: the factor is 0.01, not 0.1."
    for name, target in (("1/sqrt(n[l-1]) (LeCun or Xavier-style scaling)", 1 / math.sqrt(fan_in)),
                         ("sqrt(2/n[l-1]) (He initialization)", math.sqrt(2 / fan_in)),
                         ("sqrt(2/(n[l-1] + n[l])) (Xavier initialization)", math.sqrt(2 / (fan_in + fan_out)))):
        if abs(std / target - 1) < 0.1:
            return (f"Your weights are scaled by {name}; this function uses the fixed factor 0.01 "
                    "(the other schemes are exercises of their own).")
    return None


def scale(trial: Trial) -> None:
    for key, W in _arrays(trial).items():
        if not key.startswith("W"):
            continue
        problems = normal_scale_report(W, SCALE)
        if problems:
            std = float(W.std())
            hint = _ratio_hint(std, W.shape[1], W.shape[0])
            if not W.any():
                hint = ("The weights are all zero: every unit then computes the same thing and the symmetry is "
                        "never broken. Draw them with np.random.randn(...) * 0.01.")
            elif hint is None and W.min() >= 0:
                hint = ("All weights are positive: np.random.rand draws uniformly from [0, 1). "
                        "Use np.random.randn (standard normal, mean 0) times 0.01.")
            raise Mismatch(f"the {W.size} weights of {key} do not look like draws from N(0, 0.01²): "
                           + "; ".join(problems), hint=hint)


def reproducible(trial: Trial) -> None:
    again, other = trial.extra.get("again"), trial.extra.get("other")
    if not isinstance(trial.value, dict):
        raise NotApplicable()
    if not same_value(trial.value, again):
        raise Mismatch(
            "two calls with NumPy seeded the same way gave different weights",
            hint="Draw with np.random.randn (NumPy's global generator), which the grader seeds. "
            "np.random.default_rng() without a seed cannot be reproduced, by you or by anyone.",
        )
    looks_random = all(np.ptp(v) > 0 for k, v in trial.value.items()
                       if str(k).startswith("W") and isinstance(v, np.ndarray) and v.size > 1)
    if looks_random and same_value(trial.value, other):
        trial.notes.append(
            f"{trial.case.context['name']} gives the same weights whatever NumPy's seed is: it seems to reseed "
            "the generator itself (np.random.seed(k) or default_rng(k) inside the function). The grader accepts "
            "that, but it also resets the randomness of everything that runs after it."
        )


def three_calls(case: Case, caller) -> Trial:
    """The same seed twice, then another seed."""
    first = caller.trial(case, seed=101)
    first.extra["again"] = caller.trial(case, seed=101).value
    first.extra["other"] = caller.trial(case, seed=202).value
    return first


def _structure_check() -> Check:
    return p.structure("structure", "returns a dict W1, b1, ... with W[l] (n[l], n[l-1]) and b[l] (n[l], 1), floats",
                       ("parameters", lambda key: key), expected=_shapes_as_arrays)


def _checks() -> tuple[Check, ...]:
    return (
        _structure_check(),
        Check("zero_biases", "starts every bias at exactly zero", zero_biases),
        Check("breaks_symmetry", "draws weights that differ from unit to unit (no equal rows, not constant)",
              breaks_symmetry),
    )


def two_layer_case(n_x: int, n_h: int, n_y: int) -> Case:
    return Case((n_x, n_h, n_y), context={"dims": [n_x, n_h, n_y], "name": "initialize_parameters"})


def deep_case(dims: list[int]) -> Case:
    return Case((list(dims),), context={"dims": list(dims), "name": "initialize_parameters_deep"})


def _missing_last_layer(trial: Trial) -> bool:
    dims = dims_of(trial)
    L = len(dims) - 1
    return isinstance(trial.value, dict) and set(trial.value) == set(expected_shapes(dims[:-1])) and L >= 1


def _one_layer_too_many(trial: Trial) -> bool:
    keys = set(trial.value) if isinstance(trial.value, dict) else set()
    dims = dims_of(trial)
    return keys - set(expected_shapes(dims)) in ({f"W{len(dims)}", f"b{len(dims)}"}, {"W0", "b0"})


def _transposed(trial: Trial) -> bool:
    value = trial.value
    return isinstance(value, dict) and any(
        isinstance(value.get(k), np.ndarray) and value[k].shape == shape[::-1] != shape
        for k, shape in expected_shapes(dims_of(trial)).items() if k.startswith("W"))


def _flat_bias(trial: Trial) -> bool:
    value = trial.value
    return isinstance(value, dict) and any(
        isinstance(value.get(k), np.ndarray) and value[k].shape == (shape[0],)
        for k, shape in expected_shapes(dims_of(trial)).items() if k.startswith("b"))


def _integer_bias(trial: Trial) -> bool:
    value = trial.value
    return isinstance(value, dict) and any(
        isinstance(value.get(k), np.ndarray) and value[k].dtype.kind in "iub" for k in value if str(k).startswith("b"))


MISTAKES = (
    m.when("Your loop stops one layer early: layer_dims = [n_x, n_1, ..., n_L] describes L = len(layer_dims) − 1 "
           "layers, numbered 1 to L, so the loop is for l in range(1, len(layer_dims)).", _missing_last_layer,
           checks=("structure",)),
    m.when("Layers are numbered 1 to L = len(layer_dims) − 1: your keys go one layer beyond (or start at 0).",
           _one_layer_too_many, checks=("structure",)),
    m.when("W[l] is transposed: its shape is (n[l], n[l-1]), one row per unit of layer l, one column per unit of "
           "the layer before.", _transposed, checks=("structure",)),
    m.when("b[l] must be a column of shape (n[l], 1), not a flat (n[l],) array: np.zeros((n, 1)).",
           _flat_bias, checks=("structure",)),
    m.when("np.zeros(shape, dtype=int) makes integer biases; parameters are floats (np.zeros((n, 1))).",
           _integer_bias, checks=("structure",)),
)

_SIZES = st.integers(1, 6)

EXERCISES = (
    Exercise(
        function("initialization.initialize_parameters"),
        (
            Probe("layer_sizes", _checks(), st.tuples(_SIZES, _SIZES, _SIZES).map(lambda t: two_layer_case(*t)),
                  tuple(two_layer_case(*d) for d in ((3, 2, 1), (1, 1, 1), (2, 4, 1), (5, 1, 3))), max_examples=10),
            Probe("scale", (Check("scale", "draws weights from N(0, 0.01²), judged on 300·200 and 200·100 weights",
                                  scale),),
                  examples=(two_layer_case(300, 200, 100),)),
            Probe("seeding", (Check("reproducible", "gives the same weights when NumPy is seeded the same way",
                                    reproducible),),
                  examples=(two_layer_case(4, 3, 2),), run=three_calls),
        ),
        MISTAKES, note=notes.SHALLOW,
    ),
    Exercise(
        function("initialization.initialize_parameters_deep"),
        (
            Probe("layer_sizes", _checks() + (p.inputs_unchanged(("layer_dims",)),),
                  s.layer_dims(1, 5, 6).map(deep_case),
                  tuple(deep_case(d) for d in ([5, 4, 3], [3, 1], [1, 1], [2, 4, 4, 4, 1], [4, 1, 3])),
                  max_examples=12, return_args=True),
            Probe("scale", (Check("scale", "draws weights from N(0, 0.01²), judged on 300·200 and 200·100 weights",
                                  scale),),
                  examples=(deep_case([300, 200, 100]),)),
            Probe("seeding", (Check("reproducible", "gives the same weights when NumPy is seeded the same way",
                                    reproducible),),
                  examples=(deep_case([4, 3, 2]),), run=three_calls),
        ),
        MISTAKES, note=notes.LAB10,
        exception_hints=(("IndexError", "list index out of range",
                          "layer_dims can have any length (any number of layers): loop over "
                          "range(1, len(layer_dims)) instead of assuming a fixed number of layers."),
                         ("KeyError", "", "Build the dictionary layer by layer, for l in range(1, len(layer_dims)).")),
    ),
)
