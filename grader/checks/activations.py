"""Checks for ``activations``.

Forward functions: exact for |z| <= 50, finite up to |z| = 1000, the shape of
Z kept, Z untouched, and an identity that explains a failure in words
(sigmoid(-z) = 1 - sigmoid(z), tanh is odd, relu is idempotent).

Backward functions: dZ = dA * g'(Z), where g'(Z) is measured by central
finite differences of the true forward function; where Z is exactly at a
kink (0 for the ReLU family, and for ELU with alpha != 1) either one-sided
slope is accepted.

ELU and PReLU are piecewise definitions that hold for every z, so beyond |z| = 50 their values are
checked too (z itself on the positive side, however large: a clipped Z is wrong there), not only
for being finite.

softmax: every column a probability vector, exact against the truth where a
column's entries are all within |z| <= 50, free of nan and inf up to 1000, and
invariant to a large constant (up to ±900) added to a column, compared call
against call. PReLU's alpha is an (n, 1) column of distinct slopes in [0, 1)
(so ``np.maximum(alpha * Z, Z)`` is as right as ``np.where``); its dalpha is
checked against central differences of the mean cost (1/m)·Σ dA·prelu(Z, alpha),
its dZ element-wise. softmax_cross_entropy: the cost against a log-sum-exp
truth, dZ against m times central differences of that cost, both finite and
right for |z| up to 1000.

No check here is statistical: every property is exact (up to float rounding),
so a correct implementation never fails by chance.
"""
from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import (
    ACTIVATION,
    COST,
    batched_central_difference,
    elementwise_slope,
    expect_close,
    expect_finite,
    expect_gradient,
    expect_scalar,
)
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import number, show


# -- the truth, written independently of solutions/ -----------------------------------
def true_step(Z):
    return (Z > 0).astype(float)


def true_sigmoid(Z):
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def true_tanh(Z):
    return np.tanh(Z)


def true_relu(Z):
    return np.maximum(Z, 0.0)


def true_leaky(Z, alpha=0.01):
    return np.where(Z > 0, Z, alpha * Z)


def true_elu(Z, alpha=1.0):
    return np.where(Z > 0, Z, alpha * np.expm1(np.minimum(Z, 0.0)))


def true_log_softmax(Z):
    """log softmax over the classes (axis -2), for Z of shape (n, m) or a stack (k, n, m)."""
    shifted = Z - np.max(Z, axis=-2, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-2, keepdims=True))


def true_softmax(Z):
    return np.exp(true_log_softmax(Z))


def true_cross_entropy(Z, Y):
    """Mean cross-entropy of softmax(Z) against Y; one cost per network of a stack (k, n, m)."""
    return -np.sum(Y * true_log_softmax(Z), axis=(-2, -1)) / Y.shape[-1]


def true_prelu(Z, alpha):
    return np.where(Z > 0, Z, alpha * Z)


ALPHAS = (0.0, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.9)


# -- cases ---------------------------------------------------------------------------
def z_case(shape, seed, values="quarters", *, alpha=None) -> Case:
    rng = s.generator(seed)
    if values == "quarters":
        Z = s.quarters(rng, shape)
    elif values == "nonzero":
        Z = s.quarters(rng, shape, nonzero=True)
    elif values == "wide":
        Z = rng.uniform(-50, 50, size=shape)
    elif values == "beyond":
        Z = np.where(rng.rand(*shape) < 0.5, rng.uniform(-50, 50, size=shape), s.large(rng, shape))
    else:
        Z = s.large(rng, shape)
    return Case((Z,) if alpha is None else (Z, alpha))


def backward_case(shape, seed, values="quarters", *, alpha=None) -> Case:
    rng = s.generator(seed)
    dA = s.quarters(rng, shape, nonzero=True)
    if values == "kinks":
        Z = np.where(rng.rand(*shape) < 0.5, 0.0, s.quarters(rng, shape, nonzero=True))
    else:
        Z = z_case(shape, seed + 1, values).args[0]
    return Case((dA, Z) if alpha is None else (dA, Z, alpha))


def cases(build, values, *, with_alpha=False, alphas=ALPHAS):
    if with_alpha:
        return st.tuples(s.shapes(), s.SEEDS, st.sampled_from(alphas)).map(
            lambda t: build(t[0], t[1], values, alpha=t[2]))
    return st.tuples(s.shapes(), s.SEEDS).map(lambda t: build(t[0], t[1], values))


def examples(build, values, *, alpha=None) -> tuple[Case, ...]:
    """Always tried first: a column (m = 1), a single number, a row (one unit)."""
    return tuple(build(shape, 7, values, alpha=alpha) for shape in ((3, 1), (1, 1), (1, 4)))


def symmetric_case(shape, seed, *, sign: float) -> Case:
    """[Z | sign*Z] in one call, so an identity needs no extra call."""
    Z = s.quarters(s.generator(seed), shape, limit=8.0)
    return Case((np.hstack([Z, sign * Z]),), context={"half": shape[1]})


# -- checks --------------------------------------------------------------------------
def _z(trial: Trial) -> np.ndarray:
    return trial.case.args[0]


def _alpha(trial: Trial) -> float:
    """alpha of a forward case (Z,) or (Z, alpha)."""
    return trial.case.args[1] if len(trial.case.args) == 2 else 0.01


def _backward_alpha(trial: Trial, default: float = 0.01) -> float:
    """alpha of a backward case (dA, Z) or (dA, Z, alpha)."""
    return trial.case.args[2] if len(trial.case.args) == 3 else default


def forward_shape() -> Check:
    return p.output_array("shape", "returns a float array with the shape of Z", lambda t: _z(t).shape)


EXACT_UP_TO = 50.0


def forward_exact(truth, *, alpha: bool = False, sentence: str | None = None) -> Check:
    def verify(trial: Trial) -> None:
        Z = _z(trial)
        got = trial.value
        if not isinstance(got, np.ndarray) or got.shape != Z.shape or got.dtype.kind not in "biuf":
            raise NotApplicable()
        moderate = np.abs(Z) <= EXACT_UP_TO
        expected = truth(*trial.case.args) if alpha else truth(Z)
        expect_close(np.where(moderate, got, expected), expected, "the result", ACTIVATION)

    sentence = sentence or ("Z where Z > 0, alpha·Z elsewhere, exactly for |z| <= 50" if alpha
                            else "is exact for |z| <= 50 (within 1e-12 + 1e-7·|value|)")
    return Check("matches_definition", sentence, verify)


def forward_finite(truth) -> Check:
    return p.finite("large_inputs", "stays free of nan and inf for |z| up to 1000", lambda t: truth(_z(t)))


def forward_large_exact(truth, sentence: str) -> Check:
    """Beyond |z| = 50 too: z itself on the positive side, however large (no clipping), and the true value on the
    negative side (-alpha·(1 - e^z) for ELU, alpha·z for PReLU), within the activation tolerance."""
    def verify(trial: Trial) -> None:
        Z = _z(trial)
        got = trial.value
        if not isinstance(got, np.ndarray) or got.shape != Z.shape or got.dtype.kind not in "biuf":
            raise NotApplicable()
        expected = truth(*trial.case.args)
        with np.errstate(invalid="ignore"):
            if not np.isfinite(got).all():
                raise NotApplicable()  # large_inputs reports nan and inf
        expect_close(got, expected, "the result", ACTIVATION)

    return Check("large_values", sentence, verify)


def backward_shape() -> Check:
    return p.output_array("shape", "returns dZ with the shape of dA", lambda t: t.case.args[0].shape, what="dZ")


def backward_slope(forward, *, kink_values=None, alpha_default: float = 0.01) -> Check:
    """``forward`` takes (Z, alpha) when it is leaky ReLU or ELU; ``alpha_default`` is its default."""
    takes_alpha = forward in (true_leaky, true_elu)

    def numeric(trial: Trial) -> np.ndarray:
        dA, Z = trial.case.args[:2]
        alpha = _backward_alpha(trial, alpha_default)
        g = (lambda x: forward(x, alpha)) if takes_alpha else forward
        return dA * elementwise_slope(g, Z)

    accept_at = None
    if kink_values is not None:
        def accept_at(trial: Trial):
            dA, Z = trial.case.args[:2]
            return Z == 0, [v(dA, _backward_alpha(trial, alpha_default)) for v in kink_values]

    return p.slope("derivative", "dZ = dA · g'(Z), matching central finite differences of g",
                   numeric, what="dZ", of=f"{forward.__name__.replace('true_', '')} times dA",
                   accept_at=accept_at)


def backward_finite(forward) -> Check:
    def truth(trial: Trial) -> np.ndarray:
        dA, Z = trial.case.args[:2]
        return dA * elementwise_slope(forward, Z)

    return p.finite("large_inputs", "stays free of nan and inf for |z| up to 1000", truth, what="dZ")


def identity(name: str, sentence: str, holds) -> Check:
    def verify(trial: Trial) -> None:
        value = trial.value
        Z = _z(trial)
        if not isinstance(value, np.ndarray) or value.shape != Z.shape:
            raise NotApplicable()
        holds(trial, value.astype(float), Z)

    return Check(name, sentence, verify)


