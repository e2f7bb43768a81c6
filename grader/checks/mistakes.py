"""Recognising known wrong answers, so feedback can name the mistake.

Two kinds: a wrong *value* is recognised by recomputing what a mistake would
have returned on the same input (:func:`returns`); an *exception* is
recognised from its type and message (:func:`exception_hint`).
"""
from __future__ import annotations

import re
from typing import Callable

import numpy as np

from grader.checks.comparisons import LINEAR_ALGEBRA, Tolerance
from grader.checks.framework import Mistake, Trial


def close(got, candidate, tolerance: Tolerance = LINEAR_ALGEBRA) -> bool:
    """``got`` is (numerically) ``candidate``: same structure and shapes, every entry within tolerance."""
    if isinstance(candidate, dict):
        return isinstance(got, dict) and set(got) == set(candidate) and all(
            close(got[k], candidate[k], tolerance) for k in candidate)
    if isinstance(candidate, (tuple, list)):
        return isinstance(got, (tuple, list)) and len(got) == len(candidate) and all(
            close(g, c, tolerance) for g, c in zip(got, candidate))
    try:
        a = np.asarray(got, dtype=float)
        b = np.asarray(candidate, dtype=float)
    except (TypeError, ValueError):
        return False
    if a.shape != b.shape or not np.all(np.isfinite(b)):
        return False
    return not tolerance.bad(a, b).any()


def returns(hint: str, candidate: Callable[[Trial], object], *, part: Callable = None, checks=(),
            tolerance: Tolerance = LINEAR_ALGEBRA) -> Mistake:
    """The mistake whose answer is ``candidate(trial)``; ``part`` picks the item of a tuple answer."""

    def matches(trial: Trial) -> bool:
        try:
            got = part(trial.value) if part else trial.value
            expected = candidate(trial)
        except Exception:  # noqa: BLE001 - the learner's value may not have the part at all
            return False
        if expected is None:
            return False
        different_from_truth = True
        try:
            truth = part(trial.expected) if part else trial.expected
            different_from_truth = not close(truth, expected, tolerance)
        except Exception:  # noqa: BLE001
            pass
        return different_from_truth and close(got, expected, tolerance)

    return Mistake(hint, matches, tuple(checks))


def when(hint: str, predicate: Callable[[Trial], bool], checks=()) -> Mistake:
    """A mistake recognised by any predicate on the trial."""

    def matches(trial: Trial) -> bool:
        try:
            return bool(predicate(trial))
        except Exception:  # noqa: BLE001
            return False

    return Mistake(hint, matches, tuple(checks))


# -- exceptions -------------------------------------------------------------
_LAYER_KEY = re.compile(r"^'?(d?[WbA])(\d+)'?$")

_EXCEPTION_HINTS: list[tuple[str, str, str]] = [
    ("", "could not be broadcast together",
     "An element-wise operation (* or +) met arrays of incompatible shapes. A matrix product is "
     "np.dot(W, A) (or W @ A), not W * A; and b must be a column of shape (n, 1)."),
    ("", "not aligned",
     "np.dot(X, Y) needs the number of columns of X to equal the number of rows of Y: check the "
     "order of the factors and where a transpose (.T) belongs."),
    ("", "mismatch in its core dimension",
     "A matrix product (@ or np.matmul) got incompatible shapes: check the order of the factors "
     "and where a transpose (.T) belongs."),
    ("", "truth value of an array",
     "Python's max, min, if, and, or looked at a whole array at once. Use element-wise NumPy "
     "instead: np.maximum, np.where, or a boolean mask."),
    ("", "only integer scalar arrays can be converted",
     "np.max reduces an array to its largest entry (its second argument is an axis). For an "
     "element-wise maximum of two things, use np.maximum."),
    ("AttributeError", "has no attribute 'int'",
     "np.int and np.float were removed from NumPy; use the built-in int and float (or np.float64)."),
    ("AttributeError", "has no attribute 'float'",
     "np.int and np.float were removed from NumPy; use the built-in int and float (or np.float64)."),
    ("NameError", "is not defined",
     "Your code uses a name that is not defined: a missing import, or a helper from a course "
     "notebook (such as dnn_utils) that is not in your folder?"),
    ("RecursionError", "",
     "The recursion went too deep: a function that calls itself without reaching a base case?"),
    ("SystemExit", "",
     "Your code called sys.exit() (or raised SystemExit). A graded function must return its result."),
    ("KeyboardInterrupt", "",
     "Your code raised KeyboardInterrupt. A graded function must return its result."),
    ("NotImplementedError", "",
     "Part of the function still raises NotImplementedError: is a branch still a stub?"),
]


