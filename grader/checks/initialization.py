"""Checks for ``initialization``.

Random functions are judged by what they draw, never by the numbers of one
seed: any order of draws, transposed draws, ``np.random.normal`` or
``np.random.uniform`` is right.

* structure: the keys W1, b1, ..., the shapes (n[l], n[l-1]) and (n[l], 1),
  float dtypes, for layer sizes drawn by Hypothesis (one unit, one layer, deep);
  ``layer_dims`` left unchanged;
* symmetry breaking (exact): biases exactly zero, no two rows of a W equal,
  no W constant (the scaled schemes: no two columns equal either). The
  exception is ``initialize_parameters_zeros``, the counter-example, whose
  weights must be exactly 0.0;
* LeCun's bound (exact, every call): no weight beyond ±sqrt(3/n[l-1]);
* scale and distribution (statistical), on large layers whose fan-in and
  fan-out differ (so a swapped fan, a missing square root or factor 2 or
  another scheme's formula is far outside the bounds):

  - 0.01 (``initialize_parameters``, ``_deep``): on 300·200 and 200·100
    weights, per layer at most 3 tests (root mean square, mean, share within
    one standard deviation), so at most 6 tests;
  - Xavier and He (normal), on dims [300, 120, 240] (36000 and 28800 weights):
    per layer the mean square within the chi-square bounds of Laurent and
    Massart, the mean within the Gaussian tail bound, a Kolmogorov-Smirnov
    distance to the normal CDF within the Dvoretzky-Kiefer-Wolfowitz bound
    (Massart 1990: P(sup|F_n - F| > e) <= 2 exp(-2 n e²)), and at least the
    Chernoff lower bound of weights beyond 2.5 standard deviations (a normal
    has tails; a uniform or truncated normal has none): 8 tests;
  - LeCun (uniform), on the same dims: per layer every |w| <= limit (exact),
    the mean and the mean square (w² in [0, limit²]) within Hoeffding's bound,
    and the Kolmogorov-Smirnov distance to the uniform CDF within the DKW
    bound: 6 tests.

  Every test is taken at alpha = 1e-10 (see grader/checks/statistics.py), so
  a correct implementation fails a statistical check with probability below
  8e-10 < 1e-9, whatever the seed; the checks run under the grader's fixed
  seed, so a grade is reproducible. When a check fails, the hint names the
  mistake from the measured standard deviation (or limit) of every layer;
* reproducibility: the same seed gives the same weights. A function that
  reseeds NumPy itself gets a note, not a failure; one that draws from a
  generator the grader cannot seed (np.random.default_rng()) fails.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import same_value
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial, three_calls
from grader.checks.statistics import ALPHA, mean_bound, normal_scale_report, variance_ratio_bounds
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


ONE_DRAW_PER_ENTRY = ("Draw every weight independently, a fresh number per entry of the (n[l], n[l-1]) matrix; "
                      "a (n[l], 1) draw repeated (or broadcast) along the row does not.")


def breaks_symmetry(trial: Trial) -> None:
    for key, W in _arrays(trial).items():
        if not key.startswith("W"):
            continue
        if W.size > 1 and np.all(W == W.flat[0]):
            what = "zero" if W.flat[0] == 0 else "equal"
            if W.shape[0] == 1 and W.flat[0] != 0:  # one unit: the equal entries are its inputs' weights
                raise Mismatch(
                    f"every entry of {key} is {W.flat[0]:g}: its one unit weighs all its inputs the same way",
                    hint=ONE_DRAW_PER_ENTRY)
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


def breaks_symmetry_fully(trial: Trial) -> None:
    """No two rows and no two columns of a W equal: every weight is drawn on its own."""
    breaks_symmetry(trial)
    for key, W in _arrays(trial).items():
        if key.startswith("W") and W.shape[1] > 1 and len({col.tobytes() for col in W.T}) < W.shape[1]:
            raise Mismatch(
                f"{key} has two identical columns: every unit weighs those two inputs the same way",
                hint=ONE_DRAW_PER_ENTRY)


BREAKS_SYMMETRY = Check("breaks_symmetry", "draws every weight on its own (no equal rows or columns, not constant)",
                        breaks_symmetry_fully)


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
            "np.random.default_rng() without a seed, or a seed taken from the clock (time.time()), cannot be "
            "reproduced, by you or by anyone.",
        )
    looks_random = all(np.ptp(v) > 0 for k, v in trial.value.items()
                       if str(k).startswith("W") and isinstance(v, np.ndarray) and v.size > 1)
    if looks_random and same_value(trial.value, other):
        trial.notes.append(
            f"{trial.case.context['name']} gives the same weights whatever NumPy's seed is: it seems to reseed "
            "the generator itself (np.random.seed(k) or default_rng(k) inside the function). The grader accepts "
            "that, but it also resets the randomness of everything that runs after it."
        )


def _structure_check() -> Check:
    return p.structure("structure", "returns a dict W1, b1, ... with W[l] (n[l], n[l-1]) and b[l] (n[l], 1), floats",
                       ("parameters", lambda key: key), expected=_shapes_as_arrays)


def _checks() -> tuple[Check, ...]:
    return (
        _structure_check(),
        Check("zero_biases", "starts every bias at exactly zero", zero_biases),
        BREAKS_SYMMETRY,
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


# ---------------------------------------------------------------- the scaled schemes
# A layer's fan-in is n[l-1] (inputs of each unit), its fan-out n[l] (units of the layer).
SCALE_DIMS = [300, 120, 240]
"""The statistical example: fan-in/fan-out ratios 2.5 and 0.5, so a swapped fan is off by a factor
1.58 or 0.71 in standard deviation, and 36000 + 28800 weights, so the bounds are within 6%."""

_FORMULAS: dict[str, tuple[str, Callable[[int, int], float]]] = {
    "he": ("sqrt(2/n[l-1])", lambda fi, fo: math.sqrt(2 / fi)),
    "he_out": ("sqrt(2/n[l])", lambda fi, fo: math.sqrt(2 / fo)),
    "lecun_std": ("sqrt(1/n[l-1])", lambda fi, fo: math.sqrt(1 / fi)),
    "lecun_std_out": ("sqrt(1/n[l])", lambda fi, fo: math.sqrt(1 / fo)),
    "xavier": ("sqrt(2/(n[l-1] + n[l]))", lambda fi, fo: math.sqrt(2 / (fi + fo))),
    "xavier_half": ("sqrt(1/(n[l-1] + n[l]))", lambda fi, fo: math.sqrt(1 / (fi + fo))),
    "xavier_product": ("sqrt(2/(n[l-1]·n[l]))", lambda fi, fo: math.sqrt(2 / (fi * fo))),
    "lecun": ("sqrt(3/n[l-1])", lambda fi, fo: math.sqrt(3 / fi)),
    "lecun_out": ("sqrt(3/n[l])", lambda fi, fo: math.sqrt(3 / fo)),
    "lecun_half": ("sqrt(3/n[l-1])/2", lambda fi, fo: math.sqrt(3 / fi) / 2),
    "lecun_sum": ("sqrt(3/(n[l-1] + n[l]))", lambda fi, fo: math.sqrt(3 / (fi + fo))),
    "he_uniform": ("sqrt(6/n[l-1])", lambda fi, fo: math.sqrt(6 / fi)),
    "glorot_uniform": ("sqrt(6/(n[l-1] + n[l]))", lambda fi, fo: math.sqrt(6 / (fi + fo))),
    "he_var": ("2/n[l-1]", lambda fi, fo: 2 / fi),
    "xavier_var": ("2/(n[l-1] + n[l])", lambda fi, fo: 2 / (fi + fo)),
    "lecun_no_sqrt": ("3/n[l-1]", lambda fi, fo: 3 / fi),
    "fixed": ("0.01", lambda fi, fo: 0.01),
    "none": ("1", lambda fi, fo: 1.0),
}

_FIXED = "That is the fixed factor 0.01 of initialize_parameters_deep; {} scales each layer by its fan-in{}: {}."
_NONE = "The weights are not scaled at all: the draw alone has a spread of about 1."


@dataclass(frozen=True)
class Scheme:
    """One scaled initializer: its target formula and the mistakes named from a measured scale.

    For a normal scheme the formula is the standard deviation; for LeCun's
    uniform one it is the limit a of U(-a, a) (variance a²/3).
    """

    title: str
    function: str
    target: str
    uniform: bool
    mistakes: tuple[tuple[str, str], ...]  # (formula key, what the learner did)

    @property
    def formula(self) -> str:
        return _FORMULAS[self.target][0]

    def value(self, fan_in: int, fan_out: int) -> float:
        return _FORMULAS[self.target][1](fan_in, fan_out)


HE = Scheme("He", "initialize_parameters_he", "he", False, (
    ("he_out", "You divide by n[l], the layer's own size (its fan-out); He divides by n[l-1], the number of "
               "inputs of each unit (its fan-in): sqrt(2/n[l-1])."),
    ("lecun_std", "Your weights have variance 1/n[l-1] (LeCun's): the factor 2 is missing. He doubles it "
                  "because ReLU zeroes about half of the signal: sqrt(2/n[l-1])."),
    ("lecun_std_out", "Your weights have variance 1/n[l]: the factor 2 is missing, and n[l] (fan-out) stands "
                      "where He has n[l-1] (fan-in)."),
    ("xavier", "That is Xavier's formula, sqrt(2/(n[l-1] + n[l])); He uses sqrt(2/n[l-1]), the fan-in alone."),
    ("he_var", "You multiply by 2/n[l-1], which is the variance: the square root is missing. The standard "
               "deviation that multiplies randn is sqrt(2/n[l-1])."),
    ("he_uniform", "sqrt(6/n[l-1]) is the limit of He's uniform variant; the normal version multiplies randn by "
                   "sqrt(2/n[l-1])."),
    ("lecun", "sqrt(3/n[l-1]) is the limit of LeCun's uniform initialization; He multiplies randn by "
              "sqrt(2/n[l-1])."),
    ("fixed", _FIXED.format("He", "", "sqrt(2/n[l-1])")),
    ("none", _NONE + " Multiply by sqrt(2/n[l-1])."),
))

XAVIER = Scheme("Xavier", "initialize_parameters_xavier", "xavier", False, (
    ("xavier_half", "Your weights have variance 1/(n[l-1] + n[l]): the factor 2 is missing. Xavier's variance "
                    "is 2/(n[l-1] + n[l]), one over the average of fan-in and fan-out."),
    ("lecun_std", "Your weights have variance 1/n[l-1], the fan-in alone (LeCun's formula, which some course "
                  "code also calls Xavier). Here Xavier averages fan-in and fan-out: sqrt(2/(n[l-1] + n[l]))."),
    ("lecun_std_out", "Your weights have variance 1/n[l], the fan-out alone. Xavier averages fan-in and "
                      "fan-out: sqrt(2/(n[l-1] + n[l]))."),
    ("he", "That is He's formula, sqrt(2/n[l-1]) (for ReLU layers); Xavier uses sqrt(2/(n[l-1] + n[l]))."),
    ("he_out", "Your weights have variance 2/n[l], the fan-out alone; Xavier uses both: sqrt(2/(n[l-1] + n[l]))."),
    ("xavier_var", "You multiply by 2/(n[l-1] + n[l]), which is the variance: the square root is missing. The "
                   "standard deviation that multiplies randn is sqrt(2/(n[l-1] + n[l]))."),
    ("xavier_product", "Xavier divides by the sum n[l-1] + n[l], not the product n[l-1]·n[l]."),
    ("glorot_uniform", "sqrt(6/(n[l-1] + n[l])) is the limit of Glorot's uniform variant; the normal version "
                       "multiplies randn by sqrt(2/(n[l-1] + n[l]))."),
    ("fixed", _FIXED.format("Xavier", " and fan-out", "sqrt(2/(n[l-1] + n[l]))")),
    ("none", _NONE + " Multiply by sqrt(2/(n[l-1] + n[l]))."),
))

LECUN = Scheme("LeCun", "initialize_parameters_lecun", "lecun", True, (
    ("lecun_out", "Your limit uses n[l], the layer's own size (its fan-out); LeCun's uses n[l-1], the number of "
                  "inputs of each unit (its fan-in): sqrt(3/n[l-1])."),
    ("lecun_std", "sqrt(1/n[l-1]) is the standard deviation LeCun wants, not the limit: U(-a, a) has standard "
                  "deviation a/sqrt(3), so the limit is sqrt(3/n[l-1]) (the factor 3 is missing)."),
    ("lecun_no_sqrt", "Your limit is 3/n[l-1]: the square root is missing; the limit is sqrt(3/n[l-1])."),
    ("he_uniform", "sqrt(6/n[l-1]) is He's uniform limit (variance 2/n[l-1]): the factor 2 is too much for "
                   "LeCun, whose variance is 1/n[l-1]."),
    ("glorot_uniform", "sqrt(6/(n[l-1] + n[l])) is Glorot's (Xavier's) uniform limit; LeCun's uses the fan-in "
                       "alone: sqrt(3/n[l-1])."),
    ("lecun_sum", "Your limit divides by n[l-1] + n[l]; LeCun's uses the fan-in alone, the number of inputs of "
                  "each unit: sqrt(3/n[l-1])."),
    ("lecun_half", "Your weights cover only half the range, ±sqrt(3/n[l-1])/2: (np.random.rand(...) - 0.5) * limit "
                   "spans one unit of width, not two. Use (2 * np.random.rand(...) - 1) * limit, or "
                   "np.random.uniform(-limit, limit, shape)."),
    ("he", "Your limit is sqrt(2/n[l-1]), He's standard deviation; LeCun's limit is sqrt(3/n[l-1])."),
    ("fixed", "Your limit is 0.01, the fixed factor of initialize_parameters_deep; LeCun's is sqrt(3/n[l-1])."),
    ("none", "Your weights are uniform on [-1, 1]: the limit sqrt(3/n[l-1]) is missing."),
))


def _ks_distance(w: np.ndarray, grid: np.ndarray, cdf: np.ndarray) -> float:
    """max over the grid of |F_n - F|: a lower bound of the Kolmogorov-Smirnov distance, so the DKW bound holds."""
    below = np.searchsorted(np.sort(w), grid, side="right") / w.size
    return float(np.max(np.abs(below - cdf)))


_Z = np.linspace(-4.0, 4.0, 641)
_NORMAL_CDF = np.array([0.5 * (1 + math.erf(z / math.sqrt(2))) for z in _Z])
_U = np.linspace(-1.0, 1.0, 401)
TAIL = 2.5
_TAIL_PROBABILITY = math.erfc(TAIL / math.sqrt(2))  # P(|Z| > 2.5) = 1.24%


def dkw_bound(count: int, alpha: float = ALPHA) -> float:
    """sup|F_n - F| exceeds this with probability < alpha (Dvoretzky-Kiefer-Wolfowitz, Massart's constant)."""
    return math.sqrt(math.log(2 / alpha) / (2 * count))


def tail_count_bound(count: int, probability: float, alpha: float = ALPHA) -> float:
    """Fewer than this many of ``count`` events of ``probability`` happen with probability < alpha
    (Chernoff: P(X <= mu - t) <= exp(-t²/(2 mu)))."""
    mu = count * probability
    return mu - math.sqrt(2 * mu * math.log(1 / alpha))


def normal_problem(w: np.ndarray, sigma: float) -> str | None:
    """What is wrong with ``w`` as independent draws from N(0, sigma²), if anything (4 tests)."""
    n = w.size
    if not np.all(np.isfinite(w)):
        return "some of them are nan or inf"
    ratio = float(np.mean(w ** 2)) / sigma ** 2
    low, high = variance_ratio_bounds(n)
    if not low <= ratio <= high:
        return f"their standard deviation is {math.sqrt(ratio) * sigma:.3g}; it should be {sigma:.3g}"
    mean = float(w.mean())
    if abs(mean) > mean_bound(n, sigma):
        return f"their mean is {mean:.3g}; it should be 0"
    distance = _ks_distance(w, _Z * sigma, _NORMAL_CDF)
    if distance > dkw_bound(n):
        return (f"their scale is right but their distribution is not normal: the share of weights below some "
                f"value is {distance:.1%} away from a normal distribution's (chance allows {dkw_bound(n):.1%})")
    beyond = int(np.sum(np.abs(w) > TAIL * sigma))
    if beyond < tail_count_bound(n, _TAIL_PROBABILITY):
        return (f"only {beyond} of them lie beyond {TAIL:g} standard deviations; a normal distribution puts about "
                f"{n * _TAIL_PROBABILITY:.0f} there")
    return None


def uniform_problem(w: np.ndarray, limit: float) -> str | None:
    """What is wrong with ``w`` as independent draws from U(-limit, limit), if anything (1 exact + 3 tests)."""
    n = w.size
    if not np.all(np.isfinite(w)):
        return "some of them are nan or inf"
    largest = float(np.max(np.abs(w)))
    if largest > limit * (1 + 1e-6):
        return f"the largest |weight| is {largest:.3g}, beyond the limit {limit:.3g}"
    spread = math.sqrt(math.log(2 / ALPHA) / (2 * n))  # Hoeffding, for a mean of values in a range of width 1
    mean = float(w.mean())
    if abs(mean) > 2 * limit * spread:
        return f"their mean is {mean:.3g}; it should be 0"
    square = float(np.mean(w ** 2))
    if abs(square - limit ** 2 / 3) > limit ** 2 * spread:
        return (f"their standard deviation is {math.sqrt(square):.3g}; uniform draws on ±{limit:.3g} have "
                f"{limit / math.sqrt(3):.3g}")
    distance = _ks_distance(w, _U * limit, (_U + 1) / 2)
    if distance > dkw_bound(n):
        return (f"they stay within ±{limit:.3g} but are not spread evenly: the share of weights below some value "
                f"is {distance:.1%} away from a uniform distribution's (chance allows {dkw_bound(n):.1%})")
    return None


def _layers(trial: Trial):
    """(key, W, fan_in, fan_out) for every layer of a well-formed answer."""
    dims = dims_of(trial)
    arrays = _arrays(trial)
    return [(f"W{l}", np.asarray(arrays[f"W{l}"], dtype=float), dims[l - 1], dims[l]) for l in range(1, len(dims))]


def _within(measured: list[float], wanted: list[float], slack: float = 0.08) -> bool:
    return all(want > 0 and abs(got / want - 1) <= slack for got, want in zip(measured, wanted))


def _named(scheme: Scheme, measured: list[float], fans: list[tuple[int, int]]) -> str | None:
    """The mistake whose formula gives the measured scale (std, or limit for LeCun) in every layer."""
    for key, text in scheme.mistakes:
        if _within(measured, [_FORMULAS[key][1](fi, fo) for fi, fo in fans]):
            return text
    return None


def scheme_hint(scheme: Scheme, layers) -> str | None:
    """Name the mistake from what every layer's weights look like."""
    weights = [W.ravel() for _, W, _, _ in layers]
    fans = [(fi, fo) for _, _, fi, fo in layers]
    if all(not w.any() for w in weights):
        return "The weights are all zero: every unit then computes the same thing and the symmetry is never broken."
    if all(w.min() >= 0 for w in weights):
        if scheme.uniform:
            return ("All weights are positive: np.random.rand(...) * limit is uniform on [0, limit). Stretch and "
                    "shift it, (2 * np.random.rand(...) - 1) * limit, or use np.random.uniform(-limit, limit, shape).")
        return (f"All weights are positive, but {scheme.title}'s are centred on 0, half of them negative "
                "(np.random.rand draws from [0, 1), and np.abs drops the signs): draw them with "
                f"np.random.randn(...) * {scheme.formula}.")
    if any(np.unique(w).size < w.size // 2 for w in weights):
        draw = ("np.random.uniform(-limit, limit, (n[l], n[l-1]))" if scheme.uniform
                else f"np.random.randn(n[l], n[l-1]) * {scheme.formula}")
        return ("Many weights are repeats of each other (equal rows or columns): draw every weight independently, "
                f"{draw} for the whole matrix at once.")
    stds = [float(w.std()) for w in weights]
    peaks = [float(np.max(np.abs(w - w.mean()))) / s if s > 0 else 0.0 for w, s in zip(weights, stds)]
    looks_uniform = all(p < 1.8 for p in peaks)
    looks_normal = all(p > 2.5 for p in peaks)
    right_spread = _within(stds, [scheme.value(fi, fo) / (math.sqrt(3) if scheme.uniform else 1) for fi, fo in fans])
    if scheme.uniform:
        if looks_normal:
            return ("Your weights look normally distributed (np.random.randn or np.random.normal)"
                    + (", with the right variance" if right_spread else "")
                    + ". LeCun's initialization here is the uniform one: np.random.uniform(-limit, limit, shape) "
                    "with limit = sqrt(3/n[l-1]); a normal draw goes beyond that limit.")
        if not looks_uniform:
            return None
        named = _named(scheme, [float(np.max(np.abs(w))) for w in weights], fans)
        if named:
            return named
    elif looks_uniform:
        hint = (f"Your weights look uniformly distributed (none lies beyond {max(peaks):.2f} standard deviations; "
                f"normal draws go beyond 3): {scheme.title} draws from a normal distribution, np.random.randn(...) "
                f"* {scheme.formula}, not np.random.uniform or np.random.rand.")
        if right_spread:
            hint += " Their variance is right; only the shape of the distribution is wrong."
        return hint
    else:
        named = _named(scheme, stds, fans)
        if named:
            return named
    if _within([s * 100 for s in stds],
               [scheme.value(fi, fo) / (math.sqrt(3) if scheme.uniform else 1) for fi, fo in fans]):
        return (f"Your weights are 100 times too small: the factor 0.01 of initialize_parameters_deep does not "
                f"belong here; {scheme.formula} alone sets the scale.")
    problem = uniform_problem if scheme.uniform else normal_problem
    wrong = [i for i, (w, (fi, fo)) in enumerate(zip(weights, fans)) if problem(w, scheme.value(fi, fo))]
    if len(wrong) == 1:
        i = wrong[0]
        measured = float(np.max(np.abs(weights[i]))) if scheme.uniform else stds[i]  # a limit, or a std
        fitting = [text for key, text in scheme.mistakes if _within([measured], [_FORMULAS[key][1](*fans[i])])]
        if len(fitting) == 1:
            return f"In W{i + 1} only (the other layers look right): {fitting[0]}"
    ratios = [s / (scheme.value(fi, fo) / (math.sqrt(3) if scheme.uniform else 1)) for s, (fi, fo) in zip(stds, fans)]
    if wrong and max(ratios) > 1.1 * min(ratios):
        shown = ", ".join(f"W{i + 1} ×{r:.2f}" for i, r in enumerate(ratios))
        return (f"Your scale is off by a different factor in each layer ({shown}): the formula for W[l] must use "
                "layer l's own sizes, n[l-1] = its inputs (the columns of W[l]) and n[l] = its units (the rows), "
                "not those of another layer (such as layer_dims[0] for every layer, or n[l+1]).")
    if not scheme.uniform and right_spread and max(peaks) < 2.6:
        return (f"Your weights never go beyond {max(peaks):.2f} standard deviations: a truncated normal (as the "
                "initializers of Keras and TensorFlow draw) is not a normal distribution. Use np.random.randn.")
    return None


def scaled(scheme: Scheme) -> Callable[[Trial], None]:
    def verify(trial: Trial) -> None:
        layers = _layers(trial)
        for key, W, fan_in, fan_out in layers:
            value = scheme.value(fan_in, fan_out)
            if scheme.uniform:
                problem = uniform_problem(W.ravel(), value)
                law = f"U(-a, a), a = {scheme.formula} = {value:.3g}"
            else:
                problem = normal_problem(W.ravel(), value)
                law = f"N(0, σ²), σ = {scheme.formula} = {value:.3g}"
            if problem:
                l = int(key[1:])
                raise Mismatch(
                    f"the {W.size} weights of {key} (n[{l - 1}] = {fan_in} inputs, n[{l}] = {fan_out} units) do "
                    f"not look like draws from {law}: {problem}",
                    hint=scheme_hint(scheme, layers))

    return verify


def within_limit(trial: Trial) -> None:
    for key, W, fan_in, _ in _layers(trial):
        limit = math.sqrt(3 / fan_in)
        if np.any(np.abs(W) > limit * (1 + 1e-6)) or not np.all(np.isfinite(W)):
            index = tuple(np.argwhere(~(np.abs(W) <= limit * (1 + 1e-6)))[0])
            raise Mismatch(
                f"{key}[{index[0]}, {index[1]}] = {W[index]:.6g} lies beyond LeCun's limit sqrt(3/{fan_in}) = "
                f"{limit:.6g}",
                hint="LeCun draws uniformly on [-limit, limit] with limit = sqrt(3/n[l-1]): np.random.uniform("
                "-limit, limit, shape). Normal draws (randn), or a larger limit, go beyond it.")


def zero_weights(trial: Trial) -> None:
    for key, W in _arrays(trial).items():
        if key.startswith("W") and np.any(W != 0):
            shown = show(W)
            if np.all(W == 1):
                hint = "np.ones makes every weight 1.0; this function sets them to zero: np.zeros((n[l], n[l-1]))."
            else:
                hint = ("This function is the counter-example on purpose: every weight exactly 0.0 "
                        "(np.zeros((n[l], n[l-1]))). The random initializers are the other exercises.")
            raise Mismatch(f"{key} is not all zeros", expected="zeros", got=shown, hint=hint)


_ZERO_SENTENCE = ("sets every weight to exactly 0.0 (the counter-example: every unit of a layer then computes the "
                  "same output and receives the same gradient, so the units stay identical forever)")


def _integer_weights(trial: Trial) -> bool:
    value = trial.value
    return isinstance(value, dict) and any(
        isinstance(value.get(k), np.ndarray) and value[k].dtype.kind in "iub" for k in value if str(k).startswith("W"))


def _row_bias(trial: Trial) -> bool:
    value = trial.value
    return isinstance(value, dict) and any(
        isinstance(value.get(k), np.ndarray) and value[k].shape == (1, shape[0]) != shape
        for k, shape in expected_shapes(dims_of(trial)).items() if k.startswith("b"))



def _narrow_float(trial: Trial) -> bool:
    value = trial.value
    return isinstance(value, dict) and any(
        isinstance(v, np.ndarray) and v.dtype.kind == "f" and v.dtype != np.float64 for v in value.values())


DEEP_MISTAKES = (
    m.when("Parameters are float64: np.zeros, np.random.randn and np.random.uniform give float64 by themselves, so "
           "drop the dtype=... or .astype(...) (float32 keeps only about 7 digits).", _narrow_float,
           checks=("structure",)),
    m.when("np.zeros(shape, dtype=int) makes integer arrays; weights and biases are floats: np.zeros(shape) "
           "(float64 unless told otherwise).", _integer_weights, checks=("structure",)),
    m.when("b[l] is a row of shape (1, n[l]); it must be a column of shape (n[l], 1), one bias per unit: "
           "np.zeros((n[l], 1)).", _row_bias, checks=("structure",)),
) + MISTAKES


def _case(name: str) -> Callable[[list[int]], Case]:
    def make(dims) -> Case:
        return Case((list(dims),), context={"dims": list(dims), "name": name})

    return make


_DEEP_EXAMPLES = ([5, 4, 3], [3, 1], [1, 1], [2, 4, 4, 4, 1], [4, 1, 3])
_DIMS = s.layer_dims(1, 5, 6)
_EXCEPTION_HINTS = (("IndexError", "list index out of range",
                     "layer_dims can have any length (any number of layers): loop over "
                     "range(1, len(layer_dims)) instead of assuming a fixed number of layers."),
                    ("KeyError", "", "Build the dictionary layer by layer, for l in range(1, len(layer_dims))."))


def _zeros_exercise() -> Exercise:
    make = _case("initialize_parameters_zeros")
    checks = (_structure_check(), Check("zero_biases", "starts every bias at exactly zero", zero_biases),
              Check("zero_weights", _ZERO_SENTENCE, zero_weights), p.inputs_unchanged(("layer_dims",)))
    return Exercise(
        function("initialization.initialize_parameters_zeros"),
        (Probe("layer_sizes", checks, _DIMS.map(make), tuple(make(d) for d in ([3, 2, 1],) + _DEEP_EXAMPLES),
               max_examples=12, return_args=True),),
        DEEP_MISTAKES, note=notes.SHALLOW, exception_hints=_EXCEPTION_HINTS,
    )


def _scheme_exercise(scheme: Scheme, note: str) -> Exercise:
    make = _case(scheme.function)
    kind = "uniform on ±" if scheme.uniform else "normal with standard deviation "
    checks = (_structure_check(), Check("zero_biases", "starts every bias at exactly zero", zero_biases),
              BREAKS_SYMMETRY)
    bound = (Check("within_limit", "never draws a weight beyond LeCun's limit ±sqrt(3/n[l-1])", within_limit),)
    bound = bound if scheme.uniform else ()
    scale = Check("scale", f"draws every W[l] {kind}{scheme.formula} (mean 0, scale, shape of the distribution), "
                           f"judged on layer_dims = {SCALE_DIMS}",
                  scaled(scheme))
    return Exercise(
        function(f"initialization.{scheme.function}"),
        (
            Probe("layer_sizes", checks + bound + (p.inputs_unchanged(("layer_dims",)),), _DIMS.map(make),
                  tuple(make(d) for d in _DEEP_EXAMPLES), max_examples=12, return_args=True),
            Probe("scale", (_structure_check(), scale) + bound, examples=(make(SCALE_DIMS),)),
            Probe("seeding", (Check("reproducible", "gives the same weights when NumPy is seeded the same way",
                                    reproducible),),
                  examples=(make([4, 3, 2]),), run=three_calls),
        ),
        DEEP_MISTAKES, note=note, exception_hints=_EXCEPTION_HINTS,
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
    _zeros_exercise(),
    _scheme_exercise(LECUN, notes.INIT_SCHEMES),
    _scheme_exercise(XAVIER, notes.XAVIER_HE),
    _scheme_exercise(HE, notes.XAVIER_HE),
)