def _symmetry(total: float, name: str):
    def holds(trial: Trial, value: np.ndarray, Z: np.ndarray) -> None:
        half = trial.case.context["half"]
        left, right = value[:, :half], value[:, half:]
        gap = np.abs(left + right - total)
        if (gap > 1e-9).any():
            index = tuple(np.argwhere(gap > 1e-9)[0])
            z = Z[:, :half][index]
            raise Mismatch(
                f"{name}({z:g}) + {name}({-z:g}) should be {total:g}; yours gives "
                f"{left[index]:.6g} + {right[index]:.6g}",
                hint=("σ(−z) = 1 − σ(z): the curve is symmetric around (0, 0.5)." if name == "sigmoid" else
                      "tanh is odd, tanh(−z) = −tanh(z): the curve is symmetric around the origin."),
            )

    return holds


def _idempotent(trial: Trial, value: np.ndarray, Z: np.ndarray) -> None:
    if (value < 0).any():
        raise Mismatch("relu returned a negative number; max(0, z) never does")
    twice = trial.extra.get("twice")
    if isinstance(twice, np.ndarray) and twice.shape == value.shape and not np.array_equal(twice, value):
        raise Mismatch("relu(relu(Z)) differs from relu(Z); applying ReLU twice should change nothing")


def twice(case: Case, caller) -> Trial:
    """Call once, then again on the result (for idempotence)."""
    trial = caller.trial(case)
    if isinstance(trial.value, np.ndarray) and trial.value.shape == case.args[0].shape:
        trial.extra["twice"] = caller.trial(Case((trial.value.astype(float),))).value
    return trial


def zero_or_one(trial: Trial) -> None:
    value = trial.value
    if isinstance(value, np.ndarray) and not np.isin(value, (0.0, 1.0)).all():
        raise Mismatch("step returned values other than 0.0 and 1.0")


# -- exercises -----------------------------------------------------------------------
BEYOND = np.array([[-1000.0, -800.0, -50.0, -21.0, 0.5, 7.0, 21.0, 50.0, 800.0, 1000.0]])
STEP_NEAR_ZERO = np.array([[1e-300, 1e-20, 5e-17, 1e-8, 0.0, -1e-300, -1e-20, -5e-17]])


def forward_probes(truth, *, identity_probe: Probe | None = None) -> tuple[Probe, ...]:
    probes = [
        Probe("typical", (forward_shape(), forward_exact(truth), p.inputs_unchanged(("Z",))),
              cases(z_case, "quarters"), examples(z_case, "quarters"), max_examples=9, return_args=True),
        Probe("beyond", (forward_exact(truth), forward_finite(truth), p.inputs_unchanged(("Z",))),
              cases(z_case, "beyond"), (Case((BEYOND,)),), max_examples=6, return_args=True),
    ]
    if identity_probe is not None:
        probes.append(identity_probe)
    return tuple(probes)


def _sigmoid_clipped(trial: Trial):
    Z = _z(trial)
    for limit in (5, 6, 8, 10, 15, 20, 30, 40, 50):
        candidate = true_sigmoid(np.clip(Z, -limit, limit))
        if m.close(trial.value, candidate, ACTIVATION):
            return candidate
    return None


SIGMOID_MISTAKES = (
    m.returns("This is sigmoid(−Z): the sign in the exponent is flipped. σ(z) = 1 / (1 + e^(−z)).",
              lambda t: 1 - true_sigmoid(_z(t))),
    m.returns("The denominator should be 1 + e^(−z), not 1 − e^(−z).",
              lambda t: 1 / (1 - np.exp(-_z(t)))),
    m.returns("This is tanh, not the sigmoid: σ(z) = 1 / (1 + e^(−z)) lies between 0 and 1.",
              lambda t: np.tanh(_z(t))),
    m.returns("Your sigmoid clips z (to a fixed range) before applying the formula: it is right for small |z| "
              "but not beyond the clip. 1 / (1 + np.exp(-Z)) needs no clipping.", _sigmoid_clipped),
    m.when("e^z overflows to inf for large z, and inf / inf is nan: np.exp(Z) / (1 + np.exp(Z)) breaks for "
           "large z. 1 / (1 + np.exp(-Z)) stays finite (a RuntimeWarning for overflow is fine).",
           lambda t: np.isnan(t.value).any(), checks=("large_inputs",)),
)

TANH_MISTAKES = (
    m.returns("This is the sigmoid, not tanh: tanh(z) = (e^z − e^−z) / (e^z + e^−z) lies between −1 and 1.",
              lambda t: true_sigmoid(_z(t))),
    m.returns("tanh(z) = 2σ(2z) − 1: the 2 inside the sigmoid is missing.",
              lambda t: 2 * true_sigmoid(_z(t)) - 1),
    m.when("e^z overflows to inf for large |z|, and inf / inf is nan: the exp-based formula for tanh breaks "
           "for large inputs. np.tanh(Z) stays finite.",
           lambda t: np.isnan(t.value).any(), checks=("large_inputs",)),
)

def _capped(trial: Trial):
    Z = _z(trial)
    for cap in (6.0, 10.0, 20.0, 30.0):
        candidate = np.clip(Z, 0.0, cap)
        if m.close(trial.value, candidate, ACTIVATION):
            return candidate
    return None


def _whole_numbers(trial: Trial) -> bool:
    """An integer result where the right one has fractions: the values were cut to whole numbers."""
    value = trial.value
    return (isinstance(value, np.ndarray) and value.dtype.kind in "iu" and value.shape == _z(trial).shape
            and bool(np.any(np.asarray(trial.expected) % 1 != 0)))


RELU_MISTAKES = (
    m.when("The result holds integers, so fractions are cut off (1.25 becomes 1): np.vectorize takes its dtype "
           "from the first answer, and max(0, z) gives the int 0 for a negative z. np.maximum(0, Z) keeps Z's "
           "floats (or give np.vectorize otypes=[float]).", _whole_numbers),
    m.returns("Your ReLU caps large values (like ReLU6): max(0, z) has no upper bound.", _capped),
    m.returns("This keeps the negative side: ReLU is max(0, z), which is 0 for negative z.",
              lambda t: np.maximum(-_z(t), 0.0)),
    m.returns("This is |z|: ReLU is max(0, z), which is 0 (not −z) for negative z.",
              lambda t: np.abs(_z(t))),
    m.returns("This is the step function (1 where z > 0): ReLU returns z itself there.",
              lambda t: true_step(_z(t))),
    m.returns("This returns Z unchanged: ReLU sets the negative entries to 0.", lambda t: _z(t)),
)

def _wrong_only_at_zero(trial: Trial) -> bool:
    Z = _z(trial)
    got = np.asarray(trial.value, dtype=float)
    wrong = got != true_step(Z)
    return got.shape == Z.shape and wrong.any() and np.all(Z[wrong] == 0)


STEP_MISTAKES = (
    m.returns("Where z is exactly zero the step is 0: use Z > 0, not Z >= 0.", lambda t: (_z(t) >= 0).astype(float)),
    m.when("Where z is exactly zero the step is 0 (it is 1 only where z > 0); yours gives another value there.",
           _wrong_only_at_zero),
    m.returns("np.sign gives −1 for negative z; the step function gives 0 there.", lambda t: np.sign(_z(t))),
    m.returns("This is ReLU (z where z > 0): the step function returns 1.0 there.", lambda t: true_relu(_z(t))),
    m.when("(Z > 0) is an array of booleans; the step returns floats: (Z > 0).astype(float).",
           lambda t: t.value.dtype == bool, checks=("shape",)),
    m.when("np.array(Z > 0, dtype=int) holds integers; the step returns the floats 1.0 and 0.0.",
           lambda t: t.value.dtype.kind in "iu", checks=("shape",)),
)


def _leaky_default_alpha(trial: Trial):
    Z = _z(trial)
    for alpha in (0.1, 0.2, 0.001, 0.02, 0.05, 0.3, 0.0):
        candidate = true_leaky(Z, alpha)
        if m.close(trial.value, candidate) and not m.close(candidate, true_leaky(Z, 0.01)):
            return candidate
    return None


LEAKY_MISTAKES = (
    m.returns("Your function ignores its alpha argument: it behaves as if alpha were 0.01 whatever it is given.",
              lambda t: true_leaky(_z(t), 0.01) if len(t.case.args) == 2 else None),
    m.returns("alpha multiplies the wrong side: leaky ReLU is z for z > 0 and alpha·z for z <= 0.",
              lambda t: np.where(_z(t) > 0, _alpha(t) * _z(t), _z(t))),
    m.returns("The negative side is 0: that is plain ReLU. Leaky ReLU keeps a small slope alpha·z there.",
              lambda t: true_relu(_z(t))),
    m.when("Called without alpha, your leaky_relu uses another default: the contract's default is alpha=0.01.",
           lambda t: len(t.case.args) == 1 and _leaky_default_alpha(t) is not None),
)

