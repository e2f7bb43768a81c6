"""Judging values: types, shapes, closeness, unchanged inputs, finite differences.

Every ``expect_*`` helper returns the checked value or raises
:class:`~grader.checks.framework.Mismatch` with a sentence a learner can act on.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from grader.checks.framework import Mismatch
from grader.feedback.render import distinct_numbers, number, shape_of, show


@dataclass(frozen=True)
class Tolerance:
    """|got - expected| <= atol + rtol * |expected|, entry by entry."""

    atol: float
    rtol: float

    def bad(self, got: np.ndarray, expected: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore", over="ignore"):
            ok = np.abs(got - expected) <= self.atol + self.rtol * np.abs(expected)
        both_nan = np.isnan(got) & np.isnan(expected)
        same_inf = np.isinf(got) & (got == expected)
        return ~(ok | both_nan | same_inf)


ACTIVATION = Tolerance(1e-12, 1e-7)  # the contract: exact for moderate inputs
LINEAR_ALGEBRA = Tolerance(1e-9, 1e-7)  # room for another summation order, nothing more
COST = Tolerance(1e-9, 1e-7)
FD_TOLERANCE = 1e-6  # floored relative error: correct code ~1e-10, real bugs >= 1e-3
FD_STEP = 1e-5


def _index(index) -> str:
    return "[" + ", ".join(str(int(i)) for i in index) + "]"


def expect_sequence(value, length: int, what: str) -> tuple:
    """A tuple (or list) of ``length`` items."""
    if not isinstance(value, (tuple, list)):
        raise Mismatch(f"{what} should be a tuple of {length} items; it is {shape_of(value)}",
                       expected=f"a tuple of {length} items", got=show(value))
    if len(value) != length:
        raise Mismatch(f"{what} should have {length} items; it has {len(value)}",
                       expected=f"{length} items", got=f"{len(value)} items")
    return tuple(value)


def expect_array(value, what: str, shape: tuple, *, float_dtype: bool = True) -> np.ndarray:
    """A NumPy array of exactly ``shape`` (and of float dtype unless told otherwise)."""
    if not isinstance(value, np.ndarray):
        raise Mismatch(f"{what} should be a NumPy array of shape {shape}; it is {shape_of(value)}",
                       expected=f"an array of shape {shape}", got=show(value))
    if value.shape != tuple(shape):
        hint = None
        if len(shape) == 2 and value.shape == tuple(shape)[::-1] and shape[0] != shape[1]:
            hint = (f"{what} has the transposed shape: check the order of the factors in np.dot and where the "
                    "transpose (.T) belongs; (A·B)ᵀ = Bᵀ·Aᵀ.")
        elif len(shape) == 2 and shape[1] == 1 and value.shape == (shape[0],):
            hint = f"{what} lost its second axis: (n, 1) is not (n,). Sum with keepdims=True, or reshape to (n, 1)."
        raise Mismatch(f"{what} has shape {value.shape}; it should be {tuple(shape)}",
                       expected=f"shape {tuple(shape)}", got=f"shape {value.shape}", hint=hint)
    if float_dtype and value.dtype.kind != "f":
        raise Mismatch(f"{what} has dtype {value.dtype}; it should hold floats (float64)",
                       expected="dtype float64", got=f"dtype {value.dtype}")
    if float_dtype and value.dtype != np.float64:
        raise Mismatch(f"{what} has dtype {value.dtype}; the contract asks for float64",
                       expected="dtype float64", got=f"dtype {value.dtype}",
                       hint="float32 (or float16) keeps about 7 (or 3) significant digits: drop the dtype=... or "
                       ".astype(...) that narrows it, and NumPy keeps float64 throughout.")
    return value


def expect_finite(got: np.ndarray, expected: np.ndarray, what: str) -> None:
    """No nan or inf where the true value is finite."""
    with np.errstate(invalid="ignore"):
        bad = ~np.isfinite(got) & np.isfinite(expected)
    if bad.any():
        index = tuple(np.argwhere(bad)[0])
        raise Mismatch(
            f"{what}{_index(index)} is {number(got[index])} but should be {number(expected[index])}",
            expected=show(expected), got=show(got),
        )


def _power(x: float) -> str:
    return f"{x:g}".replace("e-0", "e-")


def expect_close(got: np.ndarray, expected: np.ndarray, what: str, tolerance: Tolerance) -> None:
    """Entry by entry within ``tolerance`` of the expected values."""
    bad = tolerance.bad(np.asarray(got, dtype=float), np.asarray(expected, dtype=float))
    if bad.any():
        index = tuple(np.argwhere(bad)[0]) if np.ndim(bad) else ()
        at = _index(index) if index else ""
        scalar = np.ndim(expected) == 0
        wanted, came = np.asarray(expected)[index], np.asarray(got)[index]
        want, have = distinct_numbers(wanted, came)
        close = number(wanted) == number(came)  # equal to six digits: say why that is still wrong
        raise Mismatch(
            f"{what}{at} should be {want}, got {have}"
            + (f": close, but not within the tolerance ({_power(tolerance.atol)} + {_power(tolerance.rtol)}·|value|)"
               if close else ""),
            expected=number(expected) if scalar else show(expected), got=number(got) if scalar else show(got),
        )


def expect_scalar(value, what: str) -> float:
    """A cost: a Python float, a NumPy float64 scalar or a 0-d float64 array (the contract's three forms)."""
    if isinstance(value, (np.floating, np.ndarray)) and value.dtype.kind == "f" and value.dtype != np.float64:
        raise Mismatch(f"{what} is a {value.dtype}; with float64 inputs it should be float64 (a Python float, "
                       f"np.float64 or a 0-d float64 array): {value.dtype} keeps fewer digits",
                       expected="a float64", got=show(value))
    if isinstance(value, float) or (isinstance(value, np.floating)):
        return float(value)
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        if value.ndim == 0:
            return float(value)
        raise Mismatch(
            f"{what} should be a single number; it is an array of shape {value.shape} "
            "(np.squeeze or float() turns it into a scalar)",
            expected="a float", got=show(value),
        )
    raise Mismatch(f"{what} should be a float; it is {shape_of(value)}", expected="a float", got=show(value))


def expect_keys(value, keys: list[str], what: str) -> dict:
    """A dict with exactly ``keys``."""
    if not isinstance(value, dict):
        raise Mismatch(f"{what} should be a dict; it is {shape_of(value)}", expected="a dict", got=show(value))
    missing = [k for k in keys if k not in value]
    extra = [k for k in value if k not in keys]
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(repr(k) for k in missing))
        if extra:
            parts.append("unexpected " + ", ".join(repr(k) for k in extra))
        raise Mismatch(f"{what} has the wrong keys: {'; '.join(parts)}",
                       expected=", ".join(repr(k) for k in keys), got=", ".join(repr(k) for k in value))
    return value


