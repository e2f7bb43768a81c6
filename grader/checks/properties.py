"""Reusable named properties: the checks most exercises are made of.

Each constructor returns a :class:`~grader.checks.framework.Check`. ``truth``
functions receive the trial and return the right answer, computed by the
judge; ``part`` picks one item of a tuple answer (a check that cannot find
its part leaves the blame to the check that judges the structure).
"""
from __future__ import annotations

import ast
from typing import Callable

import numpy as np

from grader.checks.comparisons import (
    Tolerance,
    expect_array,
    expect_close,
    expect_finite,
    expect_gradient,
    expect_sequence,
    same_value,
)
from grader.checks.framework import Check, Mismatch, NotApplicable, Trial
from grader.checks.statistics import normal_scale_report
from grader.feedback.render import number, show


def _part(trial: Trial, part: Callable | None):
    if part is None:
        return trial.value
    try:
        return part(trial.value)
    except Exception:  # noqa: BLE001 - a wrong structure is another check's business
        raise NotApplicable() from None


def _array_part(trial: Trial, part, shape) -> np.ndarray:
    value = _part(trial, part)
    if not isinstance(value, np.ndarray) or value.shape != tuple(shape) or value.dtype.kind not in "biuf":
        raise NotApplicable()
    return value.astype(float)


def output_array(name: str, sentence: str, shape: Callable[[Trial], tuple], *, what: str = "the result",
                 part: Callable | None = None) -> Check:
    """The answer (or its ``part``) is a float array of the right shape."""

    def verify(trial: Trial) -> None:
        expect_array(_part(trial, part), what, tuple(shape(trial)))

    return Check(name, sentence, verify)


def matches(name: str, sentence: str, truth: Callable[[Trial], np.ndarray], tolerance: Tolerance, *,
            what: str = "the result", part: Callable | None = None) -> Check:
    """The answer agrees with the truth, entry by entry, within ``tolerance``."""

    def verify(trial: Trial) -> None:
        expected = np.asarray(truth(trial), dtype=float)
        got = _array_part(trial, part, expected.shape)
        expect_close(got, expected, what, tolerance)

    return Check(name, sentence, verify)


def finite(name: str, sentence: str, truth: Callable[[Trial], np.ndarray], *, what: str = "the result",
           part: Callable | None = None) -> Check:
    """No nan or inf where the true value is finite."""

    def verify(trial: Trial) -> None:
        expected = np.asarray(truth(trial), dtype=float)
        got = _array_part(trial, part, expected.shape)
        expect_finite(got, expected, what)

    return Check(name, sentence, verify)


def _copy_hint(name: str, before) -> str:
    if isinstance(before, dict):
        return (f"An array inside {name} was changed (an operation such as += or [...] = writes into it). Build new "
                f"arrays (W = W - learning_rate * dW) or copy the ones you change; the caller still needs its {name}.")
    if isinstance(before, (tuple, list)):
        return (f"An array inside {name} was changed in place (+=, -=, or [...] =). Compute into new arrays, or "
                f"copy one first (A = A.copy()); the caller still needs its {name}.")
    return (f"Work on a copy ({name}.copy(), or np.array({name}, copy=True)) or build a new array; "
            f"the caller still needs its {name}.")


def inputs_unchanged(names: tuple[str, ...], *, may_change: tuple[str, ...] = ()) -> Check:
    """The call leaves its arguments as they were (needs a probe with ``return_args``)."""

    def verify(trial: Trial) -> None:
        if trial.args_after is None:
            raise NotApplicable()
        after_args, after_kwargs = trial.args_after
        for index, (name, before) in enumerate(zip(names, trial.case.args)):
            if name in may_change or index >= len(after_args):
                continue
            if not same_value(before, after_args[index]):
                raise Mismatch(
                    f"the call changed its input {name} in place",
                    expected=f"{name} unchanged: {show(before)}", got=f"{name} afterwards: {show(after_args[index])}",
                    hint=_copy_hint(name, before),
                )
        for key, before in trial.case.kwargs.items():
            if key not in may_change and not same_value(before, after_kwargs.get(key)):
                raise Mismatch(f"the call changed its input {key} in place")

    return Check("inputs_unchanged", "does not modify its inputs in place", verify)


