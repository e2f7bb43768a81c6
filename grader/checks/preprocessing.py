"""Checks for ``preprocessing``.

Features are rows, examples are columns; every statistic is taken over the m
examples (axis=1) and kept as a column (n, 1).

* ``zero_center`` and ``normalize`` are compared with the row means and the
  population standard deviation (np.std, ddof=0) on small arrays of any shape
  (m = 1, n = 1 included), on arrays with constant features, and on arrays
  around 1e6 (where mean(X²) − mean(X)² loses most of its digits and float32
  keeps too few). A constant feature must come out as 0, without nan
  or inf; the std reported for it may be 0 or 1. Constant features are only
  built from exactly representable values, so that the row mean is exact and
  the usual ``std == 0`` test finds them. ``X_norm`` and ``std`` are judged to
  1e-5 relative: an epsilon of 1e-8 or less added to std (or to the variance)
  passes, 1e-5 does not (the feature's std would no longer be 1 to five digits).
  Features of a small spread (std 2e-5 to 4e-5, not constant) must be scaled
  too: a guard that takes them for constant (std < 1e-4, say) fails; there the
  tolerance is 1e-3, so an epsilon of 1e-8 still passes (np.isclose(std, 0),
  whose threshold is 1e-8, passes as well).
* ``pca`` data are built with clearly distinct variances along random
  orthogonal axes (standard deviations drawn from 6, 4, 3, 2, 1.5, 1, 0.5), so
  every principal direction is well defined; k goes from 1 to n (to the rank
  when there are fewer examples than features). What is free and accepted:
  the sign of every component (compared column by column up to sign, and
  ``X_reduced`` is checked against the learner's own components), SVD of the
  data or eigendecomposition of the covariance, 1/m or 1/(m − 1) (same
  directions), float rounding. With fewer examples than features some fixed
  cases are ones where np.linalg.eig returns a complex pair for the zero
  variances (under every usual way of forming the covariance): its real part
  is accepted, a complex result is not (the contract asks for float arrays).
* ``whiten`` is judged by what whitening means rather than by one formula:
  the result must be a linear function of the centred data (so its rows have
  zero mean) whose covariance (1/m)·Y·Yᵀ has the spectrum that
  diag(1/sqrt(λ + eps))·Uᵀ·(X − mean) gives, λ/(λ + eps), with λ the variances
  along the principal axes (1/m); or λ/(λ' + eps) with λ' = λ·m/(m − 1), for a
  covariance normalised by m − 1. Any linear map with that spectrum is
  accepted: every sign and order of the components, ZCA whitening
  (U·diag·Uᵀ), whitening through the Cholesky factor of cov + eps·I. The eps
  shrinkage is part of the contract: it is tested with eps from 1e-5 to 2, and
  the default on data with a direction of variance 1e-4 (where eps = 1e-5
  leaves 0.91 of it). A direction of zero variance (fewer examples than
  features, a duplicated feature) must stay 0, without nan or inf (and real:
  the cases where np.linalg.eig turns complex are tried, as for pca). m = 1 is
  not tried for pca and whiten (with 1/(m − 1) the covariance of one example
  is 0/0).

No function here draws random numbers, so no check is statistical: every
verdict is deterministic, and a correct implementation never fails by chance
(false-failure probability 0, under any seed).
"""
from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import Tolerance
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import number, show

CENTRED = Tolerance(1e-8, 1e-7)  # room for another summation order, around 1e6 too
MEAN = Tolerance(1e-9, 1e-9)
SCALED = Tolerance(1e-9, 1e-5)  # X_norm and std: a tiny epsilon guard passes, ddof=1 (≥ 1%) does not
SMALL_SCALED = Tolerance(0.0, 1e-3)  # the same for features whose std is about 3e-5 (see feature_case)
DIRECTION = 1e-6  # ‖component − (±) true direction‖
SPECTRUM = Tolerance(1e-7, 1e-6)
LARGE_OFFSETS = (-1e6, 1e6, 3e6)


# -- the truth, written independently of solutions/ -----------------------------------------
def true_mean(X: np.ndarray) -> np.ndarray:
    return X.mean(axis=1, keepdims=True)


def true_std(X: np.ndarray) -> np.ndarray:
    return np.sqrt(((X - true_mean(X)) ** 2).mean(axis=1, keepdims=True))


def constant_rows(X: np.ndarray) -> np.ndarray:
    """(n,) booleans: features whose every value is the same."""
    return X.max(axis=1) == X.min(axis=1)


def true_normalize(X: np.ndarray) -> np.ndarray:
    constant = constant_rows(X)[:, None]
    return np.where(constant, 0.0, (X - true_mean(X)) / np.where(constant, 1.0, true_std(X)))