def iteration_count_mistakes(descent_with: Callable[..., bool]) -> tuple[Mistake, ...]:
    """A training loop's classic miscounts, for a model whose cases carry ``context["iterations"]``
    (and ``context["plateau"]`` where the cost cannot fall).

    ``descent_with(trial, steps=k)`` says whether the result is gradient descent of ``k`` steps from
    the function's own start.
    """
    def steps(trial: Trial) -> int:
        return trial.case.context["iterations"]

    return (
        when("The parameters never change: keep what update_parameters returns "
             "(parameters = update_parameters(parameters, grads, learning_rate)).",
             lambda t: steps(t) > 0 and descent_with(t, steps=0), checks=("gradient_descent",)),
        when("It stops before num_iterations: on this data the cost cannot fall (pairs of equal inputs with opposite "
             "labels), so a loop that stops once the cost stops changing, or is small enough, stops early. Run all "
             "num_iterations iterations.",
             # 0 steps and steps − 1 steps are the mistakes just before and after this one.
             lambda t: t.case.context.get("plateau", False)
             and any(descent_with(t, steps=k) for k in range(1, steps(t) - 1)),
             checks=("gradient_descent",)),
        when("It runs one iteration too few: for i in range(num_iterations) runs exactly num_iterations.",
             lambda t: steps(t) > 1 and descent_with(t, steps=steps(t) - 1), checks=("gradient_descent",)),
        when("It runs one iteration too many: for i in range(num_iterations) runs exactly num_iterations.",
             lambda t: descent_with(t, steps=steps(t) + 1), checks=("gradient_descent",)),
    )


def _cross_entropy(A, Y, shift=0.0, shift_complement=0.0) -> float:
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.sum(Y * np.log(A + shift) + (1 - Y) * np.log(1 - A + shift_complement)) / Y.shape[1])


def log_guard_mistakes(name: str, rest: Callable[[Trial], float] = lambda trial: 0.0) -> tuple[Mistake, ...]:
    """The two guards against log(0) that change a cross-entropy cost, for cases ``(A, Y, ...)`` named ``name``;
    ``rest(trial)`` is the part of the cost beyond the cross-entropy (an L2 penalty, say).

    Clipping with eps ≤ 1e-8 leaves every probability the checks use (down to 1e-6) alone and is
    accepted; a larger clip, or eps added inside the log, shifts the cost and is named here.
    """
    def clipped(trial: Trial) -> bool:
        A, Y = trial.case.args[:2]
        got = float(trial.value) - rest(trial)
        return any(np.any(np.minimum(A, 1 - A) < eps)
                   and abs(_cross_entropy(np.clip(A, eps, 1 - eps), Y) - got) <= 1e-9 + 1e-7 * abs(got)
                   for eps in (1e-2, 1e-3, 1e-4, 1e-5))

    def epsilon_added(trial: Trial) -> bool:
        A, Y = trial.case.args[:2]
        got = float(trial.value) - rest(trial)
        return any(abs(_cross_entropy(A, Y, first, second) - got) <= 1e-12 + 1e-9 * abs(got)
                   for eps in 10.0 ** -np.arange(3, 15) for first, second in ((eps, eps), (eps, 0.0), (0.0, eps)))

    return (
        when(f"{name} is clipped too far from 0 and 1: clipping with eps ≤ 1e-8 leaves every real probability "
             "alone; a larger eps changes the cost of confident predictions.", clipped, checks=("value",)),
        when(f"np.log({name} + eps) shifts every term of the cost a little (most near 0 and 1; these checks go "
             f"down to {name} = 1e-6), enough to see. Leave {name} as it is, or clip it: "
             f"np.clip({name}, eps, 1 - eps) with eps ≤ 1e-8 changes no probability in that range.", epsilon_added,
             checks=("value",)),
    )


def exception_hint(kind: str, message: str, signature: str) -> str | None:
    """A sentence naming the likely cause of an exception, or None."""
    if kind == "KeyError":
        key = _LAYER_KEY.match(message.strip())
        if key:
            name, number = key.groups()
            container = "grads" if name.startswith("d") else "parameters"
            return (f"There is no {name}{number} in {container}: the layer count or the loop bounds are off. "
                    "parameters holds a W and a b per layer, so L = len(parameters) // 2, and layers are "
                    "numbered 1 to L.")
    if kind == "TypeError" and ("positional argument" in message or "unexpected keyword" in message):
        hint = f"The grader calls {signature}, as the contract gives it; your function's parameters differ."
        if "missing" in message and "=" in signature:
            hint += " Parameters with a default value (name=value) may be left out by the caller."
        return hint
    if kind == "IndexError" and "tuple index out of range" in message:
        return ("An index into a shape went past its end: np.squeeze (or a 1-D array) drops the axes of length 1, "
                "which breaks when m = 1 (one example) or a layer has one unit. Keep arrays 2-D and read m "
                "from .shape[1].")
    if kind == "MemoryError":
        from grader.sandbox.client import MEMORY_LIMIT

        return f"Your code tried to use more than the {MEMORY_LIMIT // 2**20} MiB of memory a graded function may use."
    if kind == "OSError" and "File too large" in message:
        return "Your code printed too much output."
    for expected_kind, fragment, hint in _EXCEPTION_HINTS:
        if (not expected_kind or expected_kind == kind) and fragment in message:
            return hint
    return None
