"""Checks for ``building_blocks``: maxout units and residual (skip) connections.

Forward functions: A is compared with an independent computation (the largest
of the k pieces W[i]·A_prev + b[i]; relu(W·A_prev + b) + A_prev) on random
sizes and on the edges: k = 1 (maxout is then a plain linear layer), one unit,
one input, m = 1, pieces that are all negative (maxout has no floor at 0) and
large inputs. A must be a float64 array of shape (n, m); the inputs must come
back untouched. The cache is the learner's own design: any format is accepted.

Backward functions receive the cache made by the learner's OWN forward pass
(``Caller.own``), or the reference's (A_prev, W, b, Z) when that forward pass
gives none; a failure then says so. Answers are judged against central finite
differences of the mean cost J = (1/m)·Σ dA·A(A_prev, W, b), so dW and db carry
the 1/m and dA_prev = m·∂J/∂A_prev is per example, and against the reference
backward applied to the reference forward on the same inputs (never to the
learner's cache). Where the derivative is undefined either one-sided value is
accepted. Maxout inputs never hold an exact tie between the two best pieces:
finite-difference cases keep them a margin apart, and the "near ties" probe
puts them a few millionths apart on inputs in the hundreds, exactly
representable, so every summation order agrees on the winner (np.isclose does
not). Residual inputs keep |Z| away from 0 for finite differences, and the
"kinks" probe puts exact zeros into Z (quarters, exact in any order) and
accepts dZ = dA·[Z > 0] or dA·[Z >= 0] there.

Nothing here is random: there are no statistical checks, and a correct
implementation fails with probability 0.
"""
from __future__ import annotations

import copy
from dataclasses import replace

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import (
    LINEAR_ALGEBRA,
    batched_central_difference,
    expect_array,
    expect_close,
    expect_gradient,
    expect_sequence,
)
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import source

MODULE = "building_blocks"


# -- the truth, written independently of solutions/ (every function broadcasts over a leading stack axis) --
def maxout_pieces(A_prev, W, b):
    """Z[i] = W[i]·A_prev + b[i], shape (..., k, n, m)."""
    return np.matmul(W, np.asarray(A_prev)[..., None, :, :]) + b


def maxout_output(A_prev, W, b):
    return maxout_pieces(A_prev, W, b).max(axis=-3)


def residual_pre(A_prev, W, b):
    return np.matmul(W, A_prev) + b


def residual_output(A_prev, W, b):
    return np.maximum(residual_pre(A_prev, W, b), 0.0) + A_prev


def maxout_from_dZ(dZ, A_prev, W):
    """(dA_prev, dW, db) of a maxout layer, given the gradient dZ of every piece, (k, n, m)."""
    m_ = A_prev.shape[1]
    return (np.einsum("knp,knm->pm", W, dZ), np.einsum("knm,pm->knp", dZ, A_prev) / m_,
            dZ.sum(axis=2, keepdims=True) / m_)


def maxout_winners(Z):
    """One-hot (k, n, m) of the winning piece of each (unit, example); no ties in our cases."""
    return (np.arange(Z.shape[0]).reshape(-1, 1, 1) == Z.argmax(axis=0)).astype(float)


def residual_from_dZ(dZ, dA, A_prev, W):
    m_ = A_prev.shape[1]
    return W.T @ dZ + dA, dZ @ A_prev.T / m_, dZ.sum(axis=1, keepdims=True) / m_


def residual_gradients(dA, A_prev, W, b, *, at_zero: float = 0.0):
    Z = residual_pre(A_prev, W, b)
    slope = np.where(Z > 0, 1.0, np.where(Z == 0, at_zero, 0.0))
    return residual_from_dZ(dA * slope, dA, A_prev, W)


def numeric_gradients(output, dA, A_prev, W, b):
    """(dA_prev, dW, db) by central differences of J = (1/m)·Σ dA·output(A_prev, W, b)."""
    m_ = A_prev.shape[1]

    def cost(a, w, c):
        return np.sum(dA * output(a, w, c), axis=(-2, -1)) / m_

    return (m_ * batched_central_difference(lambda a: cost(a, W, b), A_prev),
            batched_central_difference(lambda w: cost(A_prev, w, b), W),
            batched_central_difference(lambda c: cost(A_prev, W, c), b))


# -- cases ------------------------------------------------------------------------------------------
def _grid(rng, shape, grid: str, limit: float) -> np.ndarray:
    if grid == "quarters":
        return s.quarters(rng, shape, limit=limit)
    if grid == "large":
        return np.round(rng.uniform(-limit, limit, size=shape), 1)
    return np.round(rng.uniform(-limit, limit, size=shape), 2)