def slope(name: str, sentence: str, numeric: Callable[[Trial], np.ndarray], *, what: str, of: str,
          accept_at: Callable[[Trial], tuple[np.ndarray, list[np.ndarray]]] | None = None,
          part: Callable | None = None) -> Check:
    """An element-wise gradient agrees with central finite differences, entry by entry.

    ``accept_at`` returns a mask of entries where the derivative is undefined
    (a kink hit exactly) and the values accepted there (either one-sided slope).
    """

    def verify(trial: Trial) -> None:
        expected = np.asarray(numeric(trial), dtype=float)
        got = _array_part(trial, part, expected.shape)
        kink = np.zeros(expected.shape, dtype=bool)
        accepted: list[np.ndarray] = []
        if accept_at is not None:
            kink, accepted = accept_at(trial)
        with np.errstate(invalid="ignore"):
            error = np.abs(got - expected) / (1 + np.abs(got) + np.abs(expected))
            bad = ~(error <= 1e-6) & ~kink
            if kink.any():
                ok_at_kink = np.zeros(expected.shape, dtype=bool)
                for value in accepted:
                    ok_at_kink |= np.abs(got - value) <= 1e-12 + 1e-9 * np.abs(value)
                bad |= kink & ~ok_at_kink
        if bad.any():
            index = tuple(np.argwhere(bad)[0])
            at = "[" + ", ".join(str(int(i)) for i in index) + "]"
            if kink[index]:
                options = " or ".join(number(v[index]) for v in accepted)
                message = f"{what}{at} is {number(got[index])} where the input is exactly 0; accepted: {options}"
            else:
                message = (f"{what}{at} should be {number(expected[index])} (the slope of {of}, measured by "
                           f"finite differences), got {number(got[index])}")
            raise Mismatch(message, expected=show(expected), got=show(got))

    return Check(name, sentence, verify)


# -- nested answers: (Z, cache), (A, ((A_prev, W, b), Z)), dicts of arrays ---------------
def layer_gradients(numeric: Callable[[Trial], tuple], cost: str) -> tuple[Callable, Callable]:
    """The two verdicts on a layer's backward pass, which returns ``(dA_prev, dW, db)``.

    ``numeric(trial)`` gives the three gradients by finite differences. The first verdict judges
    dW and db as gradients of ``cost`` (a mean over the examples); the second judges dA_prev,
    which is per example (no 1/m). A result of the wrong structure is left to the checks of shape.
    """
    def parts(trial: Trial):
        expected = numeric(trial)
        try:
            got = expect_sequence(trial.value, 3, "the result")
        except Mismatch:
            raise NotApplicable() from None
        for item, want in zip(got, expected):
            if not isinstance(item, np.ndarray) or item.shape != want.shape or item.dtype.kind not in "biuf":
                raise NotApplicable()
        return got, expected

    def parameter_gradients(trial: Trial) -> None:
        (_, dW, db), (_, n_dW, n_db) = parts(trial)
        expect_gradient(dW, n_dW, "dW", f"{cost} with respect to W")
        expect_gradient(db, n_db, "db", f"{cost} with respect to b")

    def input_gradient(trial: Trial) -> None:
        (dA_prev, _, _), (n_dA, _, _) = parts(trial)
        expect_gradient(dA_prev, n_dA, "dA_prev", "the cost with respect to A_prev, per example (no 1/m)")

    return parameter_gradients, input_gradient


def _child_name(template, index, key=None):
    """The template of one child: templates are "name" or ("name", [child templates])."""
    if isinstance(template, tuple):
        children = template[1]
        if isinstance(children, list) and isinstance(index, int) and index < len(children):
            return children[index]
        if callable(children):
            return children(index if key is None else key)
    return f"{_name(template)}[{index if key is None else repr(key)}]"


def _name(template) -> str:
    return template[0] if isinstance(template, tuple) else template


def _walk(got, expected, template, leaf, *, structure_only: bool) -> None:
    from grader.checks.comparisons import expect_keys, expect_scalar, expect_sequence

    name = _name(template)
    if isinstance(expected, np.ndarray):
        got = expect_array(got, name, expected.shape)
        if not structure_only:
            leaf(got, expected, name)
    elif isinstance(expected, float):
        value = expect_scalar(got, name)
        if not structure_only:
            leaf(np.asarray(value), np.asarray(expected), name)
    elif isinstance(expected, (tuple, list)):
        items = expect_sequence(got, len(expected), name)
        for index, (g, e) in enumerate(zip(items, expected)):
            _walk(g, e, _child_name(template, index), leaf, structure_only=structure_only)
    elif isinstance(expected, dict):
        expect_keys(got, list(expected), name)
        for key in expected:
            _walk(got[key], expected[key], _child_name(template, None, key), leaf, structure_only=structure_only)


def structure(name: str, sentence: str, template, expected: Callable[[Trial], object] = None) -> Check:
    """The answer has the reference's structure: tuple lengths, dict keys, array shapes, float dtypes."""

    def verify(trial: Trial) -> None:
        truth = trial.expected if expected is None else expected(trial)
        _walk(trial.value, truth, template, None, structure_only=True)

    return Check(name, sentence, verify)


