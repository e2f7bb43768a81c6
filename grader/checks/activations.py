"""Checks for ``activations``.

Forward functions: exact for |z| <= 50, finite up to |z| = 1000, the shape of
Z kept, Z untouched, and an identity that explains a failure in words
(sigmoid(-z) = 1 - sigmoid(z), tanh is odd, relu is idempotent).

Backward functions: dZ = dA * g'(Z), where g'(Z) is measured by central
finite differences of the true forward function; where Z is exactly at a
kink (0 for the ReLU family) either one-sided slope is accepted.
"""
from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import ACTIVATION, elementwise_slope, expect_close
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial
from grader.curriculum import function
from grader.feedback import notes


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


def cases(build, values, *, with_alpha=False):
    if with_alpha:
        return st.tuples(s.shapes(), s.SEEDS, st.sampled_from(ALPHAS)).map(
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


def _backward_alpha(trial: Trial) -> float:
    """alpha of a backward case (dA, Z) or (dA, Z, alpha)."""
    return trial.case.args[2] if len(trial.case.args) == 3 else 0.01


def forward_shape() -> Check:
    return p.output_array("shape", "returns a float array with the shape of Z", lambda t: _z(t).shape)


EXACT_UP_TO = 50.0


def forward_exact(truth, *, alpha: bool = False) -> Check:
    def verify(trial: Trial) -> None:
        Z = _z(trial)
        got = trial.value
        if not isinstance(got, np.ndarray) or got.shape != Z.shape or got.dtype.kind not in "biuf":
            raise NotApplicable()
        moderate = np.abs(Z) <= EXACT_UP_TO
        expected = truth(*trial.case.args) if alpha else truth(Z)
        expect_close(np.where(moderate, got, expected), expected, "the result", ACTIVATION)

    sentence = ("Z where Z > 0, alpha·Z elsewhere, exactly for |z| <= 50" if alpha
                else "is exact for |z| <= 50 (within 1e-12 + 1e-7·|value|)")
    return Check("matches_definition", sentence, verify)


def forward_finite(truth) -> Check:
    return p.finite("large_inputs", "stays free of nan and inf for |z| up to 1000", lambda t: truth(_z(t)))


def backward_shape() -> Check:
    return p.output_array("shape", "returns dZ with the shape of dA", lambda t: t.case.args[0].shape, what="dZ")


def backward_slope(forward, *, kink_values=None) -> Check:
    def numeric(trial: Trial) -> np.ndarray:
        dA, Z = trial.case.args[:2]
        alpha = _backward_alpha(trial)
        g = (lambda x: forward(x, alpha)) if forward is true_leaky else forward
        return dA * elementwise_slope(g, Z)

    accept_at = None
    if kink_values is not None:
        def accept_at(trial: Trial):
            dA, Z = trial.case.args[:2]
            return Z == 0, [v(dA, _backward_alpha(trial)) for v in kink_values]

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


def forward_probes(truth, *, identity_probe: Probe | None = None) -> tuple[Probe, ...]:
    probes = [
        Probe("typical", (forward_shape(), forward_exact(truth), p.inputs_unchanged(("Z",))),
              cases(z_case, "quarters"), examples(z_case, "quarters"), max_examples=9, return_args=True),
        Probe("beyond", (forward_exact(truth), forward_finite(truth)), cases(z_case, "beyond"),
              (Case((BEYOND,)),), max_examples=6),
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


RELU_MISTAKES = (
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


def _backward_probes(forward, *, kinks=None, with_alpha=False) -> tuple[Probe, ...]:
    values = "nonzero" if kinks else "quarters"
    names = ("dA", "cache", "alpha") if with_alpha else ("dA", "cache")
    checks = (backward_shape(), backward_slope(forward, kink_values=kinks), p.inputs_unchanged(names))
    probes = [
        Probe("typical", checks, cases(backward_case, values, with_alpha=with_alpha),
              examples(backward_case, values, alpha=0.2 if with_alpha else None),
              max_examples=9, return_args=True),
        Probe("large", (backward_finite(forward), backward_slope(forward, kink_values=kinks)),
              cases(backward_case, "large"), max_examples=6),
    ]
    if kinks:
        probes.append(Probe("at_zero", (backward_slope(forward, kink_values=kinks),),
                            cases(backward_case, "kinks"), examples(backward_case, "kinks"), max_examples=6))
    return tuple(probes)


EXERCISES = (
    Exercise(function("activations.step"),
             forward_probes(true_step) + (
                 Probe("values", (Check("zero_or_one", "returns only 0.0 and 1.0", zero_or_one),),
                       cases(z_case, "quarters"), max_examples=5),),
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
                                           lambda t: true_leaky(*t.case.args))),
                       cases(z_case, "beyond", with_alpha=True), (Case((BEYOND, 0.2)),), max_examples=6),
                 Probe("default_alpha", (p.matches("default_alpha", "uses alpha = 0.01 when called without alpha",
                                                   lambda t: true_leaky(_z(t)), ACTIVATION),),
                       cases(z_case, "quarters"), examples(z_case, "nonzero"), max_examples=5),
             ),
             LEAKY_MISTAKES, uses=("activations.relu",), note=notes.CS231N),
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
)