def maxout_inputs(sizes, seed, grid="quarters", *, shift=0.0, scale=2.0):
    k, n, n_prev, m_ = sizes
    rng = s.generator(seed)
    A_prev = _grid(rng, (n_prev, m_), grid, scale)
    W = _grid(rng, (k, n, n_prev), "quarters" if grid == "large" else grid, 1.0)
    b = _grid(rng, (k, n, 1), "quarters" if grid == "large" else grid, 1.0) + shift
    return A_prev, W, b


def residual_inputs(sizes, seed, grid="quarters", *, scale=2.0):
    n, m_ = sizes
    rng = s.generator(seed)
    A_prev = _grid(rng, (n, m_), grid, scale)
    W = _grid(rng, (n, n), "quarters" if grid == "large" else grid, 1.0)
    b = _grid(rng, (n, 1), "quarters" if grid == "large" else grid, 1.0)
    return A_prev, W, b


def maxout_forward_case(sizes, seed, grid="quarters", *, shift=0.0, scale=2.0) -> Case:
    return Case(maxout_inputs(sizes, seed, grid, shift=shift, scale=scale))


def residual_forward_case(sizes, seed, grid="quarters", *, scale=2.0) -> Case:
    return Case(residual_inputs(sizes, seed, grid, scale=scale))


def _margin(A_prev, W) -> float:
    """How far from a kink (a tie, Z = 0) a finite-difference step of 1e-5 can never reach."""
    return 1e-4 * (1.0 + np.abs(A_prev).max() + np.abs(W).max())


def _top_gap(Z) -> float:
    if Z.shape[0] == 1:
        return np.inf
    top = np.sort(Z, axis=0)
    return float((top[-1] - top[-2]).min())


def _backward_case(forward: str, A_prev, W, b, dA, context=None) -> Case:
    def recipe() -> str:
        backward = forward.replace("forward", "backward")
        return "\n".join([f"A_prev = {source(A_prev)}", f"W = {source(W)}", f"b = {source(b)}",
                          f"dA = {source(dA)}", f"A, cache = {forward}(A_prev, W, b)",
                          f"{backward}(dA, cache)"])

    return Case((A_prev, W, b, dA), recipe=recipe, context=dict(context or {}, forward=forward))


def maxout_backward_case(sizes, seed, grid="hundredths", *, scale=2.0) -> Case:
    """Continuous values, the best two pieces a margin apart (no tie within a finite-difference step)."""
    k, n, n_prev, m_ = sizes
    for attempt in range(100):
        A_prev, W, b = maxout_inputs(sizes, seed + 7919 * attempt, grid, scale=scale)
        if _top_gap(maxout_pieces(A_prev, W, b)) >= _margin(A_prev, W):
            break
    dA = np.round(s.generator(seed + 3).uniform(-2, 2, size=(n, m_)), 2)
    return _backward_case("maxout_forward", A_prev, W, b, dA)


NEAR = 2.0 ** -20  # pieces this close (times an integer) are distinct, and exact in every summation order


def maxout_near_tie_case(sizes, seed) -> Case:
    """Large inputs (integers up to ±1000), pieces 0 and 1 within a few 1e-6 of each other, k >= 3.

    W[1] = W[0] + (multiples of 2^-20): every product and sum is exact, so the
    winner is the same for any order of operations, yet two pieces agree to
    about 1e-6 relative (np.isclose calls that a tie; the maximum does not). The
    other pieces are ordinary, so "pieces near the maximum" is never "every piece".
    """
    k, n, n_prev, m_ = sizes
    for attempt in range(100):
        rng = s.generator(seed + 7919 * attempt)
        A_prev = rng.randint(-1000, 1001, size=(n_prev, m_)).astype(float)
        W = s.quarters(rng, (k, n, n_prev), limit=1.0)
        b = s.quarters(rng, (k, n, 1), limit=1.0)
        W[1] = W[0] + NEAR * rng.randint(-3, 4, size=(n, n_prev))
        b[1] = b[0]
        if _top_gap(maxout_pieces(A_prev, W, b)) > 0:
            break
    dA = s.quarters(s.generator(seed + 3), (n, m_), limit=2.0, nonzero=True)
    return _backward_case("maxout_forward", A_prev, W, b, dA)


def residual_backward_case(sizes, seed, grid="hundredths", *, scale=2.0) -> Case:
    """Continuous values with every |Z| at least a margin from the kink at 0."""
    n, m_ = sizes
    for attempt in range(100):
        A_prev, W, b = residual_inputs(sizes, seed + 7919 * attempt, grid, scale=scale)
        if np.abs(residual_pre(A_prev, W, b)).min() >= _margin(A_prev, W):
            break
    dA = np.round(s.generator(seed + 3).uniform(-2, 2, size=(n, m_)), 2)
    return _backward_case("residual_forward", A_prev, W, b, dA)