def principal_axes(X: np.ndarray, ddof: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Variances λ (descending, never negative) and the principal directions (columns)."""
    Xc = X - true_mean(X)
    lam, U = np.linalg.eigh(Xc @ Xc.T / (X.shape[1] - ddof))
    return np.maximum(lam[::-1], 0.0), U[:, ::-1]


def _axes(trial: Trial, ddof: int = 0):
    key = f"axes{ddof}"
    if key not in trial.extra:
        trial.extra[key] = principal_axes(trial.case.args[0], ddof)
    return trial.extra[key]


def _digits(got: float, want: float) -> tuple[str, str]:
    """Both numbers, with enough digits to see that they differ."""
    a, b = number(got), number(want)
    if a == b:
        a, b = f"{float(got):.17g}", f"{float(want):.17g}"
    return a, b


def expect_near(got: np.ndarray, expected: np.ndarray, what: str, tolerance: Tolerance) -> None:
    """Entry by entry within ``tolerance``; the message shows as many digits as it takes."""
    bad = tolerance.bad(np.asarray(got, dtype=float), np.asarray(expected, dtype=float))
    if bad.any():
        index = tuple(np.argwhere(bad)[0])
        at = "[" + ", ".join(str(int(i)) for i in index) + "]"
        g, e = _digits(got[index], expected[index])
        raise Mismatch(f"{what}{at} should be {e}, got {g}", expected=show(expected), got=show(got))


def _ordinal(j: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(j, f"{j}th")


# -- cases ------------------------------------------------------------------------------------
def feature_case(shape, seed, kind: str = "typical") -> Case:
    """Features of different scales and offsets; about one in four constant (exact values only).

    ``kind="large"``: offsets around 1e6, non-constant features on a 0.01 grid (not exact in binary).
    ``kind="small"``: every non-constant feature has a small spread, -4e-5 to 4e-5 in steps of 1e-5
    around its offset: standard deviations from 2e-5 to 4e-5, real features that are not constant.
    """
    n, m_ = shape
    rng = s.generator(seed)
    scale = rng.choice([0.5, 1.0, 2.0, 4.0], size=(n, 1))
    offset = s.quarters(rng, (n, 1), limit=8.0)
    constant = rng.rand(n, 1) < 0.25
    if kind == "large":
        offset = offset + rng.choice(LARGE_OFFSETS, size=(n, 1))
        spread = np.round(rng.uniform(-5, 5, size=(n, m_)), 2)
    elif kind == "small":
        steps = rng.randint(-4, 5, size=(n, m_))
        steps[:, :2] = [-4, 4][:m_]
        spread = steps / 1e5
    else:
        spread = s.quarters(rng, (n, m_)) * scale
    X = np.where(constant, 0.0, spread) + offset
    if kind == "small":
        X = np.round(X, 5)  # short decimals to show; constant features stay exact (multiples of 0.25)
    return Case((X,), context={"large": kind == "large", "small": kind == "small"})


def _cases(build, kind="typical", max_n=5, max_m=8, min_m=1):
    return st.tuples(st.integers(1, max_n), st.integers(min_m, max_m), s.SEEDS).map(
        lambda t: build((t[0], t[1]), t[2], kind))


SCALES = np.array([6.0, 4.0, 3.0, 2.0, 1.5, 1.0, 0.5])


def principal_data(n: int, m_: int, seed: int, *, large: bool = False, tiny: bool = False,
                   duplicate: bool = False) -> np.ndarray:
    """(n, m) data whose variances along random orthogonal axes are clearly distinct.

    The centred data is Q·diag(scales)·Vᵀ·sqrt(m) with Q a random rotation and V
    orthonormal columns orthogonal to the ones vector, so the variances (1/m)
    are exactly scales²; rounding to 0.01 then moves them a little. There are
    min(n, m − 1) of them; the others are 0. ``tiny`` makes the smallest
    standard deviation 0.01 (where eps matters), ``duplicate`` repeats the
    first feature as the last (a direction of exactly zero variance).
    """
    rng = s.generator(seed)
    rank = min(n, m_ - 1)
    scales = np.sort(rng.choice(SCALES, size=rank, replace=False))[::-1]
    decimals = 2
    if tiny:
        scales[-1] = 0.01
        decimals = 4
    G = rng.randn(m_, rank)
    V = np.linalg.qr(G - G.mean(axis=0))[0]
    Q = np.linalg.qr(rng.randn(n, n))[0]
    offset = s.quarters(rng, (n, 1), limit=5.0)
    if large:
        offset = offset + rng.choice(LARGE_OFFSETS, size=(n, 1))
    X = np.round(Q[:, :rank] @ (scales[:, None] * V.T) * np.sqrt(m_) + offset, decimals)
    if duplicate and n > 1:
        X[-1] = X[0]
    return X


def well_separated(X: np.ndarray, k: int) -> bool:
    """The top k directions are well defined: each variance is clear of the next one."""
    lam, _ = principal_axes(X)
    lam = np.append(lam, 0.0)
    return bool(np.all(lam[:k] - lam[1:k + 1] > 0.1))


def pca_case(n: int, m_: int, k: int, seed: int, *, large: bool = False) -> Case:
    return Case((principal_data(n, m_, seed, large=large), k), context={"large": large})


def _pca_cases(*, large: bool = False, few: bool = False):
    def build(t):
        n, extra, k_pick, seed = t
        if few:
            n = max(n, 3)
            m_ = 2 + extra % (n - 1)  # 2 .. n: fewer examples than features + 1
        else:
            m_ = n + 1 + extra
        rank = min(n, m_ - 1)
        return pca_case(n, m_, 1 + k_pick % rank, seed, large=large)

    return st.tuples(st.integers(1, 5), st.integers(0, 7), st.integers(0, 4), s.SEEDS).map(build).filter(
        lambda c: well_separated(c.args[0], c.args[1]))


EPSILONS = (1e-5, 1e-3, 0.01, 0.1, 0.5, 1.0, 2.0)


def whiten_case(n: int, m_: int, seed: int, eps=None, *, keyword: bool = False, **data) -> Case:
    """``keyword``: eps passed by name, as callers of a defaulted parameter often do."""
    X = principal_data(n, m_, seed, **data)
    if eps is None:
        return Case((X,))
    return Case((X,), {"eps": eps}) if keyword else Case((X, eps))


def _whiten_cases(*, large: bool = False, deficient: bool = False, default: bool = False):
    def build(t):
        n, extra, eps, seed = t
        if deficient:
            n = max(n, 2)
            if seed % 2:
                return whiten_case(n, n + 1 + extra, seed, eps, duplicate=True)
            return whiten_case(n, 2 + extra % (n - 1), seed, eps)
        if default:
            return whiten_case(n, n + 1 + extra, seed, tiny=True)
        return whiten_case(n, n + 1 + extra, seed, eps, large=large)

    return st.tuples(st.integers(1, 5), st.integers(0, 7), st.sampled_from(EPSILONS), s.SEEDS).map(build)


# -- shared pieces -------------------------------------------------------------------------------
def _X(trial: Trial) -> np.ndarray:
    return trial.case.args[0]


def _item(trial: Trial, index: int, shape) -> np.ndarray:
    """Item ``index`` of the learner's tuple, when it is a float array of ``shape``."""
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) <= index:
        raise NotApplicable()
    item = value[index]
    if not isinstance(item, np.ndarray) or item.shape != tuple(shape) or item.dtype.kind not in "biuf":
        raise NotApplicable()
    return item.astype(float)


def _column(X: np.ndarray) -> np.ndarray:
    return np.zeros((X.shape[0], 1))


def mean_check(index: int) -> Check:
    def verify(trial: Trial) -> None:
        X = _X(trial)
        got = _item(trial, index, (X.shape[0], 1))
        expect_near(got, true_mean(X), "mean", MEAN)

    return Check("mean", "mean holds the mean of every feature (row), over the m examples, shape (n, 1)", verify)


# -- zero_center ----------------------------------------------------------------------------------
ZERO_CENTER = ("the result (X_centered, mean)", ["X_centered", "mean"])


def centred(trial: Trial) -> None:
    X = _X(trial)
    got = _item(trial, 0, X.shape)
    expected = X - true_mean(X)
    if not np.all(np.isfinite(got)):
        raise Mismatch("X_centered contains nan or inf", expected=show(expected), got=show(got))
    expect_near(got, expected, "X_centered", CENTRED)


def _value(trial: Trial, index: int):
    value = trial.value
    return value[index] if isinstance(value, (tuple, list)) and len(value) > index else None


def _mean_over_examples_axis0(trial: Trial) -> bool:
    """The mean (an array) holds one number per example, or X_centered subtracts those."""
    X = _X(trial)
    mean = _value(trial, 1)
    centred_ = _value(trial, 0)
    per_example = X.mean(axis=0)
    if X.shape[0] == 1:
        return False
    return (isinstance(mean, np.ndarray) and mean.shape in ((1, X.shape[1]), (X.shape[1],))
            and m.close(np.ravel(mean), per_example)) or (X.shape[1] > 1 and m.close(centred_, X - per_example))