SIGMOID_BACKWARD_MISTAKES = (
    m.returns("dZ is missing the factor dA: the chain rule multiplies the upstream gradient by σ'(Z).",
              lambda t: true_sigmoid(t.case.args[1]) * (1 - true_sigmoid(t.case.args[1]))),
    m.returns("The cache holds Z, not A = σ(Z): compute s = sigmoid(Z) first, then dZ = dA · s · (1 − s).",
              lambda t: t.case.args[0] * t.case.args[1] * (1 - t.case.args[1])),
    m.returns("σ'(z) = σ(z)(1 − σ(z)): the factor (1 − σ(z)) is missing.",
              lambda t: t.case.args[0] * true_sigmoid(t.case.args[1])),
    m.returns("The sign is flipped: dZ = dA · σ(Z) · (1 − σ(Z)).",
              lambda t: -t.case.args[0] * true_sigmoid(t.case.args[1]) * (1 - true_sigmoid(t.case.args[1]))),
    m.when("e^(−z) overflows for large negative z and inf / inf is nan. Compute s = 1 / (1 + np.exp(-Z)) first, "
           "then dA · s · (1 − s): it stays finite.", lambda t: np.isnan(t.value).any(), checks=("large_inputs",)),
)

TANH_BACKWARD_MISTAKES = (
    m.returns("The cache holds Z, not A = tanh(Z): compute tanh(Z) first, then dZ = dA · (1 − tanh(Z)²).",
              lambda t: t.case.args[0] * (1 - t.case.args[1] ** 2)),
    m.returns("dZ is missing the factor dA: the chain rule multiplies the upstream gradient by tanh'(Z).",
              lambda t: 1 - np.tanh(t.case.args[1]) ** 2),
    m.returns("tanh'(z) = 1 − tanh(z)²: the square is missing.",
              lambda t: t.case.args[0] * (1 - np.tanh(t.case.args[1]))),
    m.returns("The sign is flipped: dZ = dA · (1 − tanh(Z)²).",
              lambda t: -t.case.args[0] * (1 - np.tanh(t.case.args[1]) ** 2)),
    m.when("e^z overflows to inf for large |z|, and inf / inf is nan: an exp-based tanh breaks for large inputs. "
           "Use np.tanh(Z), then dA · (1 − tanh(Z)²).", lambda t: np.isnan(t.value).any(), checks=("large_inputs",)),
)

RELU_BACKWARD_MISTAKES = (
    m.returns("dZ is missing the factor dA: dZ = dA where Z > 0, and 0 elsewhere.",
              lambda t: (t.case.args[1] > 0).astype(float)),
    m.returns("The mask must come from Z (the cache), not from dA: dZ = dA where Z > 0.",
              lambda t: np.where(t.case.args[0] > 0, t.case.args[0], 0.0)),
    m.returns("dZ should be 0 where Z < 0: ReLU passes no gradient back through units that were off.",
              lambda t: t.case.args[0]),
    m.returns("The mask is inverted: dZ = dA where Z > 0, and 0 where Z < 0.",
              lambda t: np.where(t.case.args[1] > 0, 0.0, t.case.args[0])),
    m.returns("dZ = dA where Z > 0, not dA · Z: ReLU's slope is 1 on the positive side.",
              lambda t: np.where(t.case.args[1] > 0, t.case.args[0] * t.case.args[1], 0.0)),
)


LEAKY_BACKWARD_MISTAKES = (
    m.returns("Your function ignores its alpha argument: it behaves as if alpha were 0.01 whatever it is given.",
              lambda t: np.where(t.case.args[1] > 0, t.case.args[0], 0.01 * t.case.args[0])
              if len(t.case.args) == 3 else None),
    m.returns("On the negative side dZ = alpha · dA, not 0: that is plain ReLU's backward.",
              lambda t: np.where(t.case.args[1] > 0, t.case.args[0], 0.0)),
    m.returns("On the negative side dZ = alpha · dA (the slope times the upstream gradient), not alpha · Z.",
              lambda t: np.where(t.case.args[1] > 0, t.case.args[0], _backward_alpha(t) * t.case.args[1])),
    m.returns("dZ is missing the factor dA: the slope is 1 for z > 0 and alpha for z <= 0, times dA.",
              lambda t: np.where(t.case.args[1] > 0, 1.0, _backward_alpha(t))),
    m.when("Called without alpha, your function uses another default: the contract's default is alpha=0.01.",
           lambda t: len(t.case.args) == 2 and not m.close(
               t.value, np.where(t.case.args[1] > 0, t.case.args[0], 0.01 * t.case.args[0]))),
)


def _backward_probes(forward, *, kinks=None, with_alpha=False, alphas=ALPHAS, example_alpha=0.2,
                     alpha_default: float = 0.01) -> tuple[Probe, ...]:
    values = "nonzero" if kinks else "quarters"
    names = ("dA", "cache", "alpha") if with_alpha else ("dA", "cache")
    slope = backward_slope(forward, kink_values=kinks, alpha_default=alpha_default)
    checks = (backward_shape(), slope, p.inputs_unchanged(names))
    probes = [
        Probe("typical", checks, cases(backward_case, values, with_alpha=with_alpha, alphas=alphas),
              examples(backward_case, values, alpha=example_alpha if with_alpha else None),
              max_examples=9, return_args=True),
        Probe("large", (backward_finite(forward), slope, p.inputs_unchanged(names)), cases(backward_case, "large"),
              max_examples=6, return_args=True),
    ]
    if kinks:
        probes.append(Probe("at_zero", (slope, p.inputs_unchanged(names)),
                            cases(backward_case, "kinks", with_alpha=with_alpha, alphas=alphas),
                            examples(backward_case, "kinks"), max_examples=6, return_args=True))
    return tuple(probes)


# -- ELU, softmax, PReLU and softmax with cross-entropy --------------------------------
ELU_ALPHAS = (0.1, 0.5, 1.0, 1.5, 2.0)
PRELU_ALPHAS = np.array([0.0, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.9])
ELU_NEAR_ZERO = np.array([[-1e-3, -1e-6, 0.0, 1e-6, 1e-3]])
SHIFTS = np.array([-900.0, -700.0, -400.0, 400.0, 700.0, 900.0])
# Columns far apart in size: [1000, 999, -1000] overflows an unshifted e^z, [-1000, -999, -1000.5]
# underflows it to 0/0, and a shift by the largest entry of the whole array breaks the others.
SOFTMAX_BEYOND = np.array([[1000.0, -1000.0, -800.0, 50.0, 0.5],
                           [999.0, -999.0, 800.0, -50.0, 0.25],
                           [-1000.0, -1000.5, 0.0, 0.0, -0.5]])


def _elu_alpha(trial: Trial) -> float:
    """alpha of an elu case (Z,) or (Z, alpha)."""
    return trial.case.args[1] if len(trial.case.args) == 2 else 1.0


def _as_float(value, shape) -> np.ndarray:
    if not isinstance(value, np.ndarray) or value.shape != tuple(shape) or value.dtype.kind not in "biuf":
        raise NotApplicable()
    return value.astype(float)


def _first(mask: np.ndarray) -> tuple:
    return tuple(int(i) for i in np.argwhere(mask)[0])


def _at(index: tuple) -> str:
    return "[" + ", ".join(str(i) for i in index) + "]"


def elu_at_zero(trial: Trial) -> None:
    """One call on [-1e-3, -1e-6, 0, 1e-6, 1e-3]: the value at 0 and the slope on each side."""
    got = _as_float(trial.value, _z(trial).shape)
    alpha, h = _elu_alpha(trial), 1e-6
    at_zero = got[0, 2]
    if not abs(at_zero) <= 1e-12:
        raise Mismatch(f"elu(0) is {number(at_zero)}; it should be 0, where the two pieces meet "
                       "(z on the right, alpha·(e^0 − 1) = 0 on the left)", expected="0.0", got=number(at_zero))
    right, left = (got[0, 3] - at_zero) / h, (at_zero - got[0, 1]) / h
    if not abs(right - 1) <= 1e-4:
        raise Mismatch(f"just right of 0 the slope of elu is {right:.6g}; it should be 1 (elu(z) = z for z > 0)",
                       expected="1", got=f"{right:.6g}")
    if not abs(left - alpha) <= 1e-4 * max(1.0, alpha):
        raise Mismatch(f"just left of 0 the slope of elu is {left:.6g}; it should be alpha = {alpha:g} "
                       "(the slope of alpha·(e^z − 1) at z = 0 is alpha·e^0)",
                       expected=f"{alpha:g}", got=f"{left:.6g}")


# softmax: probability columns, exact, invariant to a constant added to a column, finite
def probability_columns(trial: Trial) -> None:
    got = _as_float(trial.value, _z(trial).shape)
    with np.errstate(invalid="ignore"):
        negative = got < 0
        sums = got.sum(axis=0)
        off = ~(np.abs(sums - 1) <= 1e-7 + 1e-12 * got.shape[0])  # the activation tolerance, summed
    if negative.any():
        index = _first(negative)
        raise Mismatch(f"softmax(Z){_at(index)} is {number(got[index])}: a probability is never negative",
                       got=show(got))
    if off.any():
        j = int(np.argmax(off))
        raise Mismatch(f"column {j} of the result sums to {number(sums[j])}; every column of softmax(Z) is one "
                       "example's probability vector, so it sums to 1",
                       expected="every column sums to 1", got=f"column sums {show(sums[None, :])}")