def residual_kink_case(sizes, seed) -> Case:
    """Quarters (exact in any order), with Z exactly 0 in some entries of most rows."""
    n, m_ = sizes
    rng = s.generator(seed)
    A_prev = s.quarters(rng, (n, m_), limit=2.0)
    W = s.quarters(rng, (n, n), limit=1.0)
    b = s.quarters(rng, (n, 1), limit=1.0)
    WA = W @ A_prev
    for row in range(n):
        if row == 0 or rng.rand() < 0.6:
            b[row, 0] = -WA[row, rng.randint(m_)]
    dA = s.quarters(rng, (n, m_), limit=2.0, nonzero=True)
    return _backward_case("residual_forward", A_prev, W, b, dA)


MAXOUT_SIZES = st.tuples(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4), st.integers(1, 4))
MAXOUT_EDGES = ((1, 3, 2, 4), (3, 1, 2, 3), (2, 3, 4, 1), (4, 2, 1, 3), (3, 4, 3, 5))  # k = 1, n = 1, m = 1, ...
RESIDUAL_SIZES = st.tuples(st.integers(1, 4), st.integers(1, 4))
RESIDUAL_EDGES = ((3, 4), (1, 3), (4, 1), (1, 1))  # n = 1, m = 1


# -- running a backward pass on the learner's own cache -----------------------------------------------
def _close(got, want) -> bool:
    return isinstance(got, np.ndarray) and m.close(got, want)


def from_own_forward(truth_forward):
    """A Probe ``run``: the learner's forward makes the cache, the learner's backward consumes it.

    The trial's reference answer is the reference backward on the reference forward's cache (never on
    the learner's cache, whose layout only the learner knows).
    """

    def run(case: Case, caller) -> Trial:
        A_prev, W, b, dA = case.args
        forward = case.context["forward"]
        backward = forward.replace("forward", "backward")
        _, reference_cache = caller.references[f"{MODULE}.{forward}"](A_prev.copy(), W.copy(), b.copy())
        truth = caller.references[f"{MODULE}.{backward}"](dA.copy(), copy.deepcopy(reference_cache))
        made = caller.own(f"{MODULE}.{forward}", Case((A_prev, W, b)))
        cache = made[1] if isinstance(made, (tuple, list)) and len(made) == 2 else None
        fallback = cache is None
        if fallback:
            cache = reference_cache
        trial = caller.trial(Case((dA, cache), recipe=case.recipe, context=case.context))
        trial.reference = lambda *args, **kwargs: truth
        trial.extra["fallback"] = fallback
        if not fallback and not _close(made[0], truth_forward(A_prev, W, b)):
            trial.notes.append(f"Your {forward} returns a wrong A on some inputs, and {backward} is graded on the "
                               f"cache your {forward} makes: make {forward} pass first, then look at {backward} again.")
        return trial

    return run


# -- checks -------------------------------------------------------------------------------------------
BACKWARD = ("the result (dA_prev, dW, db)", ["dA_prev", "dW", "db"])


def forward_structure(shape_of_A) -> Check:
    def verify(trial: Trial) -> None:
        items = expect_sequence(trial.value, 2, "the result (A, cache)")
        A = expect_array(items[0], "A", shape_of_A(trial))
        if A.dtype != np.float64:
            raise Mismatch(f"A has dtype {A.dtype}; with float64 inputs it should be float64",
                           expected="dtype float64", got=f"dtype {A.dtype}")

    return Check("structure", "returns (A, cache), A a float64 array of shape (n, m) (the cache is yours to design)",
                 verify)


def _maxout_A_shape(trial: Trial):
    A_prev, W, _ = trial.case.args
    return W.shape[1], A_prev.shape[1]


def _first(value):
    return value[0]


def _context(trial: Trial):
    A_prev, W, b, dA = (trial.case.context[k] for k in ("A_prev", "W", "b", "dA"))
    return A_prev, W, b, dA


def _backward_parts(trial: Trial):
    try:
        parts = expect_sequence(trial.value, 3, "the result")
    except Mismatch:
        raise NotApplicable() from None
    for got, want in zip(parts, trial.expected):
        if not isinstance(got, np.ndarray) or got.shape != want.shape or got.dtype.kind not in "biuf":
            raise NotApplicable()
    return [np.asarray(g, dtype=float) for g in parts]


def _numeric(trial: Trial, output):
    if "numeric" not in trial.extra:
        A_prev, W, b, dA = _context(trial)
        trial.extra["numeric"] = numeric_gradients(output, dA, A_prev, W, b)
    return trial.extra["numeric"]


def parameter_gradients(output) -> Check:
    def verify(trial: Trial) -> None:
        _, dW, db = _backward_parts(trial)
        _, n_dW, n_db = _numeric(trial, output)
        expect_gradient(dW, n_dW, "dW", "the mean cost with respect to W")
        expect_gradient(db, n_db, "db", "the mean cost with respect to b")

    return Check("parameter_gradients", "dW and db are the slopes of the mean cost J = (1/m)·Σ dA·A "
                 "(finite differences; they carry the 1/m)", verify)