AXIS_HINT = ("The mean is taken over the examples, along axis=1 (each row is a feature, each column an example): "
             "np.mean(X, axis=1, keepdims=True). axis=0 averages the features of each example instead.")
KEEPDIMS_HINT = ("np.mean(X, axis=1) has shape (n,): the axis it averaged over is gone. Keep it with "
                 "keepdims=True (or .reshape(-1, 1)), so mean is a column (n, 1) that broadcasts over the m columns.")
GLOBAL_HINT = ("np.mean(X) without an axis averages every entry of X into one number; each feature (row) needs "
               "its own mean: np.mean(X, axis=1, keepdims=True).")
FLOAT32_HINT = ("The result has lost precision: float32 keeps only about 7 significant digits, so around 1e6 "
                "nothing is left of the decimals. Keep X in float64.")
BROADCAST_HINT = ("Subtracting an (n,) array from an (n, m) array lines it up with the columns, not the rows. "
                  "Compute the mean with keepdims=True (shape (n, 1)) so it broadcasts over the examples.")
RESHAPE_HINT = ("A shape seems hard-coded: the grader tries every n and m. Reshape with -1 (mean.reshape(-1, 1)) "
                "or use keepdims=True, and read sizes from X.shape.")
SHAPE_HINTS = (("ValueError", "could not be broadcast", BROADCAST_HINT),
               ("ValueError", "cannot reshape", RESHAPE_HINT))
ONE_FEATURE_HINT = ("With one feature (n = 1), np.cov(X) returns a 0-d array, which np.linalg cannot decompose: "
                    "wrap it, np.atleast_2d(np.cov(X)), or compute the covariance as Xc @ Xc.T / m (always (n, n)).")
LINALG_HINTS = SHAPE_HINTS + (("LinAlgError", "0-dimensional", ONE_FEATURE_HINT),)
WHITEN_BROADCAST_HINT = (
    "An (n,) array lines up with the columns of an (n, m) array, not with its rows. Make it a column: the mean "
    "with keepdims=True, and the scales as np.sqrt(lam + eps)[:, None] (or .reshape(-1, 1)), so that row i of "
    "the rotated data is divided by its own sqrt(lam[i] + eps).")
WHITEN_HINTS = (("ValueError", "could not be broadcast", WHITEN_BROADCAST_HINT),) + LINALG_HINTS[1:]


def _global_mean(trial: Trial) -> bool:
    """The mean of all of X: one number, or that number in every entry of the mean."""
    mean = _value(trial, 1)
    X = _X(trial)
    if X.shape[0] < 2 or np.ptp(true_mean(X)) == 0 or not isinstance(mean, (float, np.floating, np.ndarray)):
        return False
    values = np.ravel(np.asarray(mean, dtype=float))
    return values.size > 0 and m.close(values, np.full(values.shape, X.mean()))


def _flat(index: int):
    def matches(trial: Trial) -> bool:
        item = _value(trial, index)
        return isinstance(item, np.ndarray) and item.shape == (_X(trial).shape[0],)
    return matches


def _swapped(trial: Trial) -> bool:
    value = trial.value
    X = _X(trial)
    return (isinstance(value, (tuple, list)) and len(value) >= 2 and np.shape(value[0]) == (X.shape[0], 1)
            and np.shape(value[1]) == X.shape and X.shape[1] != 1)


def _not_a_tuple(trial: Trial) -> bool:
    return isinstance(trial.value, np.ndarray)


def _float32(trial: Trial) -> bool:
    value = trial.value
    items = value if isinstance(value, (tuple, list)) else (value,)
    return any(isinstance(v, np.ndarray) and v.dtype == np.float32 for v in items)


ZERO_CENTER_MISTAKES = (
    m.when(AXIS_HINT, _mean_over_examples_axis0),
    m.when(KEEPDIMS_HINT, _flat(1), checks=("structure",)),
    m.when(GLOBAL_HINT, _global_mean),
    m.when("The result is (X_centered, mean), in this order.", _swapped, checks=("structure",)),
    m.when("Return both parts: return X_centered, mean (a tuple).", _not_a_tuple, checks=("structure",)),
    m.when(FLOAT32_HINT, _float32),
)


# -- normalize ------------------------------------------------------------------------------------
NORMALIZE = ("the result (X_norm, mean, std)", ["X_norm", "mean", "std"])


def _scaled(trial: Trial) -> Tolerance:
    """SCALED; for features of a small spread (about 3e-5), three digits, so that an epsilon of 1e-8
    added to std still passes there while a guard that takes them for constant (std < 1e-4) does not."""
    return SMALL_SCALED if trial.case.context.get("small") else SCALED


def std_check(trial: Trial) -> None:
    X = _X(trial)
    got = _item(trial, 2, (X.shape[0], 1))
    constant = constant_rows(X)
    truth = true_std(X)
    for i in np.flatnonzero(constant):
        if not (abs(got[i, 0]) <= 1e-6 or abs(got[i, 0] - 1) <= 1e-6):
            raise Mismatch(f"std[{i}] is {number(got[i, 0])} for a constant feature; accepted: 0 (its standard "
                           "deviation) or 1 (what it is divided by)", expected=show(truth), got=show(got))
    expect_near(np.where(constant[:, None], truth, got), truth, "std", _scaled(trial))


def constant_features(trial: Trial) -> None:
    X = _X(trial)
    got = _item(trial, 0, X.shape)
    constant = constant_rows(X)
    if not constant.any():
        raise NotApplicable()
    rows = got[constant]
    if not np.all(np.isfinite(rows)) or np.any(np.abs(rows) > 1e-9):
        i = int(np.flatnonzero(constant)[np.argmax(~np.isfinite(rows).all(axis=1) | (np.abs(rows) > 1e-9).any(
            axis=1))])
        raise Mismatch(f"feature {i} is constant ({number(X[i, 0])} everywhere), so X_norm[{i}] should be all 0; "
                       f"got {show(got[i:i + 1])}", expected=show(true_normalize(X)), got=show(got))


def normalized(trial: Trial) -> None:
    X = _X(trial)
    got = _item(trial, 0, X.shape)
    keep = ~constant_rows(X)
    if not keep.any():
        raise NotApplicable()
    expected = true_normalize(X)
    rows = np.flatnonzero(keep)
    sub = got[keep]
    if not np.all(np.isfinite(sub)):
        raise Mismatch("X_norm contains nan or inf", expected=show(expected), got=show(got))
    means = sub.mean(axis=1)
    stds = np.sqrt(((sub - means[:, None]) ** 2).mean(axis=1))
    for i, mean, std in zip(rows, means, stds):
        if abs(mean) > 1e-6 * (1 + np.abs(sub).max()):
            raise Mismatch(f"X_norm[{i}] has mean {number(mean)}; every feature should have mean 0",
                           expected=show(expected), got=show(got))
        if abs(std - 1) > _scaled(trial).rtol:
            raise Mismatch(f"X_norm[{i}] has standard deviation {number(std)}; every feature should have "
                           "standard deviation 1 (np.std, ddof=0)", expected=show(expected), got=show(got))
    expect_near(np.where(keep[:, None], got, expected), expected, "X_norm", _scaled(trial))