def softmax_exact(trial: Trial) -> None:
    """Entry by entry against the truth, in every column whose entries are all within |z| <= 50."""
    Z = _z(trial)
    got = _as_float(trial.value, Z.shape)
    expected = true_softmax(Z)
    moderate = np.all(np.abs(Z) <= EXACT_UP_TO, axis=0, keepdims=True)
    expect_close(np.where(moderate, got, expected), expected, "the result", ACTIVATION)


def shift_case(shape, seed) -> Case:
    """Moderate columns plus a large constant per column (|z| up to 905)."""
    rng = s.generator(seed)
    Z = s.quarters(rng, shape)
    shift = rng.choice(SHIFTS, size=(1, shape[1]))
    return Case((Z + shift,), context={"shift": shift})


def with_shift_removed(case: Case, caller) -> Trial:
    """Call on Z, then on Z − c (c the constant added to each column)."""
    trial = caller.trial(case)
    Z = case.args[0]
    if isinstance(trial.value, np.ndarray) and trial.value.shape == Z.shape:
        trial.extra["unshifted"] = caller.trial(Case((Z - case.context["shift"],))).value
    return trial


def shift_invariant(trial: Trial) -> None:
    Z = _z(trial)
    got = _as_float(trial.value, Z.shape)
    shift = trial.case.context["shift"]
    expected = true_softmax(Z)
    with np.errstate(invalid="ignore"):
        broken = ~np.isfinite(got)
    if broken.any():
        index = _first(broken)
        raise Mismatch(f"softmax(Z){_at(index)} is {number(got[index])} for these columns, moderate numbers plus a "
                       f"large constant per column ({show(shift)}); adding a constant to a column changes nothing, "
                       f"so it should be {number(expected[index])}", expected=show(expected), got=show(got))
    base = _as_float(trial.extra.get("unshifted"), Z.shape)
    bad = ACTIVATION.bad(got, base)
    if bad.any():
        index = _first(bad)
        raise Mismatch(f"softmax(Z){_at(index)} is {number(got[index])} but softmax(Z − c) gives "
                       f"{number(base[index])}, "
                       f"with c = {show(shift)} a constant per column: adding a constant to a column must not "
                       "change its softmax", expected=show(base), got=show(got))


def _nan_pattern_of(got, candidate) -> bool:
    """``got`` is ``candidate``, nan and inf included (m.close only takes finite candidates)."""
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return False
    if got.shape != candidate.shape or np.isfinite(candidate).all():
        return False
    finite = np.isfinite(candidate)
    return (np.array_equal(np.isnan(got), np.isnan(candidate)) and np.array_equal(np.isinf(got), np.isinf(candidate))
            and not ACTIVATION.bad(got[finite], candidate[finite]).any())


def _unshifted_softmax(Z):
    with np.errstate(all="ignore"):
        E = np.exp(Z)
        return E / np.sum(E, axis=0, keepdims=True)


def _globally_shifted_softmax(Z):
    with np.errstate(all="ignore"):
        E = np.exp(Z - np.max(Z))
        return E / np.sum(E, axis=0, keepdims=True)


def _not_finite(value) -> bool:
    return not np.isfinite(np.asarray(value, dtype=float)).all()


def _row_shifted_softmax(trial: Trial):
    with np.errstate(all="ignore"):
        E = np.exp(_z(trial) - np.max(_z(trial), axis=1, keepdims=True))
        return E / np.sum(E, axis=0, keepdims=True)


def _whole_array_softmax(Z):
    E = np.exp(Z - np.max(Z))
    return E / np.sum(E)


SOFTMAX_MISTAKES = (
    m.when("Subtract each column's maximum before np.exp: e^z overflows to inf for z above about 709 (inf / inf = "
           "nan), and underflows to 0 for a column of large negative z (0 / 0 = nan). softmax(z − max) = softmax(z), "
           "so np.exp(Z - np.max(Z, axis=0, keepdims=True)) changes nothing but keeps every exponent <= 0.",
           lambda t: _nan_pattern_of(t.value, _unshifted_softmax(_z(t)))),
    m.when("Subtract each column's own maximum (np.max(Z, axis=0, keepdims=True)), not the maximum of the whole "
           "array: a column far below the overall max underflows to 0 / 0 = nan.",
           lambda t: _nan_pattern_of(t.value, _globally_shifted_softmax(_z(t)))),
    m.when("nan or inf: subtract each column's maximum before np.exp (np.max(Z, axis=0, keepdims=True)), so that no "
           "exponent is positive and the largest entry of every column is e^0 = 1.", lambda t: _not_finite(t.value)),
    m.returns("With a single class (one row) every entry of softmax is 1, because each column is normalized on its "
              "own: np.sum(E, axis=0, keepdims=True). Yours divides by a sum along the row: over the rows' entries "
              "(axis=1) or over the whole array.",
              lambda t: true_softmax(_z(t).T).T if _z(t).shape[0] == 1 else None),
    m.returns("softmax normalizes each column (axis=0): a column is one example and its classes are the rows. Yours "
              "normalizes the rows.", lambda t: true_softmax(_z(t).T).T),
    m.returns("Yours divides by the sum of the whole array; each column (one example) is normalized on its own: "
              "np.sum(E, axis=0, keepdims=True).", lambda t: _whole_array_softmax(_z(t))),
    m.returns("e^z is only the numerator: divide by the sum of each column.", lambda t: np.exp(_z(t))),
    m.when("Your softmax changes when a constant is added to a column, which clipping (or capping) large scores does. "
           "Subtract each column's max instead: it keeps every exponent <= 0 and changes nothing.",
           lambda t: not _not_finite(t.value), checks=("shift_invariant",)),
    m.when("The result keeps Z's shape (n, m), even for one example (m = 1) or one class: np.squeeze (or ravel, "
           "flatten) drops an axis.", lambda t: t.value.ndim < _z(t).ndim and t.value.size == _z(t).size,
           checks=("shape",)),
    m.returns("Subtract each column's own maximum, np.max(Z, axis=0, keepdims=True): a constant per row (the max "
              "over axis=1) is not a constant per column, so it changes the softmax.", _row_shifted_softmax),
    m.when("Your result is float32, which keeps only about 7 significant digits: compute in float64, NumPy's "
           "default (no .astype(np.float32) or dtype=np.float32).", lambda t: t.value.dtype == np.float32),
    m.when("The result must keep Z's shape (n, m): divide by the column sums np.sum(E, axis=0, keepdims=True), of "
           "shape (1, m). A sum without keepdims, of shape (n,) or (m,), broadcasts into another shape.",
           lambda t: t.value.shape != _z(t).shape, checks=("shape",)),
)
SOFTMAX_EXCEPTIONS = (
    ("ValueError", "could not be broadcast",
     "Divide each column by its own sum: np.sum(E, axis=0, keepdims=True) has shape (1, m) and fits E (n, m); a sum "
     "over axis=1 (the rows) without keepdims has shape (n,), which does not."),
)


# PReLU: one slope per unit (row)
def unit_alphas(seed, n) -> np.ndarray:
    """Distinct slopes in [0, 1), one per unit, as an (n, 1) column."""
    return s.generator(seed).permutation(PRELU_ALPHAS)[:n].reshape(n, 1)


def prelu_case(shape, seed, values="quarters") -> Case:
    Z = z_case(shape, seed, values).args[0]
    return Case((Z, unit_alphas(seed + 2, shape[0])))


def prelu_backward_case(shape, seed, values="quarters") -> Case:
    """``values`` as for z_case, or "kinks": half the entries of Z exactly 0."""
    if values == "kinks":
        dA, Z = backward_case(shape, seed, "kinks").args
    else:
        dA = s.quarters(s.generator(seed), shape, nonzero=True)
        Z = z_case(shape, seed + 1, values).args[0]
    return Case((dA, Z, unit_alphas(seed + 2, shape[0])))


def seeded(build, values):
    return st.tuples(s.shapes(), s.SEEDS).map(lambda t: build(t[0], t[1], values))


def seeded_examples(build, values) -> tuple[Case, ...]:
    """m = 1, a single number, one unit, and a case with units enough to tell their slopes apart."""
    return tuple(build(shape, 7, values) for shape in ((3, 1), (1, 1), (1, 4), (4, 3)))


def _prelu_dZ(trial: Trial) -> np.ndarray:
    dA, Z, alpha = trial.case.args
    return dA * elementwise_slope(lambda x: true_prelu(x, alpha), Z)


def _prelu_kinks(trial: Trial):
    dA, Z, alpha = trial.case.args
    return Z == 0, [dA, alpha * dA]