def input_gradient(output, sentence: str) -> Check:
    def verify(trial: Trial) -> None:
        dA_prev, _, _ = _backward_parts(trial)
        n_dA, _, _ = _numeric(trial, output)
        expect_gradient(dA_prev, n_dA, "dA_prev", "the cost with respect to A_prev, per example (no 1/m)")

    return Check("input_gradient", sentence, verify)


def _compare_parts(got_parts, want_parts) -> None:
    for got, want, name in zip(got_parts, want_parts, BACKWARD[1]):
        expect_close(got, want, name, LINEAR_ALGEBRA)


def matches_reference(sentence: str, *, other=None) -> Check:
    """Every entry as the reference's backward on the reference's forward; ``other`` gives a second
    accepted answer (the other one-sided derivative at a kink)."""

    def verify(trial: Trial) -> None:
        parts = _backward_parts(trial)
        if other is not None and all(m.close(g, w) for g, w in zip(parts, other(trial))):
            return
        _compare_parts(parts, trial.expected)

    return Check("matches_reference", sentence, verify)


def _residual_right_side(trial: Trial):
    A_prev, W, b, dA = _context(trial)
    return residual_gradients(dA, A_prev, W, b, at_zero=1.0)


# -- recognising mistakes -----------------------------------------------------------------------------
VALUE_CHECKS = ("value",)
GRADIENT_CHECKS = ("parameter_gradients", "input_gradient", "matches_reference")


def _judging(checks, mistakes):
    """Recognisers of wrong values name the mistake only where a value check failed (not, say, for an
    input changed in place, whose own hint is the useful one)."""
    return tuple(mistake if mistake.checks else replace(mistake, checks=checks) for mistake in mistakes)


def _pieces_of(trial: Trial):
    return maxout_pieces(*trial.case.args[:3])


def _maxout_forward_mistakes():
    def k_of(t):
        return t.case.args[1].shape[0]

    return _judging(VALUE_CHECKS, (
        m.returns("This is the smallest piece, not the largest: maxout keeps max over the k pieces "
                  "(np.max(Z, axis=0)), not min.", lambda t: _pieces_of(t).min(axis=0), part=_first),
        m.returns("Your maximum starts from 0 (np.zeros, or relu on top), so a unit whose pieces are all negative "
                  "gives 0 instead of its largest piece. Maxout has no floor at 0: start from the first piece "
                  "(or from -np.inf).", lambda t: np.maximum(_pieces_of(t).max(axis=0), 0.0), part=_first),
        m.returns("Only the first two pieces are compared: W has k = W.shape[0] pieces, and maxout takes the max "
                  "over all of them (np.maximum(a, b, c) is not a max of three: its third argument is an output "
                  "buffer).", lambda t: np.maximum(_pieces_of(t)[0], _pieces_of(t)[1]) if k_of(t) > 2 else None,
                  part=_first),
        m.returns("The pieces are added up: maxout keeps the largest piece, np.max(Z, axis=0).",
                  lambda t: _pieces_of(t).sum(axis=0), part=_first),
        m.returns("Every piece uses b[0]: piece i is W[i]·A_prev + b[i], with its own bias.",
                  lambda t: (np.matmul(t.case.args[1], t.case.args[0]) + t.case.args[2][0]).max(axis=0),
                  part=_first),
        m.returns("Only the last piece is kept: inside the loop, compare each piece with the running maximum "
                  "(np.maximum) instead of overwriting it.", lambda t: _pieces_of(t)[-1] if k_of(t) > 1 else None,
                  part=_first),
        m.when("The max runs over the wrong axis: the stacked pieces Z = W·A_prev + b have shape (k, n, m), and the "
               "pieces are axis 0, so A = np.max(Z, axis=0) has shape (n, m).",
               lambda t: np.shape(t.value[0]) in {(k_of(t), t.case.args[0].shape[1]), t.case.args[1].shape[:2]}
               and np.shape(t.value[0]) != _maxout_A_shape(t), checks=("structure",)),
        m.when("A lost an axis: np.squeeze drops every axis of length 1, which breaks when m = 1 or n = 1. Keep A "
               "2-D, shape (n, m).", lambda t: np.ndim(t.value[0]) < 2, checks=("structure",)),
        m.when("np.max(Z, axis=0, keepdims=True) keeps the pieces' axis with length 1: A must be (n, m), so leave "
               "keepdims out here.", lambda t: np.shape(t.value[0]) == (1,) + _maxout_A_shape(t),
               checks=("structure",)),
        m.when("A is float32: the inputs are float64, and so should the result be (no astype(np.float32)).",
               lambda t: t.value[0].dtype == np.float32, checks=("structure",)),
    ))