def _centred_by_std(trial: Trial, std: np.ndarray) -> np.ndarray:
    X = _X(trial)
    return (X - true_mean(X)) / std


def _non_constant(trial: Trial) -> np.ndarray:
    return ~constant_rows(_X(trial))


def _normalized_as(candidate):
    """X_norm (non-constant features) or std equals what ``candidate`` gives."""
    def matches(trial: Trial) -> bool:
        X = _X(trial)
        keep = _non_constant(trial)
        if not keep.any():
            return False
        x_norm, std = candidate(trial)
        got_x, got_std = _value(trial, 0), _value(trial, 2)
        truth_x, truth_std = true_normalize(X), true_std(X)
        hit = False
        if x_norm is not None and isinstance(got_x, np.ndarray) and got_x.shape == X.shape:
            hit |= m.close(got_x[keep], x_norm[keep], SCALED) and not m.close(x_norm[keep], truth_x[keep], SCALED)
        if std is not None and isinstance(got_std, np.ndarray) and got_std.shape == truth_std.shape:
            hit |= m.close(got_std[keep], std[keep], SCALED) and not m.close(std[keep], truth_std[keep], SCALED)
        return hit
    return matches


def _ddof1(trial: Trial):
    X = _X(trial)
    if X.shape[1] < 2:
        return None, None
    std1 = X.std(axis=1, ddof=1, keepdims=True)
    return _centred_by_std(trial, std1), std1


def _variance(trial: Trial):
    var = true_std(_X(trial)) ** 2
    return _centred_by_std(trial, var), var


def _not_centred(trial: Trial):
    X = _X(trial)
    return X / true_std(X), None


def _min_max(trial: Trial):
    X = _X(trial)
    low, high = X.min(axis=1, keepdims=True), X.max(axis=1, keepdims=True)
    return (X - low) / (high - low), None


def _shrunk_rows(trial: Trial):
    """(shrink factors, true stds) when every non-constant row of X_norm is the right one times a factor
    r_i in (0, 1): the sign of a divisor grown by some epsilon; else None."""
    X = _X(trial)
    keep = _non_constant(trial)
    got = _value(trial, 0)
    if not keep.any() or not isinstance(got, np.ndarray) or got.shape != X.shape or got.dtype.kind not in "biuf":
        return None
    truth = true_normalize(X)[keep]
    sub = got[keep].astype(float)
    if not np.all(np.isfinite(sub)):
        return None
    r = (sub * truth).sum(axis=1) / (truth * truth).sum(axis=1)
    if not (np.all((r > 1e-6) & (r < 1 - 1e-7)) and m.close(sub, r[:, None] * truth, SCALED)):
        return None
    return r, true_std(X)[keep, 0]


def _epsilon_guard(trial: Trial) -> bool:
    """X_norm = (X − mean) / (std + e), or / sqrt(var + e), with one e > 0 for every feature."""
    shrunk = _shrunk_rows(trial)
    if shrunk is None:
        return False
    r, std = shrunk
    if r.size < 2 and r.min() < 0.9:
        return False  # one feature: any shrinking fits "one e", so only a slight one says epsilon
    for e in (std * (1 / r - 1), std ** 2 * (1 / r ** 2 - 1)):
        if np.all(e > 0) and np.ptp(e) <= 0.05 * e.max():
            return True
    return False


def _constant_std_epsilon(trial: Trial) -> bool:
    """The std of a constant feature comes back as a small positive number: sqrt(eps) or eps."""
    std = _value(trial, 2)
    constant = constant_rows(_X(trial))
    if not isinstance(std, np.ndarray) or std.shape != (_X(trial).shape[0], 1) or not constant.any():
        return False
    values = std[constant, 0].astype(float)
    return bool(np.all((values > 1e-6) & (values < 0.05)))


def _small_spread_as_constant(trial: Trial) -> bool:
    """A feature of small but nonzero spread comes back unscaled (or as 0), or its std as 1."""
    if not trial.case.context.get("small"):
        return False
    X = _X(trial)
    keep = _non_constant(trial)
    got, std = _value(trial, 0), _value(trial, 2)
    centred = X - true_mean(X)
    for i in np.flatnonzero(keep):
        if isinstance(got, np.ndarray) and got.shape == X.shape and (
                m.close(got[i], centred[i], SCALED) or m.close(got[i], X[i], SCALED) or not np.any(got[i])):
            return True
        if isinstance(std, np.ndarray) and std.shape == (X.shape[0], 1) and std[i, 0] == 1:
            return True
    return False


def _swapped_mean_std(trial: Trial) -> bool:
    X = _X(trial)
    mean, std = _value(trial, 1), _value(trial, 2)
    return (not m.close(true_mean(X), true_std(X)) and m.close(mean, true_std(X), SCALED)
            and m.close(std, true_mean(X), SCALED))


def _constant_nan(trial: Trial) -> bool:
    got = _value(trial, 0)
    constant = constant_rows(_X(trial))
    return isinstance(got, np.ndarray) and got.shape == _X(trial).shape and not np.all(np.isfinite(got[constant]))


def _lost_precision(trial: Trial) -> bool:
    """Around 1e6, right to two or three digits but not to five: cancellation or float32."""
    if not trial.case.context.get("large"):
        return False
    X = _X(trial)
    keep = _non_constant(trial)
    got = _value(trial, 2)
    if not keep.any() or not isinstance(got, np.ndarray) or got.shape != (X.shape[0], 1):
        return False
    truth = true_std(X)[keep]
    error = np.abs(got[keep] - truth) / truth
    return bool(np.all(np.isfinite(error)) and error.max() > 1e-5 and np.median(error) < 0.2) or _float32(trial)


def _ddof1_one_example(trial: Trial) -> bool:
    std = _value(trial, 2)
    return _X(trial).shape[1] == 1 and isinstance(std, np.ndarray) and bool(np.isnan(std).all())


