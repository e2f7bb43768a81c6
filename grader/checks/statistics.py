"""Statistical tests that never fail correct code by bad luck.

Every bound here is a proven tail bound (not an approximation), taken at
``ALPHA`` = 1e-10 per test. A check runs at most ten such tests, so a correct
implementation fails a check with probability below 1e-9, whatever the seed.
"""
from __future__ import annotations

import math

import numpy as np

ALPHA = 1e-10
NORMAL_WITHIN_ONE_SIGMA = math.erf(1 / math.sqrt(2))  # 0.6827


def _x(alpha: float) -> float:
    return math.log(2 / alpha)


def mean_bound(count: int, sigma: float, alpha: float = ALPHA) -> float:
    """|mean| of ``count`` draws from N(0, sigma²) exceeds this with probability < alpha.

    Gaussian tail: P(|Z| > t) <= 2 exp(-t²/2).
    """
    return sigma * math.sqrt(2 * _x(alpha)) / math.sqrt(count)


def variance_ratio_bounds(count: int, alpha: float = ALPHA) -> tuple[float, float]:
    """Bounds on sum(w²) / (count σ²) for ``count`` draws from N(0, σ²).

    sum(w²)/σ² is chi-square with ``count`` degrees of freedom; Laurent and
    Massart (2000): P(X - n >= 2 sqrt(n x) + 2x) <= e^-x and
    P(n - X >= 2 sqrt(n x)) <= e^-x, each taken at alpha/2.
    """
    x = _x(alpha)
    n = count
    return (n - 2 * math.sqrt(n * x)) / n, (n + 2 * math.sqrt(n * x) + 2 * x) / n


def fraction_bound(count: int, alpha: float = ALPHA) -> float:
    """A fraction of ``count`` independent events is off its probability by more than this
    with probability < alpha (Hoeffding: P(|p̂ - p| >= ε) <= 2 exp(-2 n ε²))."""
    return math.sqrt(_x(alpha) / (2 * count))


def normal_scale_report(weights: np.ndarray, sigma: float) -> list[str]:
    """What is wrong, if anything, with ``weights`` as draws from N(0, sigma²)."""
    w = np.asarray(weights, dtype=float).ravel()
    n = w.size
    ratio = float(np.mean(w ** 2)) / sigma ** 2
    low, high = variance_ratio_bounds(n)
    if not low <= ratio <= high:
        # The other statistics assume the scale is right: report the scale alone.
        return [f"their root mean square is {math.sqrt(ratio) * sigma:.3g}; it should be {sigma:g}"]
    problems = []
    mean = float(w.mean())
    if abs(mean) > mean_bound(n, sigma):
        problems.append(f"their mean is {mean:.3g}; draws from N(0, {sigma:g}²) average to 0")
    inside = float(np.mean(np.abs(w) <= sigma))
    if abs(inside - NORMAL_WITHIN_ONE_SIGMA) > fraction_bound(n):
        problems.append(
            f"{inside:.1%} of them lie within one standard deviation of 0; for a normal "
            f"distribution it is {NORMAL_WITHIN_ONE_SIGMA:.1%}"
        )
    return problems