MAXOUT_FORWARD_EXCEPTIONS = (
    ("TypeError", "maximum()", "np.maximum compares two arrays (its third positional argument is an output buffer, not "
                               "a third array): for k pieces stack them, Z of shape (k, n, m), and take "
                               "np.max(Z, axis=0)."),
    ("IndexError", "out of bounds for axis 0",
     "W has k = W.shape[0] pieces, and k may be 1 (maxout is then a plain linear layer) or more than 2: loop over "
     "range(W.shape[0]) rather than naming pieces 0 and 1."),
    ("IndexError", "too many indices",
     "An index went past the array's axes: np.squeeze drops every axis of length 1 (k = 1, n = 1 or m = 1). "
     "Keep the pieces 3-D (k, n, m) and A 2-D (n, m)."),
)


def _residual_forward_mistakes():
    def parts(t):
        A_prev, W, b = t.case.args
        return A_prev, W, b, W @ A_prev + b

    return _judging(VALUE_CHECKS, (
        m.returns("The ReLU is applied after the skip addition, relu(Z + A_prev). In this block the ReLU acts on "
                  "Z = W·A_prev + b alone and A_prev is added after it: A = relu(Z) + A_prev.",
                  lambda t: np.maximum(parts(t)[3] + parts(t)[0], 0.0), part=_first),
        m.returns("The ReLU is missing: A = relu(Z) + A_prev, with relu(Z) = max(0, Z); Z + A_prev is a purely "
                  "linear block.", lambda t: parts(t)[3] + parts(t)[0], part=_first),
        m.returns("The skip connection is missing: a residual block adds its input back, A = relu(Z) + A_prev.",
                  lambda t: np.maximum(parts(t)[3], 0.0), part=_first),
        m.returns("W is transposed: Z = W·A_prev + b (np.dot(W, A_prev)); with a square W the shapes cannot tell.",
                  lambda t: np.maximum(parts(t)[1].T @ parts(t)[0] + parts(t)[2], 0.0) + parts(t)[0], part=_first),
        m.returns("b is added outside the ReLU: it belongs inside, Z = W·A_prev + b, then relu(Z) + A_prev.",
                  lambda t: np.maximum(parts(t)[1] @ parts(t)[0], 0.0) + parts(t)[2] + parts(t)[0], part=_first),
        m.returns("The bias b is missing: Z = W·A_prev + b.",
                  lambda t: np.maximum(parts(t)[1] @ parts(t)[0], 0.0) + parts(t)[0], part=_first),
        m.returns("The skip adds A_prev itself, unchanged: A = relu(Z) + A_prev, not relu(Z) + relu(A_prev).",
                  lambda t: np.maximum(parts(t)[3], 0.0) + np.maximum(parts(t)[0], 0.0), part=_first),
        m.returns("A_prev is added twice, inside the ReLU and after it: Z = W·A_prev + b alone, then "
                  "A = relu(Z) + A_prev.", lambda t: np.maximum(parts(t)[3] + parts(t)[0], 0.0) + parts(t)[0],
                  part=_first),
        m.returns("This is a leaky ReLU (a small slope below 0); the block uses the plain ReLU, max(0, Z).",
                  lambda t: np.where(parts(t)[3] > 0, parts(t)[3], 0.01 * parts(t)[3]) + parts(t)[0], part=_first),
        m.when("A lost an axis: keep it 2-D, shape (n, m), even when m = 1 or n = 1 (no np.squeeze).",
               lambda t: np.ndim(t.value[0]) < 2, checks=("structure",)),
        m.when("A is float32: the inputs are float64, and so should the result be (no astype(np.float32)).",
               lambda t: t.value[0].dtype == np.float32, checks=("structure",)),
    ))


def _pick(index):
    return lambda value: value[index]


def _scaled(trial: Trial, factors):
    return tuple(f * x for f, x in zip(factors, trial.expected))


def _own_forward_mistakes(forward: str):
    return (
        m.when(f"Your {forward} gave no usable cache (it is not written yet, or it raised), so your backward pass was "
               "graded with a standard cache, (A_prev, W, b, Z): make the forward pass first, then the backward "
               "pass reads the cache you designed.", lambda t: t.extra.get("fallback"),
               checks=("structure",) + GRADIENT_CHECKS),
    )


def _common_backward_mistakes(k_axis: bool):
    pieces = "for every piece " if k_axis else ""
    return _judging(GRADIENT_CHECKS, (
        m.returns("dW and db are gradients of the mean cost: divide the sums over the m examples by m (the 1/m).",
                  lambda t: _scaled(t, (1, t.case.context["A_prev"].shape[1], t.case.context["A_prev"].shape[1]))[1:],
                  part=lambda v: tuple(v[1:])),
        m.returns("dA_prev is per example: it has no 1/m (only dW and db do).",
                  lambda t: t.expected[0] / t.case.context["A_prev"].shape[1], part=_first),
        m.when(f"db lost its last axis: sum over the examples {pieces}with keepdims=True, so db has the shape of b.",
               lambda t: np.shape(t.value[2]) == t.case.context["b"].shape[:-1], checks=("structure",)),
    ))