NORMALIZE_MISTAKES = (
    m.when("With one example (m = 1) ddof=1 divides by m − 1 = 0. np.std's default, ddof=0 (divide by m), is the "
           "contract's.", _ddof1_one_example, checks=("std",)),
    m.when("np.std divides by m (ddof=0, the population standard deviation), and so does this contract; "
           "ddof=1 divides by m − 1.", _normalized_as(_ddof1)),
    m.when("Divide by the standard deviation (the square root of the variance), not by the variance.",
           _normalized_as(_variance)),
    m.when("Subtract the mean first: X_norm = (X − mean) / std, so every feature ends with mean 0.",
           _normalized_as(_not_centred)),
    m.when("This is min-max scaling (into [0, 1]); normalize means zero mean and unit standard deviation: "
           "(X − mean) / std.", _normalized_as(_min_max)),
    m.when("A constant feature has std = 0, and 0 / 0 is nan: divide by 1 where std is 0 "
           "(np.where(std == 0, 1, std)), so the feature stays 0.", _constant_nan,
           checks=("constant_features",)),
    m.when("The result is (X_norm, mean, std), in this order.", _swapped_mean_std),
    m.when("A feature with a small spread is not constant: it must still come out with standard deviation 1. "
           "Treat a feature as constant only when its std is 0 (or below a tiny threshold such as 1e-12), not "
           "when it is merely small.", _small_spread_as_constant),
    m.when("X_norm is a little too small: an epsilon added to std (or to the variance) shrinks every feature, "
           "and features with a small spread the most. Divide by the exact std, and treat constant features "
           "(std = 0) on their own.", _epsilon_guard),
    m.when("The std of a constant feature should be 0 (or 1 if that is what you divide by); a small positive "
           "number there usually means an epsilon was added to the variance or to std. Divide by the exact std, "
           "and treat constant features (std = 0) on their own.", _constant_std_epsilon, checks=("std",)),
    m.when("Around 1e6 the standard deviation has lost its precision: mean(X²) − mean(X)² subtracts two huge, "
           "nearly equal numbers (catastrophic cancellation), and float32 keeps only about 7 digits. Use "
           "np.std(X, axis=1, keepdims=True), or np.mean((X − mean)², ...), in float64.", _lost_precision),
    m.when("np.mean(X) and np.std(X) without an axis summarise every entry of X in one number; each feature "
           "(row) needs its own: axis=1, keepdims=True.", _global_mean),
    m.when(AXIS_HINT, _mean_over_examples_axis0),
    m.when(KEEPDIMS_HINT, lambda t: _flat(1)(t) or _flat(2)(t), checks=("structure",)),
    m.when("Return all three parts: return X_norm, mean, std (a tuple).", _not_a_tuple, checks=("structure",)),
)


# -- pca -----------------------------------------------------------------------------------------
def _pca_template(trial: Trial):
    X, k = trial.case.args
    return np.zeros((k, X.shape[1])), np.zeros((X.shape[0], k))


PCA = ("the result (X_reduced, components)", ["X_reduced", "components"])


def _components(trial: Trial) -> np.ndarray:
    X, k = trial.case.args
    C = _item(trial, 1, (X.shape[0], k))
    if not np.all(np.isfinite(C)):
        raise NotApplicable()
    return C


def orthonormal(trial: Trial) -> None:
    C = _components(trial)
    gram = C.T @ C
    eye = np.eye(C.shape[1])
    bad = np.abs(gram - eye) > 1e-6
    if bad.any():
        i, j = np.argwhere(bad)[0]
        what = (f"components[:, {i}] has length {number(np.sqrt(gram[i, i]))}; it should be 1" if i == j else
                f"components[:, {i}] and components[:, {j}] are not orthogonal (dot product {number(gram[i, j])})")
        raise Mismatch(what, expected="componentsᵀ·components = identity", got=show(gram))


def directions(trial: Trial) -> None:
    C = _components(trial)
    lam, U = _axes(trial)
    X = _X(trial)
    Xc = X - true_mean(X)
    for j in range(C.shape[1]):
        c = C[:, j]
        norm = np.linalg.norm(c)
        if norm == 0:
            raise Mismatch(f"components[:, {j}] is all zeros")
        c = c / norm
        if min(np.linalg.norm(c - U[:, j]), np.linalg.norm(c + U[:, j])) > DIRECTION:
            variance = float(np.mean((c @ Xc) ** 2))
            angle = float(np.degrees(np.arccos(min(1.0, abs(float(c @ U[:, j]))))))
            raise Mismatch(
                f"components[:, {j}] should be the {_ordinal(j + 1)} principal direction (either sign), along which "
                f"the data has variance {number(lam[j])}; yours is {angle:.3g}° away from it, and the variance along "
                f"it is {_digits(variance, lam[j])[0]}", expected=f"±{show(U[:, j])}", got=show(C[:, j]))


def projection(trial: Trial) -> None:
    X, k = trial.case.args
    C = _components(trial)
    got = _item(trial, 0, (k, X.shape[1]))
    expected = C.T @ (X - true_mean(X))
    if not np.all(np.isfinite(got)):
        raise Mismatch("X_reduced contains nan or inf", expected=show(expected), got=show(got))
    expect_near(got, expected, "X_reduced", CENTRED)


def _eigvecs_match(C: np.ndarray, U: np.ndarray) -> list:
    """For each column of C, the index of the column of U it is (up to sign), or None."""
    found = []
    for c in C.T:
        norm = np.linalg.norm(c)
        hit = None
        if norm > 0:
            for i, u in enumerate(U.T):
                if min(np.linalg.norm(c / norm - u), np.linalg.norm(c / norm + u)) <= 1e-5:
                    hit = i
                    break
        found.append(hit)
    return found


def _matched(trial: Trial):
    try:
        C = _components(trial)
    except NotApplicable:
        return None
    lam, U = _axes(trial)
    found = _eigvecs_match(C, U)
    k = C.shape[1]
    if None in found or found == list(range(k)):
        return None
    return found


def _uncentred_axes(trial: Trial) -> bool:
    try:
        C = _components(trial)
    except NotApplicable:
        return False
    X = _X(trial)
    _, U = np.linalg.eigh(X @ X.T)
    found = _eigvecs_match(C, U[:, ::-1])
    return found == list(range(C.shape[1]))


def _as_rows(trial: Trial) -> bool:
    X, k = trial.case.args
    item = _value(trial, 1)
    if not isinstance(item, np.ndarray) or item.shape != (k, X.shape[0]):
        return False
    _, U = _axes(trial)
    return _eigvecs_match(item.T, U) == list(range(k))


def _reduced_uncentred(trial: Trial) -> bool:
    X, k = trial.case.args
    try:
        C = _components(trial)
        got = _item(trial, 0, (k, X.shape[1]))
    except NotApplicable:
        return False
    return m.close(got, C.T @ X, CENTRED) and not m.close(C.T @ X, C.T @ (X - true_mean(X)), CENTRED)


def _reduced_transposed(trial: Trial) -> bool:
    X, k = trial.case.args
    item = _value(trial, 0)
    return isinstance(item, np.ndarray) and item.shape == (X.shape[1], k) != (k, X.shape[1])