def same_value(a, b) -> bool:
    """Exactly equal plain data (arrays bit for bit in value, nan where nan)."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        if a.shape != b.shape or a.dtype != b.dtype:
            return False
        return bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    return type(a) is type(b) and (a == b or (a != a and b != b))


def batched_central_difference(f, x: np.ndarray, step: float = FD_STEP) -> np.ndarray:
    """Gradient of scalar ``f`` at ``x`` by central differences, every perturbation in one call.

    ``f`` takes a stack of inputs (shape (k, *x.shape)) and returns their k
    values: networks broadcast over that leading axis, so one forward pass
    replaces 2·x.size of them.
    """
    x = np.asarray(x, dtype=float)
    count = x.size
    bumps = np.eye(count).reshape((count,) + x.shape) * step
    values = f(np.concatenate([x + bumps, x - bumps]))
    return ((values[:count] - values[count:]) / (2 * step)).reshape(x.shape)


def elementwise_slope(g, Z: np.ndarray, step: float = FD_STEP) -> np.ndarray:
    """g'(Z) for an element-wise g, by central differences."""
    with np.errstate(over="ignore", invalid="ignore"):
        return (g(Z + step) - g(Z - step)) / (2 * step)


def fd_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """||a - n|| / (1 + ||a|| + ||n||): floored, so a true gradient of 0 is not a division by 0."""
    a = np.asarray(analytic, dtype=float)
    n = np.asarray(numeric, dtype=float)
    return float(np.linalg.norm(a - n) / (1 + np.linalg.norm(a) + np.linalg.norm(n)))


def expect_gradient(got: np.ndarray, numeric: np.ndarray, what: str, of: str) -> None:
    """``got`` agrees with a finite-difference gradient."""
    if not np.all(np.isfinite(got)):
        raise Mismatch(f"{what} contains nan or inf", expected=show(numeric), got=show(got))
    error = fd_error(got, numeric)
    if error > FD_TOLERANCE:
        raise Mismatch(
            f"{what} does not match the slope of {of} measured by finite differences "
            f"(relative error {error:.1e})",
            expected=show(numeric), got=show(got),
        )