def _maxout_backward_mistakes():
    def ctx(t):
        return _context(t)

    def with_dZ(make):
        def candidate(t):
            A_prev, W, b, dA = ctx(t)
            Z = maxout_pieces(A_prev, W, b)
            dZ = make(Z, dA)
            return None if dZ is None else maxout_from_dZ(dZ, A_prev, W)[1]

        return candidate

    def isclose_winners(Z, dA):
        return np.isclose(Z, Z.max(axis=0)) * dA

    def first_two(Z, dA):
        if Z.shape[0] <= 2:
            return None
        dZ = np.zeros_like(Z)
        dZ[0] = (Z[0] >= Z[1]) * dA
        dZ[1] = (Z[0] < Z[1]) * dA
        return dZ

    return _judging(GRADIENT_CHECKS, (
        m.returns("Every piece received the whole gradient: only the winning piece of each (unit, example) "
                  "produced A there, so only it gets dA; the others get 0.",
                  with_dZ(lambda Z, dA: np.broadcast_to(dA, Z.shape)), part=_pick(1)),
        m.returns("The gradient is shared out among the pieces (dA/k each): max is not a mean; the winning piece "
                  "gets all of dA and the others 0.", with_dZ(lambda Z, dA: np.broadcast_to(dA / Z.shape[0], Z.shape)),
                  part=_pick(1)),
        m.returns("The gradient went to the smallest piece: the winning piece is the argmax of Z over the k pieces.",
                  with_dZ(lambda Z, dA: maxout_winners(-Z) * dA), part=_pick(1)),
        m.returns("Pieces that are merely close to the maximum were counted as winners: np.isclose(Z, A) calls two "
                  "pieces equal when they differ by less than 1e-5·|z|, which large inputs easily reach. The winner "
                  "is the exact argmax (np.argmax(Z, axis=0), or Z == A).", with_dZ(isclose_winners), part=_pick(1)),
        m.returns("Only the first two pieces compete: W has k = W.shape[0] pieces; the winner is the argmax over all "
                  "of them.", with_dZ(first_two), part=_pick(1)),
        m.when("Only two pieces are handled: dW and db need one slice per piece, k = W.shape[0] of them (k may be 1, "
               "2 or more).", lambda t: np.shape(t.value[1])[0] == 2 != t.case.context["W"].shape[0],
               checks=("structure",)),
        m.returns("dA_prev goes back through every piece: only the winning piece of each (unit, example) "
                  "connects A_prev to A, so dA_prev = Σ_i W[i]ᵀ·dZ[i] with dZ[i] zero where piece i lost.",
                  lambda t: np.einsum("knp,nm->pm", ctx(t)[1], ctx(t)[3]), part=_first),
        m.when("dW has the transposed shape: dW[i] = dZ[i]·A_prevᵀ / m has the shape of W[i], (n, n_prev).",
               lambda t: np.shape(t.value[1]) == np.transpose(t.case.context["W"], (0, 2, 1)).shape
               != t.case.context["W"].shape, checks=("structure",)),
    )) + _common_backward_mistakes(True) + _own_forward_mistakes("maxout_forward")


def _residual_backward_mistakes():
    def ctx(t):
        return _context(t)

    def with_mask(mask_of):
        def candidate(t):
            A_prev, W, b, dA = ctx(t)
            return residual_from_dZ(dA * mask_of(A_prev, W, b), dA, A_prev, W)[1]

        return candidate

    def dZ_of(t):
        A_prev, W, b, dA = ctx(t)
        return dA * (residual_pre(A_prev, W, b) > 0)

    return _judging(GRADIENT_CHECKS, (
        m.returns("dA_prev is missing the skip connection's gradient: A = relu(Z) + A_prev uses A_prev twice, "
                  "through W and directly, so dA_prev = Wᵀ·dZ + dA (the \"+ dA\" is the skip).",
                  lambda t: ctx(t)[1].T @ dZ_of(t), part=_first),
        m.returns("dZ uses A > 0: the ReLU's slope depends on its own input Z, and with the skip, A = relu(Z) + A_prev "
                  "can be positive where Z is not. Use dZ = dA·(Z > 0). If your backward pass does read Z, look at "
                  "the forward pass: A = Z followed by A[A < 0] = 0 or A += A_prev changes the Z in the cache too "
                  "(they are one array); A = np.maximum(0, Z) + A_prev makes a new one.",
                  with_mask(lambda A_prev, W, b: residual_output(A_prev, W, b) > 0), part=_pick(1)),
        m.returns("The skip term went through the ReLU: the skip bypasses it, so dA_prev = Wᵀ·dZ + dA, not + dZ.",
                  lambda t: ctx(t)[1].T @ dZ_of(t) + dZ_of(t), part=_first),
        m.returns("W is not transposed in dA_prev: dA_prev = Wᵀ·dZ + dA (np.dot(W.T, dZ)); a square W hides it in "
                  "the shapes.", lambda t: ctx(t)[1] @ dZ_of(t) + ctx(t)[3], part=_first),
        m.returns("dW is transposed: dW = dZ·A_prevᵀ / m (np.dot(dZ, A_prev.T)); a square W hides it in the shapes.",
                  _dW_transposed, part=_pick(1)),
        m.returns("db skips the ReLU: db = Σ dZ / m with dZ = dA·(Z > 0), not Σ dA / m.",
                  lambda t: ctx(t)[3].sum(axis=1, keepdims=True) / ctx(t)[3].shape[1], part=_pick(2)),
        m.returns("The ReLU's slope is taken at W·A_prev without b: Z = W·A_prev + b.",
                  with_mask(lambda A_prev, W, b: W @ A_prev > 0), part=_pick(1)),
    )) + _common_backward_mistakes(False) + _own_forward_mistakes("residual_forward")