def _k_ignored(trial: Trial) -> bool:
    X, k = trial.case.args
    item = _value(trial, 1)
    return isinstance(item, np.ndarray) and item.ndim == 2 and item.shape[0] == X.shape[0] and item.shape[1] != k


def _standardized_axes(trial: Trial) -> bool:
    try:
        C = _components(trial)
    except NotApplicable:
        return False
    X = _X(trial)
    std = true_std(X)
    if not np.all(std > 0):
        return False
    Z = (X - true_mean(X)) / std
    _, U = np.linalg.eigh(Z @ Z.T)
    return _eigvecs_match(C, U[:, ::-1]) == list(range(C.shape[1]))


def _pca_lost_precision(trial: Trial) -> bool:
    """Around 1e6, directions right to two or three digits but not to six: cancellation in the covariance."""
    if not trial.case.context.get("large"):
        return False
    try:
        C = _components(trial)
    except NotApplicable:
        return False
    _, U = _axes(trial)
    gaps = [min(np.linalg.norm(c / np.linalg.norm(c) - u), np.linalg.norm(c / np.linalg.norm(c) + u))
            for c, u in zip(C.T, U.T)]
    return max(gaps) > DIRECTION and max(gaps) < 0.1


EIG_COMPLEX_HINT = ("np.linalg.eig returned complex numbers: with fewer examples than features several variances "
                    "are 0, and rounding can turn them into a complex pair (±1e-17j), which makes every result "
                    "complex. For a symmetric matrix such as the covariance use np.linalg.eigh (real, ascending) or "
                    "np.linalg.svd (descending); or keep the real part, np.real(...).")

PCA_MISTAKES = (
    m.when("Around 1e6 the covariance has lost its precision: X·Xᵀ/m − mean·meanᵀ subtracts two huge, nearly "
           "equal numbers (catastrophic cancellation). Centre first, Xc = X − mean, then Xc·Xcᵀ / m.",
           _pca_lost_precision, checks=("directions",)),
    m.when("The components are the right directions in the wrong order: they must come by descending variance. "
           "np.linalg.eigh returns the eigenvalues in ascending order (reverse them); np.linalg.eig returns them "
           "in no particular order (sort them: order = np.argsort(values)[::-1]). Reorder the eigenvector columns "
           "the same way.", lambda t: _matched(t) is not None, checks=("directions",)),
    m.when("These are the directions of X·Xᵀ, not of the covariance: subtract the mean of every feature "
           "before computing the principal directions.", _uncentred_axes, checks=("directions",)),
    m.when("components holds the directions as rows; the contract wants them as columns, shape (n, k) "
           "(transpose it), so that X_reduced = componentsᵀ·(X − mean).", _as_rows,
           checks=("structure", "directions", "orthonormal")),
    m.when("Dividing every feature by its standard deviation before PCA finds the directions of the correlation "
           "matrix, not of the covariance: pca only centres the data (Xc = X − mean).", _standardized_axes,
           checks=("directions",)),
    m.when("X_reduced projects the raw X: subtract the mean first, X_reduced = componentsᵀ·(X − mean).",
           _reduced_uncentred, checks=("projection",)),
    m.when("X_reduced has one row per component and one column per example, (k, m): "
           "componentsᵀ·(X − mean), not its transpose.", _reduced_transposed, checks=("structure",)),
    m.when(EIG_COMPLEX_HINT, lambda t: any(np.iscomplexobj(v) for v in t.value), checks=("structure",)),
    m.when("components must have exactly k columns: keep the first k directions, U[:, :k], whatever k is.",
           _k_ignored, checks=("structure",)),
)


# -- whiten --------------------------------------------------------------------------------------
def _eps(trial: Trial) -> float:
    return trial.case.args[1] if len(trial.case.args) > 1 else trial.case.kwargs.get("eps", 1e-5)


def _white(trial: Trial, *, need_centred: bool = True) -> np.ndarray:
    X = _X(trial)
    Y = trial.value
    if not isinstance(Y, np.ndarray) or Y.shape != X.shape or Y.dtype.kind not in "biuf":
        raise NotApplicable()
    Y = Y.astype(float)
    if not np.all(np.isfinite(Y)):
        raise NotApplicable()
    if need_centred and not _is_centred(Y):
        raise NotApplicable()
    return Y


def _is_centred(Y: np.ndarray) -> bool:
    return bool(np.all(np.abs(Y.mean(axis=1)) <= 1e-6 * (1 + np.abs(Y).max())))


def white_finite(trial: Trial) -> None:
    X = _X(trial)
    Y = trial.value
    if not isinstance(Y, np.ndarray) or Y.shape != X.shape or Y.dtype.kind not in "biuf":
        raise NotApplicable()
    bad = ~np.isfinite(Y.astype(float))
    if bad.any():
        i, j = np.argwhere(bad)[0]
        lam, _ = _axes(trial)
        zero = " (the data has a direction of zero variance: λ = 0 there)" if lam.min() < 1e-9 else ""
        raise Mismatch(f"X_white[{i}, {j}] is {number(Y[i, j])}{zero}", got=show(Y))


def white_centred(trial: Trial) -> None:
    Y = _white(trial, need_centred=False)
    means = Y.mean(axis=1)
    if not _is_centred(Y):
        i = int(np.argmax(np.abs(means)))
        raise Mismatch(f"row {i} of the whitened data has mean {number(means[i])}; whitened data has mean 0 "
                       "in every row", got=show(Y))


def _centred_data(trial: Trial) -> np.ndarray:
    X = _X(trial)
    return X - true_mean(X)


def white_linear(trial: Trial) -> None:
    Y = _white(trial)
    Xc = _centred_data(trial)
    W = np.linalg.lstsq(Xc.T, Y.T, rcond=None)[0].T
    residual = np.linalg.norm(Y - W @ Xc) / (1 + np.linalg.norm(Y))
    if residual > 1e-6:
        raise Mismatch("the whitened data is not a linear transformation of the centred data "
                       f"(no matrix W gives W·(X − mean) = X_white; relative residual {residual:.1e})", got=show(Y))


def _spectrum(Y: np.ndarray) -> np.ndarray:
    return np.sort(np.linalg.eigvalsh(Y @ Y.T / Y.shape[1]))[::-1]


def shrinkage(lam, lam_used, eps, count=None):
    """Variance left along a direction of variance ``lam`` after dividing by sqrt(lam_used + eps).

    ``lam_used`` is the variance as the learner normalised it (λ·m/count, count = m or m − 1).
    """
    return lam / (lam_used + eps)


def _expected_spectra(trial: Trial, variance_after=shrinkage, eps=None) -> list[np.ndarray]:
    """The covariance spectrum of the whitened data, for 1/m and for 1/(m − 1)."""
    X = _X(trial)
    m_ = X.shape[1]
    eps = _eps(trial) if eps is None else eps
    lam, _ = _axes(trial)
    out = []
    for ddof in (0, 1):
        if m_ - ddof <= 0:
            continue
        with np.errstate(all="ignore"):
            out.append(np.sort(variance_after(lam, lam * m_ / (m_ - ddof), eps, m_ - ddof))[::-1])
    return out