def values(name: str, sentence: str, template, tolerance: Tolerance, expected: Callable[[Trial], object] = None,
           *, select: Callable[[object], object] = None) -> Check:
    """Every number in the answer (or in the ``select``-ed part) agrees with the reference's."""

    def verify(trial: Trial) -> None:
        truth = trial.expected if expected is None else expected(trial)
        try:
            _walk(trial.value, truth, template, None, structure_only=True)
        except Mismatch:
            raise NotApplicable() from None
        got, want, where = trial.value, truth, template
        if select is not None:
            got, want, where = select((got, want, where))
        _walk(got, want, where, lambda g, e, n: expect_close(g, e, n, tolerance), structure_only=False)

    return Check(name, sentence, verify)


def declared_defaults(trial: Trial) -> None:
    """Defaults too costly to test by calling (3000 iterations) are read from the signature."""
    signature = trial.extra.get("signature")
    if not isinstance(signature, list):
        raise NotApplicable()
    declared = {str(p[0]): p[2] for p in signature if isinstance(p, list) and len(p) == 3}
    for name, wanted in trial.case.context["defaults"].items():
        if name not in declared:
            continue
        found = declared[name]
        if found in (None, "None"):
            if name == "num_iterations":
                raise Mismatch(f"{name} has no default value; the contract's default is {wanted!r}")
            continue
        try:
            value = ast.literal_eval(found)
        except (ValueError, SyntaxError):
            raise NotApplicable() from None
        if value != wanted or (wanted is False and value not in (False, 0, None)):
            raise Mismatch(f"the default value of {name} is {found}; the contract's is {wanted!r}",
                           expected=f"{name}={wanted!r}", got=f"{name}={found}")


# -- a trained model's start: nn_model and L_layer_model, called with num_iterations=0 --------------
def start_point(start: dict, initializer: str) -> None:
    """Zero biases, and weights that break the symmetry between the units of each layer.

    ``initializer`` is the call the model should start from, as the hints show it
    (``initialize_parameters(n_x, n_h, n_y)``).
    """
    layers = range(1, len(start) // 2 + 1)
    for l in layers:
        if np.any(start[f"b{l}"] != 0):
            raise Mismatch(f"b{l} does not start at zero (the result with num_iterations=0)", expected="zeros",
                           got=show(start[f"b{l}"]), hint=f"Start from {initializer}: random weights, zero biases.")
    if not any(start[f"W{l}"].any() for l in layers):
        raise Mismatch("every weight starts at zero (the result with num_iterations=0)",
                       hint="With zero weights every unit of a layer computes the same thing and gets the same "
                       f"update: the symmetry is never broken. Start from {initializer}.")
    for l in layers:
        W = start[f"W{l}"]
        if W.shape[0] > 1 and len({row.tobytes() for row in W}) < W.shape[0]:
            raise Mismatch(f"W{l} starts with two identical rows, so two units start (and stay) identical",
                           got=show(W), hint=f"Draw every weight independently: {_name_of(initializer)} does, "
                           "with np.random.randn(n[l], n[l-1]) * 0.01.")


def unseeded_start_hint(initializer: str) -> str:
    return (f"Draw the start with NumPy's global generator ({_name_of(initializer)} uses np.random.randn), which "
            "the grader seeds; np.random.default_rng() without a seed cannot be replayed.")


def same_start(start, again, initializer: str) -> None:
    """Two results of num_iterations=0 under the same seed are the same."""
    if not same_value(start, again):
        raise Mismatch("two calls with num_iterations=0, NumPy seeded the same way, started from different weights",
                       hint=unseeded_start_hint(initializer))


def start_scale(W: np.ndarray, key: str, fan_in: int, initializer: str) -> None:
    """A start's weights ``W`` (``key``) look like draws from N(0, 0.01²), as the initializer's do."""
    problems = normal_scale_report(W, 0.01)
    if problems:
        raise Mismatch(f"with num_iterations=0, the {W.size} starting weights of {key} do not look like draws "
                       f"from N(0, 0.01²) ({_name_of(initializer)}): " + "; ".join(problems),
                       hint=_scale_hint(W, fan_in, initializer))


def _scale_hint(W: np.ndarray, fan_in: int, initializer: str) -> str | None:
    rms = float(np.sqrt(np.mean(W.astype(float) ** 2)))
    if not W.any():
        return ("The weights start at zero: every unit of a layer then computes the same thing, and the symmetry "
                f"is never broken. Start from {initializer}.")
    if abs(rms * np.sqrt(fan_in) - 1) < 0.2:
        return ("The weights look like randn / sqrt(n[l-1]), the initialization of the course's application "
                f"notebook. The contract's {_name_of(initializer)} multiplies randn by 0.01: call it, "
                f"{initializer}, rather than writing your own.")
    if 70 < rms / 0.01 < 140:
        return f"The weights are 100 times too large: {_name_of(initializer)} multiplies randn by 0.01."
    if W.min() >= 0:
        return "All weights are positive: np.random.rand is uniform on [0, 1); randn is the standard normal."
    return None


def _name_of(call: str) -> str:
    return call.split("(")[0]