def _prelu_dalpha_numeric(trial: Trial) -> np.ndarray:
    dA, Z, alpha = trial.case.args
    m_ = Z.shape[1]
    return batched_central_difference(lambda a: np.sum(dA * true_prelu(Z, a), axis=(-2, -1)) / m_, alpha)


def prelu_dalpha(trial: Trial) -> None:
    alpha = trial.case.args[2]
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise NotApplicable()
    got = _as_float(value[1], alpha.shape)
    expect_gradient(got, _prelu_dalpha_numeric(trial), "dalpha",
                    "the mean cost (1/m)·Σ dA·prelu(Z, alpha) with respect to alpha")


def _one_slope(trial: Trial, forward) -> bool:
    """The answer uses one slope for every unit (alpha[0], its mean, ...) instead of alpha[i] on row i."""
    alpha = trial.case.args[-1]
    if alpha.shape[0] < 2:
        return False
    truth = forward(alpha)
    for a in (alpha[0, 0], alpha[-1, 0], float(alpha.mean()), 0.01, 0.25):
        candidate = forward(a)
        if not m.close(candidate, truth) and m.close(trial.value, candidate):
            return True
    return False


def _prelu_forward_with(trial: Trial):
    Z = trial.case.args[0]
    return lambda a: true_prelu(Z, a)


def _alpha_as_row(trial: Trial):
    Z, alpha = trial.case.args
    if Z.shape[0] != Z.shape[1]:
        return None
    return np.where(Z > 0, Z, alpha.T * Z)


PRELU_MISTAKES = (
    m.returns("alpha is a column (n, 1), one slope per unit (row of Z); a row (alpha.T) or a flat alpha (n,) pairs "
              "the slopes with the examples instead.", _alpha_as_row),
    m.when("alpha is a column (n, 1), one slope per unit: alpha * Z keeps Z's shape (n, m). A row (alpha.T) or a "
           "flat (n,) alpha broadcasts into another shape.", lambda t: t.value.shape != _z(t).shape, checks=("shape",)),
    m.when("alpha holds one slope per unit, shape (n, 1): row i of Z uses alpha[i]. Yours uses one slope for every "
           "unit; multiply by the whole column (alpha * Z broadcasts it along each row).",
           lambda t: _one_slope(t, _prelu_forward_with(t))),
    m.returns("The negative side is 0: that is plain ReLU. PReLU keeps the learned slope, alpha·z, there.",
              lambda t: true_relu(_z(t))),
    m.returns("On the negative side PReLU is alpha·z, the slope times z, not the slope alone.",
              lambda t: np.where(_z(t) > 0, _z(t), t.case.args[1] * np.ones_like(_z(t)))),
    m.returns("alpha multiplies the wrong side: PReLU is z for z > 0 and alpha·z for z <= 0.",
              lambda t: np.where(_z(t) > 0, t.case.args[1] * _z(t), _z(t))),
)


def _prelu_dZ_with(trial: Trial):
    dA, Z, _ = trial.case.args
    return lambda a: np.where(Z > 0, dA, a * dA)


def _dalpha_truth(trial: Trial) -> np.ndarray:
    dA, Z, _ = trial.case.args
    return np.sum(np.where(Z > 0, 0.0, dA * Z), axis=1, keepdims=True) / Z.shape[1]


def _dalpha_shape(trial: Trial):
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return None
    return np.shape(value[1])


def _dalpha_summed_wrong_axis(trial: Trial) -> bool:
    n, m_ = trial.case.args[1].shape
    shape = _dalpha_shape(trial)
    wrong = {(1, m_), (1, 1), (), (1,)} | ({(m_,)} if m_ != n else set())
    return n > 1 and shape in wrong


PRELU_EXCEPTIONS = (
    ("TypeError", "converted to Python scalars",
     "alpha is an array of shape (n, 1), one slope per unit, not a single number: multiply by it as it is "
     "(alpha * Z broadcasts the column along each row of Z)."),
    ("ValueError", "could not be broadcast",
     "alpha is a column of shape (n, 1), one slope per unit: alpha * Z broadcasts it along each row of Z (n, m). "
     "A transposed alpha (1, n) or a flat one (n,) does not fit."),
)

PRELU_BACKWARD_MISTAKES = (
    m.returns("dalpha is a parameter gradient, the gradient of the mean cost: divide its sum over the m examples by "
              "m. (dZ stays per example, without 1/m.)", lambda t: t.case.args[1].shape[1] * _dalpha_truth(t),
              part=lambda v: v[1]),
    m.when("dalpha holds one number per unit, shape (n, 1): sum dA·Z over the examples only, "
           "np.sum(..., axis=1, keepdims=True), not over the units (axis 0) or over everything.",
           _dalpha_summed_wrong_axis, checks=("structure",)),
    m.when("dalpha should be summed over the m examples (axis=1, keepdims=True) and divided by m; yours keeps one "
           "value per example, shape (n, m).",
           lambda t: t.case.args[1].shape[1] > 1 and _dalpha_shape(t) == t.case.args[1].shape, checks=("structure",)),
    m.returns("m is the number of examples, Z.shape[1] (the columns); Z.shape[0] counts the units.",
              lambda t: _dalpha_truth(t) * t.case.args[1].shape[1] / t.case.args[1].shape[0], part=lambda v: v[1]),
    m.returns("dalpha collects dA·Z only where Z <= 0, where alpha is used: for z > 0 the output z does not depend "
              "on alpha.", lambda t: np.sum(t.case.args[0] * t.case.args[1], axis=1, keepdims=True)
              / t.case.args[1].shape[1], part=lambda v: v[1]),
    m.returns("The mask of dalpha is inverted: dA·Z counts where Z <= 0 (the side alpha acts on).",
              lambda t: np.sum(np.where(t.case.args[1] > 0, t.case.args[0] * t.case.args[1], 0.0), axis=1,
                               keepdims=True) / t.case.args[1].shape[1], part=lambda v: v[1]),
    m.when("alpha holds one slope per unit, shape (n, 1): dZ on row i is alpha[i]·dA where Z <= 0. Yours uses one "
           "slope for every unit.",
           lambda t: _one_slope(Trial(t.case, t.value[0], None, t.reference), _prelu_dZ_with(t))),
    m.returns("On the negative side dZ = alpha·dA, not 0: that is plain ReLU's backward.",
              lambda t: np.where(t.case.args[1] > 0, t.case.args[0], 0.0), part=lambda v: v[0]),
    m.returns("dZ is per example: no 1/m in dZ. Only dalpha, the gradient of a parameter, carries the 1/m.",
              lambda t: np.where(t.case.args[1] > 0, t.case.args[0], t.case.args[2] * t.case.args[0])
              / t.case.args[1].shape[1], part=lambda v: v[0]),
    m.returns("dalpha sums dA·Z where Z <= 0 (the output alpha·z changes by z when alpha changes by 1). Yours has an "
              "extra factor alpha: it uses dZ, or the output alpha·Z, instead of dA and Z.",
              lambda t: t.case.args[2] * _dalpha_truth(t), part=lambda v: v[1]),
    m.returns("Divide dalpha by m, the number of all examples (the mean cost averages over every one of them), not "
              "by the number of examples where Z <= 0.",
              lambda t: _dalpha_truth(t) * t.case.args[1].shape[1]
              / np.maximum(np.sum(t.case.args[1] <= 0, axis=1, keepdims=True), 1), part=lambda v: v[1]),
    m.returns("On the negative side dZ = alpha·dA (the slope times the upstream gradient), not alpha·Z.",
              lambda t: np.where(t.case.args[1] > 0, t.case.args[0], t.case.args[2] * t.case.args[1]),
              part=lambda v: v[0]),
)


# softmax and cross-entropy together
def sce_case(shape, seed, values="quarters") -> Case:
    n, m_ = shape
    Z = z_case(shape, seed, values).args[0]
    Y = np.eye(n)[:, s.generator(seed + 5).randint(0, n, size=m_)]
    return Case((Z, Y))


# The true class of each column sits far below the column's largest entry: the cost is about
# 2000 / 3 per example and finite, but softmax gives those classes exactly 0, and log(0) = −inf.
SCE_BEYOND = Case((np.array([[1000.0, -1000.0, 0.5], [-1000.0, 1000.0, 0.25], [0.0, 0.0, -800.0]]),
                   np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])))


def _sce_cost(trial: Trial) -> float:
    """The returned cost, when the answer has the structure that check judges."""
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise NotApplicable()
    try:
        return expect_scalar(value[0], "the cost")
    except Mismatch:
        raise NotApplicable() from None


def _sce_dZ(trial: Trial) -> np.ndarray:
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise NotApplicable()
    return _as_float(value[1], trial.case.args[0].shape)


def sce_cost(trial: Trial) -> None:
    Z, Y = trial.case.args
    expect_close(np.asarray(_sce_cost(trial)), np.asarray(float(true_cross_entropy(Z, Y))), "the cost", COST)


def sce_gradient(trial: Trial) -> None:
    Z, Y = trial.case.args
    dZ = _sce_dZ(trial)
    numeric = Z.shape[1] * batched_central_difference(lambda stack: true_cross_entropy(stack, Y), Z)
    expect_gradient(dZ, numeric, "dZ", "the mean cost with respect to Z, times m (dZ is per example: no 1/m)")