def _dW_transposed(t):
    A_prev, W, b, dA = _context(t)
    dZ = dA * (residual_pre(A_prev, W, b) > 0)
    return A_prev @ dZ.T / A_prev.shape[1]


_CACHE_HINT = ("The cache your backward pass receives is the one your own forward pass returned (or the "
               "standard (A_prev, W, b, Z) while your forward pass gives none): read it exactly as you packed it.")
BACKWARD_EXCEPTIONS = (
    ("ValueError", "unpack", _CACHE_HINT),
    ("TypeError", "indices must be integers", _CACHE_HINT),
)


# -- exercises ----------------------------------------------------------------------------------------
def _backward_context(case: Case) -> Case:
    A_prev, W, b, dA = case.args
    return Case(case.args, recipe=case.recipe, context=dict(case.context, A_prev=A_prev, W=W, b=b, dA=dA))


def maxout_backward_cases(sizes, seed, grid="hundredths", **kwargs) -> Case:
    return _backward_context(maxout_backward_case(sizes, seed, grid, **kwargs))


def maxout_near_tie_cases(sizes, seed) -> Case:
    return _backward_context(maxout_near_tie_case(sizes, seed))


def residual_backward_cases(sizes, seed, grid="hundredths", **kwargs) -> Case:
    return _backward_context(residual_backward_case(sizes, seed, grid, **kwargs))


def residual_kink_cases(sizes, seed) -> Case:
    return _backward_context(residual_kink_case(sizes, seed))


MAXOUT_RUN = from_own_forward(maxout_output)
RESIDUAL_RUN = from_own_forward(residual_output)