def white_covariance(trial: Trial) -> None:
    Y = _white(trial)
    got = _spectrum(Y)
    spectra = _expected_spectra(trial)
    if any(not SPECTRUM.bad(got, want).any() for want in spectra):
        return
    lam, _ = _axes(trial)
    raise Mismatch(
        f"the covariance of the whitened data, (1/m)·X_white·X_whiteᵀ, has eigenvalues {show(got)}; with "
        f"eps = {_eps(trial):g} they should be λ / (λ + eps) = {show(spectra[0])}, where λ = {show(lam)} are the "
        "variances along the principal axes (close to 1 for every direction much stronger than eps, 0 where λ = 0)",
        expected=show(spectra[0]), got=show(got))


def _spectrum_is(variance_after, eps=None):
    def matches(trial: Trial) -> bool:
        Y = _white(trial)
        got = _spectrum(Y)
        right = _expected_spectra(trial)
        for want in _expected_spectra(trial, variance_after, eps):
            if np.all(np.isfinite(want)) and not SPECTRUM.bad(got, want).any() and not any(
                    m.close(want, r, SPECTRUM) for r in right):
                return True
        return False
    return matches


def _eps_ignored(trial: Trial) -> bool:
    return _eps(trial) != 1e-5 and _spectrum_is(shrinkage, eps=1e-5)(trial)


def _no_eps(trial: Trial) -> bool:
    return _spectrum_is(lambda lam, used, eps, count: np.where(used > 0, lam / used, 0.0))(trial)


def _eps_outside(trial: Trial) -> bool:
    return _spectrum_is(lambda lam, used, eps, count: lam / (np.sqrt(used) + eps) ** 2)(trial)


def _other_default(trial: Trial) -> bool:
    if trial.case.args[1:] or trial.case.kwargs:
        return False
    return any(_spectrum_is(shrinkage, eps=e)(trial) for e in (1e-8, 1e-7, 1e-6, 1e-4, 1e-3, 1e-2, 0.1, 1.0))


def _uncentred_white(trial: Trial) -> bool:
    try:
        Y = _white(trial, need_centred=False)
    except NotApplicable:
        return False
    return not _is_centred(Y)


def _per_feature(trial: Trial) -> bool:
    try:
        Y = _white(trial)
    except NotApplicable:
        return False
    X = _X(trial)
    std = true_std(X)
    return bool(np.all(std > 0)) and m.close(Y, (X - true_mean(X)) / np.sqrt(std ** 2 + _eps(trial))) or \
        bool(np.all(std > 0)) and m.close(Y, (X - true_mean(X)) / std)


def _nan_at_zero(trial: Trial) -> bool:
    Y = trial.value
    lam, _ = _axes(trial)
    return isinstance(Y, np.ndarray) and not np.all(np.isfinite(Y)) and lam.min() < 1e-9


def _fewer_directions(trial: Trial) -> bool:
    n, m_ = _X(trial).shape
    return m_ < n and isinstance(trial.value, np.ndarray) and trial.value.shape in ((m_, m_), (m_ - 1, m_))


WHITEN_MISTAKES = (
    m.when(EIG_COMPLEX_HINT, lambda t: np.iscomplexobj(t.value), checks=("shape",)),
    m.when("With fewer examples than features (m < n), np.linalg.svd(Xc, full_matrices=False) keeps only m "
           "directions, but X_white keeps all n rows: decompose the (n, n) covariance instead (the missing "
           "directions have λ = 0 and stay 0).", _fewer_directions, checks=("shape",)),
    m.when("Subtract the mean of every feature first: whitening works on the centred data X − mean.",
           _uncentred_white, checks=("centred",)),
    m.when("Divide by sqrt(λ + eps), not by λ + eps: the variance along a direction is λ, so its standard "
           "deviation is sqrt(λ).", _spectrum_is(lambda lam, used, eps, count: lam / (used + eps) ** 2),
           checks=("covariance", "default_eps")),
    m.when("eps goes inside the square root: divide by sqrt(λ + eps), not by sqrt(λ) + eps.", _eps_outside,
           checks=("covariance", "default_eps")),
    m.when("Your function ignores its eps argument: it behaves as if eps were 1e-5 whatever it is given.",
           _eps_ignored, checks=("covariance", "default_eps")),
    m.when("eps is missing: divide by sqrt(λ + eps). It keeps directions of tiny variance from being blown up "
           "(and λ = 0 from dividing by zero).", _no_eps, checks=("covariance", "default_eps")),
    m.when("Only rotated onto the principal axes: the data is decorrelated but not whitened. Divide each "
           "rotated row by sqrt(λ + eps).", _spectrum_is(lambda lam, used, eps, count: lam), checks=("covariance", "default_eps")),
    m.when("The eigenvalues and the eigenvectors are paired wrong: when you reorder the eigenvalues (eigh sorts "
           "them ascending), reorder the eigenvector columns the same way (vectors[:, ::-1]).",
           _spectrum_is(lambda lam, used, eps, count: lam[::-1] / (used + eps)), checks=("covariance", "default_eps")),
    m.when("The singular values S of the data are not the variances: the variance along a direction is "
           "λ = S² / m (or the eigenvalues of the covariance), so divide by sqrt(S² / m + eps).",
           _spectrum_is(lambda lam, used, eps, count: lam / (np.sqrt(used * count) + eps)),
           checks=("covariance", "default_eps")),
    m.when("Dividing every feature by its own standard deviation is normalization, not whitening: rotate onto "
           "the principal axes first (Uᵀ·(X − mean)), then divide by sqrt(λ + eps).", _per_feature,
           checks=("covariance", "default_eps")),
    m.when("Called without eps, your function uses another value: the contract's default is eps=1e-5.",
           _other_default, checks=("default_eps",)),
    m.when("The data has a direction of zero variance (λ = 0, or a tiny negative λ from rounding): "
           "sqrt(λ) + eps, or 1 / sqrt(λ) without eps, gives nan or inf there. Divide by sqrt(λ + eps).",
           _nan_at_zero, checks=("finite",)),
)


# -- exercises ------------------------------------------------------------------------------------
def _structure(name_template, expected) -> Check:
    return p.structure("structure", "returns the documented tuple, every array of the documented shape",
                       name_template, expected=expected)


def _white_shape() -> Check:
    return p.output_array("shape", "returns X_white, a float array with the shape of X", lambda t: _X(t).shape,
                          what="X_white")