def sce_finite(trial: Trial) -> None:
    Z, Y = trial.case.args
    cost, dZ = _sce_cost(trial), _sce_dZ(trial)
    expected = float(true_cross_entropy(Z, Y))
    if not np.isfinite(cost):
        raise Mismatch(f"the cost is {number(cost)}; it should be {number(expected)}",
                       expected=number(expected), got=number(cost))
    expect_finite(dZ, true_softmax(Z) - Y, "dZ")


def _sce(trial: Trial):
    """Z, Y, m, n, the true softmax and the true cost."""
    Z, Y = trial.case.args
    return Z, Y, Z.shape[1], Z.shape[0], true_softmax(Z), float(true_cross_entropy(Z, Y))


def _unshifted_sce_breaks_alike(trial: Trial) -> bool:
    """dZ breaks exactly where an un-shifted softmax does (the cost alone cannot tell the two apart)."""
    Z, Y = trial.case.args
    return _nan_pattern_of(trial.value[1], _unshifted_softmax(Z) - Y)


def _clipped_loss(trial: Trial) -> bool:
    Z, Y, m_, n, A, cost = _sce(trial)
    got = float(trial.value[0])
    return bool(np.abs(Z).max() > EXACT_UP_TO and np.isfinite(got) and got < cost - 1e-6 * (1 + cost))


EPSILONS = (1e-15, 1e-12, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4)


def _epsilon_loss(trial: Trial) -> bool:
    """The cost of log(p + ε) or of p clipped to [ε, 1] or [ε, 1 − ε], for a usual ε."""
    Z, Y, m_, n, A, cost = _sce(trial)
    got = float(trial.value[0])
    for eps in EPSILONS:
        for P in (A + eps, np.clip(A, eps, 1.0), np.clip(A, eps, 1.0 - eps)):
            candidate = float(-np.sum(Y * np.log(P)) / m_)
            if not m.close(candidate, cost, COST) and m.close(got, candidate, COST):
                return True
    return False


def _binary_cross_entropy(trial: Trial):
    Z, Y, m_, n, A, cost = _sce(trial)
    with np.errstate(all="ignore"):
        return float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m_)


_LOG_SUM_EXP = ("Compute log softmax directly with the log-sum-exp trick: log softmax(Z) = (Z − max) − "
                "log Σ e^(Z − max), with max = np.max(Z, axis=0, keepdims=True).")

SCE_MISTAKES = (
    m.returns("dZ = softmax(Z) − Y is per example: no 1/m in dZ (the 1/m of the mean cost belongs to the parameter "
              "gradients dW and db).", lambda t: (_sce(t)[4] - t.case.args[1]) / _sce(t)[2], part=lambda v: v[1]),
    m.returns("The cost is the mean over the m examples: divide the sum by m.", lambda t: _sce(t)[5] * _sce(t)[2],
              part=lambda v: v[0], tolerance=COST),
    m.returns("The cost is the mean over the m examples (the columns), not over the classes: divide the sum by "
              "m = Y.shape[1] (not by Y.shape[0], nor by n·m as np.mean over the whole array does).",
              lambda t: _sce(t)[5] * _sce(t)[2] / _sce(t)[3], part=lambda v: v[0], tolerance=COST),
    m.returns("np.mean over the whole (n, m) array divides by n·m; the cost is the sum over the classes, averaged "
              "over the m examples only: divide the total by m.", lambda t: _sce(t)[5] / _sce(t)[3],
              part=lambda v: v[0], tolerance=COST),
    m.returns("softmax normalizes each column (axis=0, one example per column); yours normalizes the rows.",
              lambda t: true_softmax(t.case.args[0].T).T - t.case.args[1], part=lambda v: v[1]),
    m.returns("softmax normalizes each column (axis=0, one example per column); yours normalizes the rows.",
              lambda t: float(-np.sum(t.case.args[1] * np.log(true_softmax(t.case.args[0].T).T))) / _sce(t)[2],
              part=lambda v: v[0], tolerance=COST),
    m.returns("The sign of dZ is flipped: dZ = softmax(Z) − Y.", lambda t: t.case.args[1] - _sce(t)[4],
              part=lambda v: v[1]),
    m.returns("dZ = softmax(Z) − Y: the − Y is missing.", lambda t: _sce(t)[4], part=lambda v: v[1]),
    m.returns("The minus sign in front of the cost is missing: cost = −(1/m) Σ y·log softmax(z), a positive number.",
              lambda t: -_sce(t)[5], part=lambda v: v[0], tolerance=COST),
    m.when("np.exp(Z) overflows (or a column underflows to 0 / 0) without the max subtraction, and the log of that "
           "softmax is nan. Subtract each column's max first; and for the cost, " + _LOG_SUM_EXP[0].lower()
           + _LOG_SUM_EXP[1:], _unshifted_sce_breaks_alike),
    m.when("log(softmax(Z)) is −inf where softmax rounds a probability to exactly 0 (a class far below the column's "
           "max), and 0·(−inf) = nan. " + _LOG_SUM_EXP, lambda t: _not_finite(t.value[0]) or _not_finite(t.value[1])),
    m.when("Clipping the probabilities (or adding a small ε) before the log caps each example's loss at −log ε, far "
           "below the true cost when a class is hopelessly wrong. " + _LOG_SUM_EXP, _clipped_loss,
           checks=("cost",)),
    m.when("Adding a small ε inside the log (or clipping the probabilities) changes the cost: log(p + ε) is not "
           "log p. " + _LOG_SUM_EXP + " It needs no ε.", _epsilon_loss, checks=("cost",)),
    m.returns("Softmax cross-entropy takes only each example's true class: −(1/m) Σ y·log softmax(z). The "
              "(1 − y)·log(1 − p) terms belong to the binary cross-entropy of a single sigmoid output.",
              _binary_cross_entropy, part=lambda v: v[0], tolerance=COST),
)


# ELU
def _fitted_alpha(got, Z, curve) -> float | None:
    """The alpha for which ``got`` is ``curve(alpha)`` (the curve is linear in alpha), read off one
    negative entry of Z and confirmed on all of them; None if there is none."""
    unit = curve(1.0)
    usable = (Z < 0) & (np.abs(unit) > 1e-3)
    if not usable.any():
        return None
    index = _first(usable)
    alpha = float(np.asarray(got, dtype=float)[index] / unit[index])
    return alpha if m.close(got, curve(alpha)) else None


def _elu_other_default(trial: Trial) -> bool:
    Z = _z(trial)
    alpha = _fitted_alpha(trial.value, Z, lambda a: true_elu(Z, a))
    return len(trial.case.args) == 1 and alpha is not None and abs(alpha - 1.0) > 1e-6


def _elu_swapped(trial: Trial):
    Z = _z(trial)
    return np.where(Z > 0, _elu_alpha(trial) * np.expm1(np.minimum(Z, 700)), Z)


def _elu_maximum(trial: Trial):
    Z = _z(trial)
    return np.maximum(Z, _elu_alpha(trial) * np.expm1(np.minimum(Z, 700)))


ELU_MISTAKES = (
    m.returns("Your function ignores its alpha argument: it behaves as if alpha were 1.0 whatever it is given.",
              lambda t: true_elu(_z(t), 1.0) if len(t.case.args) == 2 else None),
    m.returns("The − 1 is missing: ELU is alpha·(e^z − 1) for z <= 0, which is 0 at z = 0, where it meets the line z.",
              lambda t: np.where(_z(t) > 0, _z(t), _elu_alpha(t) * np.exp(np.minimum(_z(t), 0)))),
    m.returns("alpha multiplies the whole bracket: alpha·(e^z − 1), not alpha·e^z − 1.",
              lambda t: np.where(_z(t) > 0, _z(t), _elu_alpha(t) * np.exp(np.minimum(_z(t), 0)) - 1)),
    m.when("For z > 0, ELU is z itself; yours returns alpha·(e^z − 1) there: the pieces are swapped, or it takes "
           "max(z, alpha·(e^z − 1)), which is not ELU (e^z − 1 is larger than z for z > 0).",
           lambda t: m.close(t.value, _elu_swapped(t)) and m.close(t.value, _elu_maximum(t))
           and not m.close(t.value, true_elu(*t.case.args))),
    m.returns("The two pieces are swapped: ELU is z for z > 0 and alpha·(e^z − 1) for z <= 0.", _elu_swapped),
    m.returns("max(z, alpha·(e^z − 1)) is not ELU: for z > 0, e^z − 1 is larger than z. Choose the piece by the sign "
              "of z, np.where(Z > 0, ...).", _elu_maximum),
    m.when("Called without alpha, your elu uses another default: the contract's default is alpha=1.0.",
           _elu_other_default),
    m.when("For z > 0, ELU is z itself; yours computes e^z there, which overflows to inf above z ≈ 709: the pieces "
           "are swapped, or max(z, alpha·(e^z − 1)) picks the exponential piece.",
           lambda t: np.isposinf(np.asarray(t.value, dtype=float)[_z(t) > 0]).any()),
    m.returns("For z > 0, ELU is z itself whatever alpha is: alpha scales only the negative side, alpha·(e^z − 1). "
              "(Scaling both sides is what SELU does, with its own fixed constants.)",
              lambda t: _elu_alpha(t) * true_elu(_z(t), 1.0) if len(t.case.args) == 2 else None),
    m.when("Your elu clips z to a fixed range, so it is wrong beyond the clip: elu(z) = z for every z > 0, however "
           "large, and alpha·(e^z − 1) still changes far below 0. No clipping is needed: choose the piece with "
           "np.where and take np.exp of np.minimum(Z, 0), which never overflows.",
           lambda t: _clipped_like(t.value, _z(t), lambda Z: true_elu(Z, _elu_alpha(t)))),
    m.when("np.exp(Z) overflows to inf for large z, and inf·0 = nan: multiplying each piece by a 0/1 mask lets the "
           "unused inf in. Choose the piece with np.where (a RuntimeWarning is fine), or take np.exp of "
           "np.minimum(Z, 0).", lambda t: _not_finite(t.value)),
)