EXERCISES = (
    Exercise(
        function("building_blocks.maxout_forward"),
        (
            Probe("typical", (
                forward_structure(_maxout_A_shape),
                p.matches("value", "A is the largest of the k pieces W[i]·A_prev + b[i], unit by unit and example by "
                          "example", lambda t: maxout_output(*t.case.args), LINEAR_ALGEBRA, what="A", part=_first),
                p.inputs_unchanged(("A_prev", "W", "b")),
            ), st.tuples(MAXOUT_SIZES, s.SEEDS).map(lambda t: maxout_forward_case(*t)),
                tuple(maxout_forward_case(sizes, 11) for sizes in MAXOUT_EDGES)
                + (maxout_forward_case((3, 2, 3, 4), 12, shift=-10.0),),
                max_examples=10, return_args=True),
            Probe("large", (
                forward_structure(_maxout_A_shape),
                p.matches("value", "A is the largest of the k pieces W[i]·A_prev + b[i], unit by unit and example by "
                          "example", lambda t: maxout_output(*t.case.args), LINEAR_ALGEBRA, what="A", part=_first),
            ), st.tuples(MAXOUT_SIZES, s.SEEDS).map(lambda t: maxout_forward_case(*t, grid="large", scale=1000.0)),
                (maxout_forward_case((3, 2, 2, 3), 13, grid="large", scale=1000.0),), max_examples=4),
        ),
        _maxout_forward_mistakes(),
        uses=("deep_network.linear_forward",),
        note=notes.MAXOUT,
        exception_hints=MAXOUT_FORWARD_EXCEPTIONS,
    ),
    Exercise(
        function("building_blocks.maxout_backward"),
        (
            Probe("typical", (
                p.structure("structure", "returns (dA_prev, dW, db) shaped like A_prev, W (k, n, n_prev) and "
                            "b (k, n, 1)", BACKWARD),
                parameter_gradients(maxout_output),
                input_gradient(maxout_output, "dA_prev is the slope through the winning pieces, per example "
                               "(no 1/m)"),
                p.inputs_unchanged(("dA", "cache")),
            ), st.tuples(MAXOUT_SIZES, s.SEEDS).map(lambda t: maxout_backward_cases(*t)),
                tuple(maxout_backward_cases(sizes, 21) for sizes in MAXOUT_EDGES),
                max_examples=8, return_args=True, run=MAXOUT_RUN),
            Probe("near_ties", (
                p.structure("structure", "returns (dA_prev, dW, db) shaped like A_prev, W (k, n, n_prev) and "
                            "b (k, n, 1)", BACKWARD),
                matches_reference("the winner is the exact maximum, even when two pieces are nearly tied (a few "
                                  "millionths apart, on inputs in the hundreds)"),
                p.inputs_unchanged(("dA", "cache")),
            ), st.tuples(st.tuples(st.integers(3, 4), st.integers(1, 3), st.integers(1, 3), st.integers(2, 4)),
                         s.SEEDS).map(lambda t: maxout_near_tie_cases(*t)),
                (maxout_near_tie_cases((3, 2, 3, 4), 22), maxout_near_tie_cases((4, 3, 2, 3), 23)),
                max_examples=4, return_args=True, run=MAXOUT_RUN),
        ),
        _maxout_backward_mistakes(),
        uses=("deep_network.linear_backward",),
        note=notes.MAXOUT,
        exception_hints=BACKWARD_EXCEPTIONS + MAXOUT_FORWARD_EXCEPTIONS[1:],
    ),
    Exercise(
        function("building_blocks.residual_forward"),
        (
            Probe("typical", (
                forward_structure(lambda t: t.case.args[0].shape),
                p.matches("value", "A = relu(W·A_prev + b) + A_prev", lambda t: residual_output(*t.case.args),
                          LINEAR_ALGEBRA, what="A", part=_first),
                p.inputs_unchanged(("A_prev", "W", "b")),
            ), st.tuples(RESIDUAL_SIZES, s.SEEDS).map(lambda t: residual_forward_case(*t)),
                tuple(residual_forward_case(sizes, 31) for sizes in RESIDUAL_EDGES),
                max_examples=10, return_args=True),
            Probe("large", (
                forward_structure(lambda t: t.case.args[0].shape),
                p.matches("value", "A = relu(W·A_prev + b) + A_prev", lambda t: residual_output(*t.case.args),
                          LINEAR_ALGEBRA, what="A", part=_first),
            ), st.tuples(RESIDUAL_SIZES, s.SEEDS).map(lambda t: residual_forward_case(*t, grid="large", scale=1000.0)),
                (residual_forward_case((3, 3), 32, grid="large", scale=1000.0),), max_examples=4),
        ),
        _residual_forward_mistakes(),
        uses=("activations.relu", "deep_network.linear_forward", "deep_network.linear_activation_forward"),
        note=notes.SKIP,
    ),
    Exercise(
        function("building_blocks.residual_backward"),
        (
            Probe("typical", (
                p.structure("structure", "returns (dA_prev, dW, db) shaped like A_prev, W and b", BACKWARD),
                parameter_gradients(residual_output),
                input_gradient(residual_output, "dA_prev = Wᵀ·dZ + dA: through the ReLU branch and the skip, "
                               "per example (no 1/m)"),
                p.inputs_unchanged(("dA", "cache")),
            ), st.tuples(RESIDUAL_SIZES, s.SEEDS).map(lambda t: residual_backward_cases(*t)),
                tuple(residual_backward_cases(sizes, 41) for sizes in RESIDUAL_EDGES)
                + (residual_backward_cases((3, 4), 42, grid="large", scale=300.0),),
                max_examples=8, return_args=True, run=RESIDUAL_RUN),
            Probe("kinks", (
                p.structure("structure", "returns (dA_prev, dW, db) shaped like A_prev, W and b", BACKWARD),
                matches_reference("where Z is exactly 0, either one-sided slope of the ReLU is accepted "
                                  "(dZ = dA·[Z > 0] or dA·[Z >= 0]); elsewhere every entry is exact",
                                  other=_residual_right_side),
                p.inputs_unchanged(("dA", "cache")),
            ), st.tuples(RESIDUAL_SIZES, s.SEEDS).map(lambda t: residual_kink_cases(*t)),
                (residual_kink_cases((3, 4), 43),), max_examples=4, return_args=True, run=RESIDUAL_RUN),
        ),
        _residual_backward_mistakes(),
        uses=("activations.relu", "activations.relu_backward", "deep_network.linear_forward",
              "deep_network.linear_backward", "deep_network.linear_activation_forward",
              "deep_network.linear_activation_backward"),
        note=notes.SKIP,
        exception_hints=BACKWARD_EXCEPTIONS,
    ),
)