ZC_EXAMPLES = tuple(feature_case(shape, 3) for shape in ((3, 1), (1, 4), (2, 5), (4, 3)))
NORM_EXAMPLES = tuple(feature_case(shape, seed) for shape, seed in (((3, 1), 3), ((1, 4), 5), ((4, 6), 2),
                                                                    ((5, 3), 8)))

# Fewer examples than features, so several variances are exactly 0: np.linalg.eig then often returns a
# complex pair (±1e-17j) for them, and the whole result turns complex. On these data it does so under
# every usual way of forming the covariance (Xc·Xcᵀ/m, np.cov with or without bias, 1/(m − 1)).
EIG_COMPLEX_PCA = (pca_case(5, 2, 1, 0), pca_case(6, 3, 2, 28))
EIG_COMPLEX_WHITEN = (whiten_case(5, 2, 0, 1e-5), whiten_case(6, 3, 28, 0.01))

EXERCISES = (
    Exercise(
        function("preprocessing.zero_center"),
        (
            Probe("typical", (
                _structure(ZERO_CENTER, lambda t: (_X(t), _column(_X(t)))),
                mean_check(1),
                Check("centred", "X_centered = X − mean: every feature (row) has mean 0", centred),
                p.inputs_unchanged(("X",)),
            ), _cases(feature_case), ZC_EXAMPLES, max_examples=8, return_args=True),
            Probe("large_offsets", (_structure(ZERO_CENTER, lambda t: (_X(t), _column(_X(t)))), mean_check(1),
                                    Check("centred", "", centred)),
                  _cases(feature_case, "large"), (feature_case((3, 6), 4, "large"),), max_examples=3),
        ),
        ZERO_CENTER_MISTAKES, note=notes.PREPROCESSING, exception_hints=SHAPE_HINTS,
    ),
    Exercise(
        function("preprocessing.normalize"),
        (
            Probe("typical", (
                _structure(NORMALIZE, lambda t: (_X(t), _column(_X(t)), _column(_X(t)))),
                mean_check(1),
                Check("std", "std holds the standard deviation of every feature (np.std, ddof=0), shape (n, 1)",
                      std_check),
                Check("normalized", "X_norm = (X − mean) / std: every feature has mean 0 and standard deviation 1",
                      normalized),
                Check("constant_features", "a constant feature comes out as 0 (no nan, no inf)",
                      constant_features),
                p.inputs_unchanged(("X",)),
            ), _cases(feature_case), NORM_EXAMPLES, max_examples=10, return_args=True),
            Probe("large_offsets", (
                _structure(NORMALIZE, lambda t: (_X(t), _column(_X(t)), _column(_X(t)))),
                mean_check(1), Check("std", "", std_check), Check("normalized", "", normalized),
                Check("constant_features", "", constant_features),
            ), _cases(feature_case, "large", max_m=12), (feature_case((3, 8), 4, "large"),), max_examples=5),
            Probe("small_spread", (
                _structure(NORMALIZE, lambda t: (_X(t), _column(_X(t)), _column(_X(t)))),
                Check("std", "", std_check), Check("normalized", "", normalized),
                Check("constant_features", "", constant_features),
            ), _cases(feature_case, "small", max_n=4, min_m=2), (feature_case((3, 5), 4, "small"),),
                max_examples=3),
        ),
        NORMALIZE_MISTAKES, uses=("preprocessing.zero_center",), note=notes.PREPROCESSING,
        exception_hints=SHAPE_HINTS,
    ),
    Exercise(
        function("preprocessing.pca"),
        (
            Probe("typical", (
                _structure(PCA, _pca_template),
                Check("orthonormal", "components has orthonormal columns (unit length, pairwise orthogonal)",
                      orthonormal),
                Check("directions", "components[:, j] is the j-th direction of largest variance, in descending "
                      "order (either sign)", directions),
                Check("projection", "X_reduced = componentsᵀ·(X − mean), with your components", projection),
                p.inputs_unchanged(("X", "k")),
            ), _pca_cases(), (pca_case(3, 6, 2, 1), pca_case(1, 3, 1, 2), pca_case(4, 5, 4, 3),
                              pca_case(2, 3, 1, 4)), max_examples=8, return_args=True),
            Probe("few_examples", (
                _structure(PCA, _pca_template), Check("orthonormal", "", orthonormal),
                Check("directions", "", directions), Check("projection", "", projection),
            ), _pca_cases(few=True), (pca_case(5, 3, 2, 5), *EIG_COMPLEX_PCA), max_examples=3),
            Probe("large_offsets", (
                _structure(PCA, _pca_template), Check("orthonormal", "", orthonormal),
                Check("directions", "", directions), Check("projection", "", projection),
            ), _pca_cases(large=True), (pca_case(3, 10, 2, 6, large=True),), max_examples=3),
        ),
        PCA_MISTAKES, uses=("preprocessing.zero_center",), note=notes.PREPROCESSING,
        exception_hints=LINALG_HINTS,
    ),
    Exercise(
        function("preprocessing.whiten"),
        (
            Probe("typical", (
                _white_shape(),
                Check("finite", "stays free of nan and inf, also where a direction has zero variance", white_finite),
                Check("centred", "every row of the whitened data has mean 0", white_centred),
                Check("linear", "X_white is a linear transformation of the centred data X − mean", white_linear),
                Check("covariance", "the covariance of X_white is diag(λ / (λ + eps)), close to the identity "
                      "(1/m or 1/(m − 1); any sign, order, or ZCA rotation)", white_covariance),
                p.inputs_unchanged(("X", "eps")),
            ), _whiten_cases(), (whiten_case(3, 6, 1, 0.5), whiten_case(1, 3, 2, 0.1, keyword=True),
                                 whiten_case(4, 5, 3, 1e-5),
                                 whiten_case(2, 40, 4, 2.0)), max_examples=8, return_args=True),
            Probe("zero_variance", (
                _white_shape(), Check("finite", "", white_finite), Check("centred", "", white_centred),
                Check("covariance", "", white_covariance),
            ), _whiten_cases(deficient=True), (whiten_case(4, 3, 5, 1e-5), whiten_case(3, 6, 7, 0.1, duplicate=True),
                                                *EIG_COMPLEX_WHITEN), max_examples=3),
            Probe("large_offsets", (
                _white_shape(), Check("centred", "", white_centred), Check("covariance", "", white_covariance),
            ), _whiten_cases(large=True), (whiten_case(3, 10, 6, 1e-5, large=True),), max_examples=3),
            Probe("default_eps", (
                _white_shape(), Check("default_eps", "uses eps = 1e-5 when called without eps", white_covariance),
            ), _whiten_cases(default=True), (whiten_case(3, 8, 8, tiny=True),), max_examples=2),
        ),
        WHITEN_MISTAKES, uses=("preprocessing.zero_center", "preprocessing.pca"), note=notes.PREPROCESSING,
        exception_hints=WHITEN_HINTS,
    ),
)