CLIP_LIMITS = (5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 30.0, 100.0, 200.0, 300.0, 500.0, 700.0)


def _clipped_like(got, Z, curve) -> bool:
    """``got`` is ``curve`` evaluated on Z clipped to ±L (everywhere, or inside the exponential only) for a
    usual limit L, and that is not the true curve."""
    truth = curve(Z)
    for limit in CLIP_LIMITS:
        for candidate in (curve(np.clip(Z, -limit, limit)), np.where(Z > 0, truth, curve(np.maximum(Z, -limit)))):
            if not m.close(candidate, truth, ACTIVATION) and m.close(got, candidate, ACTIVATION):
                return True
    return False


def _elu_slope(Z, alpha):
    return np.where(Z > 0, 1.0, alpha * np.exp(np.minimum(Z, 0.0)))


def _elu_backward_other_default(trial: Trial) -> bool:
    dA, Z = trial.case.args[:2]
    alpha = _fitted_alpha(trial.value, Z, lambda a: dA * _elu_slope(Z, a))
    return len(trial.case.args) == 2 and alpha is not None and abs(alpha - 1.0) > 1e-6


def _dA(t: Trial):
    return t.case.args[0]


def _cache(t: Trial):
    return t.case.args[1]


ELU_BACKWARD_MISTAKES = (
    m.returns("Your function ignores its alpha argument: it behaves as if alpha were 1.0 whatever it is given.",
              lambda t: _dA(t) * _elu_slope(_cache(t), 1.0) if len(t.case.args) == 3 else None),
    m.returns("On the negative side the slope is alpha·e^z, the derivative of alpha·(e^z − 1); yours multiplies dA by "
              "the ELU itself, alpha·(e^z − 1).",
              lambda t: _dA(t) * np.where(_cache(t) > 0, 1.0,
                                          _backward_alpha(t, 1.0) * np.expm1(np.minimum(_cache(t), 0)))),
    m.returns("The cache holds Z, not A = elu(Z): the slope on the negative side is alpha·e^Z, computed from Z.",
              lambda t: _dA(t) * np.where(_cache(t) > 0, 1.0, _cache(t) + _backward_alpha(t, 1.0))),
    m.returns("dZ is missing the factor dA: the slope is 1 for z > 0 and alpha·e^z for z <= 0, times dA.",
              lambda t: _elu_slope(_cache(t), _backward_alpha(t, 1.0))),
    m.returns("The piece must be chosen by the sign of Z (the cache), not of dA.",
              lambda t: np.where(_dA(t) > 0, _dA(t),
                                 _dA(t) * _backward_alpha(t, 1.0) * np.exp(np.minimum(_cache(t), 0)))),
    m.when("Called without alpha, your function uses another default: the contract's default is alpha=1.0.",
           _elu_backward_other_default),
    m.returns("elu(Z) + alpha is the slope alpha·e^z only when elu uses that same alpha: pass it on, "
              "elu(Z, alpha) + alpha. Yours adds alpha to elu(Z) computed with alpha = 1.0.",
              lambda t: _dA(t) * np.where(_cache(t) > 0, 1.0, np.expm1(np.minimum(_cache(t), 0)) + t.case.args[2])
              if len(t.case.args) == 3 else None),
    m.returns("The slope is chosen by the sign of z: 1 for z > 0 and alpha·e^z for z <= 0. min(1, alpha·e^z) agrees "
              "with it only when alpha = 1.",
              lambda t: _dA(t) * np.minimum(1.0, _backward_alpha(t, 1.0) * np.exp(np.minimum(_cache(t), 700)))),
    m.when("Your slope clips z before the exponential, so below the clip alpha·e^z comes out too large. No clipping "
           "is needed: np.exp of np.minimum(Z, 0) never overflows.",
           lambda t: _clipped_like(t.value, _cache(t), lambda Z: _dA(t) * _elu_slope(Z, _backward_alpha(t, 1.0)))),
    m.when("np.exp(Z) overflows to inf for large z, and inf·0 = nan: multiplying each piece by a 0/1 mask lets the "
           "unused inf in. Choose the piece with np.where (a RuntimeWarning is fine), or take np.exp of "
           "np.minimum(Z, 0).", lambda t: _not_finite(t.value)),
)


ELU_SENTENCE = "Z where Z > 0, alpha·(e^Z − 1) elsewhere, exactly for |z| <= 50"
PRELU_SENTENCE = "Z where Z > 0, alpha[i]·Z on row i elsewhere (one slope per unit), exactly for |z| <= 50"
SOFTMAX_SENTENCE = "e^z divided by the sum of its column, exactly for |z| <= 50"
ELU_LARGE_SENTENCE = ("stays right for |z| up to 1000: z itself where z > 0, however large, and −alpha·(1 − e^z) "
                      "below 0")
PRELU_LARGE_SENTENCE = "stays right for |z| up to 1000: z where z > 0, alpha[i]·z on row i elsewhere"
PRELU_DZ = p.slope("dZ", "dZ = dA where Z > 0, alpha[i]·dA on row i where Z < 0 (finite differences)", _prelu_dZ,
                   what="dZ", of="prelu times dA", accept_at=_prelu_kinks, part=lambda v: v[0])
PRELU_DALPHA = Check("dalpha", "dalpha is the slope of the mean cost with respect to alpha (with 1/m), matching "
                     "finite differences", prelu_dalpha)
SCE_COST = Check("cost", "cost = −(1/m) Σ y·log softmax(z), the mean over the m examples", sce_cost)
SCE_GRADIENT = Check("gradient", "dZ = softmax(Z) − Y: m times the slope of the cost (finite differences)",
                     sce_gradient)


EXERCISES = (
    Exercise(function("activations.step"),
             forward_probes(true_step) + (
                 Probe("values", (Check("zero_or_one", "returns only 0.0 and 1.0", zero_or_one),),
                       cases(z_case, "quarters"), max_examples=5),
                 # Right next to 0 on both sides: a step derived from a rounded sigmoid says 0 for tiny z > 0.
                 Probe("near_zero", (forward_exact(true_step),), examples=(Case((STEP_NEAR_ZERO,)),),
                       max_examples=0),),
             STEP_MISTAKES, note=notes.ACTIVATIONS),
    Exercise(function("activations.sigmoid"),
             forward_probes(true_sigmoid, identity_probe=Probe(
                 "symmetry", (identity("symmetry", "sigmoid(−z) = 1 − sigmoid(z)", _symmetry(1.0, "sigmoid")),),
                 st.tuples(s.shapes(), s.SEEDS).map(lambda t: symmetric_case(t[0], t[1], sign=-1.0)),
                 max_examples=5)),
             SIGMOID_MISTAKES, uses=("activations.tanh",), note=notes.ACTIVATIONS),
    Exercise(function("activations.tanh"),
             forward_probes(true_tanh, identity_probe=Probe(
                 "odd", (identity("odd", "tanh(−z) = −tanh(z)", _symmetry(0.0, "tanh")),),
                 st.tuples(s.shapes(), s.SEEDS).map(lambda t: symmetric_case(t[0], t[1], sign=-1.0)),
                 max_examples=5)),
             TANH_MISTAKES, uses=("activations.sigmoid",), note=notes.SHALLOW),
    Exercise(function("activations.relu"),
             forward_probes(true_relu, identity_probe=Probe(
                 "idempotent", (identity("idempotent", "relu(relu(z)) = relu(z), and never negative", _idempotent),),
                 cases(z_case, "quarters"), max_examples=5, run=twice)),
             RELU_MISTAKES, note=notes.CS231N),
    Exercise(function("activations.leaky_relu"),
             (
                 Probe("typical", (forward_shape(), forward_exact(true_leaky, alpha=True),
                                   p.inputs_unchanged(("Z", "alpha"))),
                       cases(z_case, "quarters", with_alpha=True), examples(z_case, "quarters", alpha=0.2),
                       max_examples=9, return_args=True),
                 Probe("beyond", (forward_exact(true_leaky, alpha=True),
                                  p.finite("large_inputs", "stays free of nan and inf for |z| up to 1000",
                                           lambda t: true_leaky(*t.case.args)),
                                  p.inputs_unchanged(("Z", "alpha"))),
                       cases(z_case, "beyond", with_alpha=True), (Case((BEYOND, 0.2)),), max_examples=6,
                       return_args=True),
                 Probe("default_alpha", (p.matches("default_alpha", "uses alpha = 0.01 when called without alpha",
                                                   lambda t: true_leaky(_z(t)), ACTIVATION),),
                       cases(z_case, "quarters"), examples(z_case, "nonzero"), max_examples=5),
             ),
             LEAKY_MISTAKES, uses=("activations.relu",), note=notes.CS231N),
    Exercise(function("activations.elu"),
             (
                 Probe("typical", (forward_shape(), forward_exact(true_elu, alpha=True, sentence=ELU_SENTENCE),
                                   p.inputs_unchanged(("Z", "alpha"))),
                       cases(z_case, "quarters", with_alpha=True, alphas=ELU_ALPHAS),
                       examples(z_case, "quarters", alpha=0.5), max_examples=9, return_args=True),
                 Probe("beyond", (forward_exact(true_elu, alpha=True, sentence=ELU_SENTENCE),
                                  p.finite("large_inputs", "stays free of nan and inf for |z| up to 1000",
                                           lambda t: true_elu(*t.case.args)),
                                  forward_large_exact(true_elu, ELU_LARGE_SENTENCE), p.inputs_unchanged(("Z", "alpha"))),
                       cases(z_case, "beyond", with_alpha=True, alphas=ELU_ALPHAS), (Case((BEYOND, 1.0)),),
                       max_examples=6, return_args=True),
                 Probe("at_zero", (Check("continuous_at_zero", "is continuous at 0, with slope 1 on the right and "
                                         "alpha on the left", elu_at_zero),),
                       examples=tuple(Case((ELU_NEAR_ZERO, a)) for a in (1.0, 0.5, 2.0)), max_examples=0),
                 Probe("default_alpha", (p.matches("default_alpha", "uses alpha = 1.0 when called without alpha",
                                                   lambda t: true_elu(_z(t)), ACTIVATION),),
                       cases(z_case, "quarters"), examples(z_case, "nonzero"), max_examples=5),
             ),
             ELU_MISTAKES, uses=("activations.relu", "activations.step"), note=notes.ELU),
    Exercise(function("activations.softmax"),
             (
                 Probe("typical", (forward_shape(),
                                   Check("probabilities", "every column is a probability vector: entries >= 0 "
                                         "that sum to 1", probability_columns),
                                   Check("matches_definition", SOFTMAX_SENTENCE, softmax_exact),
                                   p.inputs_unchanged(("Z",))),
                       cases(z_case, "quarters"), examples(z_case, "quarters") + (z_case((4, 3), 7, "wide"),),
                       max_examples=9, return_args=True),
                 Probe("shift", (Check("shift_invariant", "adding a constant to a column changes nothing, even a "
                                       "large one (|z| up to 1000)", shift_invariant),),
                       st.tuples(s.shapes(), s.SEEDS).map(lambda t: shift_case(*t)),
                       (Case((s.quarters(s.generator(3), (3, 2)) + [[900.0, -900.0]],),
                             context={"shift": np.array([[900.0, -900.0]])}),),
                       max_examples=6, run=with_shift_removed),
                 Probe("beyond", (Check("matches_definition", SOFTMAX_SENTENCE, softmax_exact),
                                  p.finite("large_inputs", "stays free of nan and inf for |z| up to 1000",
                                           lambda t: true_softmax(_z(t))),
                                  p.inputs_unchanged(("Z",))),
                       cases(z_case, "large"), (Case((SOFTMAX_BEYOND,)),), max_examples=6, return_args=True),
             ),
             SOFTMAX_MISTAKES, note=notes.SOFTMAX, exception_hints=SOFTMAX_EXCEPTIONS),
    Exercise(function("activations.sigmoid_backward"), _backward_probes(true_sigmoid),
             SIGMOID_BACKWARD_MISTAKES, uses=("activations.sigmoid",), note=notes.SHALLOW),
    Exercise(function("activations.tanh_backward"), _backward_probes(true_tanh),
             TANH_BACKWARD_MISTAKES, uses=("activations.tanh",), note=notes.SHALLOW),
    Exercise(function("activations.relu_backward"),
             _backward_probes(true_relu, kinks=(lambda dA, a: dA, lambda dA, a: 0 * dA)),
             RELU_BACKWARD_MISTAKES, note=notes.SHALLOW),
    Exercise(function("activations.leaky_relu_backward"),
             _backward_probes(true_leaky, kinks=(lambda dA, a: dA, lambda dA, a: a * dA), with_alpha=True) + (
                 Probe("default_alpha", (backward_slope(true_leaky),), cases(backward_case, "nonzero"),
                       max_examples=5),),
             LEAKY_BACKWARD_MISTAKES, note=notes.CS231N),
    Exercise(function("activations.elu_backward"),
             _backward_probes(true_elu, kinks=(lambda dA, a: dA, lambda dA, a: a * dA), with_alpha=True,
                              alphas=ELU_ALPHAS, example_alpha=0.5, alpha_default=1.0) + (
                 Probe("default_alpha", (backward_slope(true_elu, alpha_default=1.0),),
                       cases(backward_case, "nonzero"), max_examples=5),),
             ELU_BACKWARD_MISTAKES, uses=("activations.elu", "activations.relu_backward", "activations.step"),
             note=notes.ELU),
    Exercise(function("activations.prelu"),
             (
                 Probe("typical", (forward_shape(), forward_exact(true_prelu, alpha=True, sentence=PRELU_SENTENCE),
                                   p.inputs_unchanged(("Z", "alpha"))),
                       seeded(prelu_case, "quarters"), seeded_examples(prelu_case, "quarters"),
                       max_examples=9, return_args=True),
                 Probe("beyond", (forward_exact(true_prelu, alpha=True, sentence=PRELU_SENTENCE),
                                  p.finite("large_inputs", "stays free of nan and inf for |z| up to 1000",
                                           lambda t: true_prelu(*t.case.args)),
                                  forward_large_exact(true_prelu, PRELU_LARGE_SENTENCE),
                                  p.inputs_unchanged(("Z", "alpha"))),
                       seeded(prelu_case, "beyond"), max_examples=5, return_args=True),
             ),
             PRELU_MISTAKES, uses=("activations.leaky_relu", "activations.relu", "activations.step"), note=notes.ELU,
             exception_hints=PRELU_EXCEPTIONS),
    Exercise(function("activations.prelu_backward"),
             (
                 Probe("typical", (
                     p.structure("structure", "returns (dZ, dalpha): dZ shaped like dA, dalpha like alpha (n, 1)",
                                 ("the result", ["dZ", "dalpha"]),
                                 expected=lambda t: (np.zeros(t.case.args[0].shape), np.zeros(t.case.args[2].shape))),
                     PRELU_DZ, PRELU_DALPHA,
                     p.inputs_unchanged(("dA", "cache", "alpha")),
                 ), seeded(prelu_backward_case, "nonzero"), seeded_examples(prelu_backward_case, "nonzero"),
                     max_examples=10, return_args=True),
                 Probe("at_zero", (PRELU_DZ, PRELU_DALPHA, p.inputs_unchanged(("dA", "cache", "alpha"))),
                       seeded(prelu_backward_case, "kinks"), seeded_examples(prelu_backward_case, "kinks")[:1],
                       max_examples=5, return_args=True),
                 Probe("large", (PRELU_DZ, PRELU_DALPHA, p.inputs_unchanged(("dA", "cache", "alpha"))),
                       seeded(prelu_backward_case, "large"), max_examples=5, return_args=True),
             ),
             PRELU_BACKWARD_MISTAKES,
             uses=("activations.prelu", "activations.leaky_relu_backward", "activations.relu_backward",
                   "activations.step"),
             note=notes.ELU),
    Exercise(function("activations.softmax_cross_entropy"),
             (
                 Probe("typical", (
                     p.structure("structure", "returns (cost, dZ): a number and an array shaped like Z",
                                 ("the result", ["cost", "dZ"]), expected=lambda t: (0.0, np.zeros(_z(t).shape))),
                     SCE_COST, SCE_GRADIENT,
                     p.inputs_unchanged(("Z", "Y")),
                 ), seeded(sce_case, "quarters"), seeded_examples(sce_case, "quarters"),
                     max_examples=10, return_args=True),
                 Probe("large", (Check("large_inputs", "cost and dZ stay free of nan and inf for |z| up to 1000",
                                       sce_finite),
                                 SCE_COST, SCE_GRADIENT, p.inputs_unchanged(("Z", "Y"))),
                       seeded(sce_case, "large"), (SCE_BEYOND,), max_examples=6, return_args=True),
             ),
             SCE_MISTAKES, uses=("activations.softmax",), note=notes.SOFTMAX),
)
