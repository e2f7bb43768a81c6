"""Checks for ``regularization``.

* ``compute_cost_with_regularization``: the value (cross-entropy plus
  lambd/(2m)·Σ‖W[l]‖², b's excluded) computed independently here, on networks
  of one to five layers and of eleven (keys W10, W11), m = 1, lambd = 0, and AL
  as close as 1e-6 to 0 and 1.
* ``linear_backward_with_regularization``: dW, db and dA_prev against central
  finite differences of the regularized mean cost
  J = (1/m)·Σ dZ·(W·A_prev + b) + lambd/(2m)·‖W‖² (dA_prev per example, so
  m·∂J/∂A_prev); lambd = 0 is among the cases, where it is linear_backward.
* ``dropout_forward`` is random, so it is judged by what it draws, never by
  the numbers of one seed:
  - on small shapes (m = 1, one unit): (A_out, mask) of A's shape, mask of 0s
    and 1s (bool, int or float), A_out = A·mask/keep_prob (kept units scaled
    by exactly 1/keep_prob, dropped ones 0), A unchanged;
  - on one (200, 300) A of nonzero values for keep_prob = 0.7, 0.86 and 0.3
    (0.7 and 0.3 tell ``rand > keep_prob`` and ``randn`` apart, 0.86 a mask
    drawn in tenths with randint; the first call
    leaves ``training`` at its default): the kept fraction is within the
    Hoeffding bound of keep_prob (one test per call); no two columns and no
    two rows of the mask are equal; over disjoint pairs of horizontal
    neighbours and of vertical neighbours (30 000 independent pairs each),
    the fraction that agree is within the Hoeffding bound of
    keep_prob² + (1 − keep_prob)² (two tests per call);
  - training=False and keep_prob = 1 give A back with a mask of ones;
  - on a (6, 8) A, the same seed gives the same result; reseeding NumPy
    itself is a note, a generator the grader cannot seed
    (np.random.default_rng()) a failure.
  - on 20 A's of 100, 200, ..., 2000 units (keep_prob 0.5, one call each, each
    under its own seed), the number of kept units must not be within 1 of
    N/2 in every call: a mask that keeps exactly keep_prob·N units (a
    permutation, np.random.choice without replacement) is not made of
    independent draws.
* ``dropout_backward``: dA·mask/keep_prob, computed here, dA unchanged.

False failures: every statistical test is a proven bound at alpha = 1e-10
(grader/checks/statistics.py). The keep_rate check runs 3 tests and the
independent check 6, so each fails a correct implementation with probability
below 3e-10 and 6e-10, and the whole module below 1e-9. The count check fails
a correct implementation only if all 20 counts land within 1 of N/2: each has
probability at most P(Bin(100, 1/2) = 50) < 0.08 given the calls before it
(also when the function reseeds NumPy itself, so that the masks are prefixes of
one stream: the next 100 draws must then hit one exact count), so at most
0.08^20 < 1e-21. Two equal columns (or
rows) of a correct mask have probability below C(300, 2)·0.76^200 < 1e-19 per
call (0.76 = the largest chance that two entries agree, at keep_prob 0.86).
The bounds hold whatever the seed; the grader's fixed seed makes the grade
reproducible.
"""
from __future__ import annotations

import math

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import (
    COST,
    LINEAR_ALGEBRA,
    Tolerance,
    batched_central_difference,
    expect_array,
    expect_sequence,
    same_value,
)
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial, three_calls
from grader.checks.statistics import fraction_bound
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import number, show

SCALED = Tolerance(1e-15, 1e-12)  # A·mask/keep_prob, "exactly" up to the order of operations
LAMBDAS = (0.0, 0.05, 0.1, 0.7, 1.0, 2.5)


def _changed(trial: Trial, index: int) -> bool:
    """Whether the call changed its argument ``index`` (needs a probe with return_args)."""
    after = trial.args_after[0]
    return not same_value(trial.case.args[index], after[index])


def _changed_W(trial: Trial) -> bool:
    return not same_value(trial.case.args[1][1], trial.args_after[0][1][1])


# == compute_cost_with_regularization ================================================
def cross_entropy(AL, Y) -> float:
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / Y.shape[1])


def weight_squares(parameters: dict, layers=None) -> float:
    """Σ‖W[l]‖² over ``layers`` (all W keys by default)."""
    keys = [k for k in parameters if str(k).startswith("W")] if layers is None else [f"W{l}" for l in layers]
    return float(sum(np.sum(np.square(parameters[k])) for k in keys))


def layer_total(parameters: dict) -> int:
    return len(parameters) // 2


def regularized_cost(AL, Y, parameters, lambd, *, factor=0.5, squares=None) -> float:
    m_ = Y.shape[1]
    squares = weight_squares(parameters) if squares is None else squares
    return cross_entropy(AL, Y) + factor * lambd / m_ * squares


def _cost_truth(trial: Trial) -> float:
    return regularized_cost(*trial.case.args)


def cost_case(dims, m_, seed, lambd, AL=None, Y=None) -> Case:
    rng = s.generator(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = s.quarters(rng, (dims[l], dims[l - 1]), limit=1.5)
        parameters[f"b{l}"] = s.quarters(rng, (dims[l], 1), limit=1.5, nonzero=True)
    if AL is None:
        AL = rng.randint(1, 16, size=(1, m_)) / 16.0
        Y = rng.randint(0, 2, size=(1, m_)).astype(float)
    return Case((AL, Y, parameters, lambd))


def _cost_cases():
    dims = s.layer_dims(1, 5, 4).map(lambda d: list(d[:-1]) + [1])
    return st.tuples(dims, st.integers(1, 6), s.SEEDS, st.sampled_from(LAMBDAS)).map(lambda t: cost_case(*t))


COST_EXAMPLES = (
    cost_case([4, 3, 2, 1], 5, 1, 0.1),          # three layers, as in the course
    cost_case([3, 1], 1, 2, 0.7),                # one layer, one example
    cost_case([2, 3, 3, 3, 3, 1], 3, 3, 1.5),    # five layers
    cost_case([3, 2, 1], 4, 4, 0.0),             # lambd = 0: the plain cross-entropy
    # Confident predictions, right and wrong, as compute_cost's: a guard against log(0) must not shift them.
    cost_case([2, 2, 1], 4, 5, 0.5, AL=np.array([[1e-6, 1 - 1e-6, 0.5, 1e-6]]), Y=np.array([[0.0, 1.0, 1.0, 1.0]])),
    cost_case([2, 2, 1, 2, 1, 2, 1, 2, 1, 2, 2, 1], 2, 6, 0.3),  # eleven layers: keys W10, W11 have two digits
)


def _with(trial: Trial, **changes):
    AL, Y, parameters, lambd = trial.case.args
    return regularized_cost(AL, Y, parameters, lambd, **changes)


def _squares_b(trial: Trial) -> float:
    parameters = trial.case.args[2]
    return weight_squares(parameters) + float(sum(np.sum(np.square(v)) for k, v in parameters.items()
                                                  if str(k).startswith("b")))


def _first_layers(count: int):
    def candidate(trial: Trial):
        parameters = trial.case.args[2]
        if count < 1 or layer_total(parameters) <= count:
            return None
        return _with(trial, squares=weight_squares(parameters, range(1, count + 1)))
    return candidate


def _clipped(trial: Trial) -> bool:
    AL, Y, parameters, lambd = trial.case.args
    for eps in (1e-3, 1e-4, 1e-5, 1e-7, 1e-10, 1e-12):
        candidate = regularized_cost(np.clip(AL, eps, 1 - eps), Y, parameters, lambd)
        if abs(candidate - _cost_truth(trial)) > 1e-9 and m.close(trial.value, candidate, COST):
            return True
    return False


def _fixed_lambd(trial: Trial):
    """The lambd that explains the learner's cost, when it is not the argument (None otherwise)."""
    AL, Y, parameters, lambd = trial.case.args
    squares = weight_squares(parameters)
    if squares == 0:
        return None
    value = float(np.asarray(trial.value, dtype=float))
    implied = (value - cross_entropy(AL, Y)) * 2 * Y.shape[1] / squares
    if abs(implied - lambd) < 1e-6 or implied < 0:
        return None
    return implied if abs(implied - round(implied, 4)) < 1e-6 else None


COST_MISTAKES = (
    m.when("W **= 2 (or np.square(W, out=W)) squares the caller's weights in place: W = parameters['W1'] is the "
           "same array, not a copy. np.square(W) or W ** 2 makes a new array.",
           lambda t: any(m.close(t.args_after[0][2][k], np.square(v)) for k, v in t.case.args[2].items()
                         if str(k).startswith("W") and np.any(np.abs(v) != 1) and np.any(v != 0)),
           checks=("inputs_unchanged",)),
    m.returns("The penalty is lambd/(2m)·Σ‖W[l]‖²: yours is twice that (lambd/m). The 2 is there so that the "
              "slope comes out as lambd/m·W.", lambda t: _with(t, factor=1.0), tolerance=COST),
    m.returns("Only the weights are penalised: the squares of the biases b[l] do not belong in the sum.",
              lambda t: _with(t, squares=_squares_b(t)), tolerance=COST),
    m.returns("Every layer's W is penalised: parameters may hold any number of layers, and yours stops after W1, "
              "W2, W3. Sum over its W keys (or over l = 1 .. len(parameters) // 2).", _first_layers(3),
              tolerance=COST),
    m.returns("Your sum stops one layer early: the layers are l = 1, ..., L with L = len(parameters) // 2, "
              "so the loop is range(1, L + 1).",
              lambda t: _first_layers(layer_total(t.case.args[2]) - 1)(t), tolerance=COST),
    m.returns("Sum the squares of the weights, np.sum(np.square(W)), not the weights themselves.",
              lambda t: _with(t, squares=float(sum(np.sum(v) for k, v in t.case.args[2].items()
                                                   if str(k).startswith("W")))), tolerance=COST),
    m.returns("The penalty uses the squared norm ‖W‖² = np.sum(np.square(W)); np.linalg.norm(W) is its square "
              "root.", lambda t: _with(t, squares=float(sum(np.linalg.norm(v) for k, v in t.case.args[2].items()
                                                            if str(k).startswith("W")))), tolerance=COST),
    m.returns("lambd is ignored: the L2 penalty lambd/(2m)·Σ‖W[l]‖² is missing from the cost.",
              lambda t: cross_entropy(*t.case.args[:2]), tolerance=COST),
    m.returns("The penalty is added, not subtracted: J = cross-entropy + lambd/(2m)·Σ‖W[l]‖².",
              lambda t: _with(t, factor=-0.5), tolerance=COST),
    m.returns("m is the number of examples, Y.shape[1] (the columns), not Y.shape[0].",
              lambda t: t.case.args[1].shape[1] * cross_entropy(*t.case.args[:2])
              + t.case.args[3] / 2 * weight_squares(t.case.args[2]), tolerance=COST),
    m.returns("The cross-entropy part is a mean over the m examples: divide its sum by m.",
              lambda t: t.case.args[1].shape[1] * cross_entropy(*t.case.args[:2])
              + t.case.args[3] / (2 * t.case.args[1].shape[1]) * weight_squares(t.case.args[2]), tolerance=COST),
    m.returns("Layers 10 and beyond are missing from your sum: their keys (W10, W11) have two digits. Pick the "
              "weights with k.startswith('W'), or loop l = 1 .. L with L = len(parameters) // 2, rather than by "
              "the key's length or its second character.",
              lambda t: None if layer_total(t.case.args[2]) < 10 else _with(
                  t, squares=weight_squares(t.case.args[2], range(1, 10))), tolerance=COST),
    m.returns("Operator precedence: lambd / 2 * m is (lambd / 2) · m, which multiplies by m. Write "
              "lambd / (2 * m).", lambda t: _with(t, factor=0.5 * t.case.args[1].shape[1] ** 2), tolerance=COST),
    m.returns("The penalty's m is the number of examples, Y.shape[1]; yours divides by 1 (AL.shape[0], "
              "len(AL) or len(Y) count rows, and there is one row).",
              lambda t: _with(t, factor=0.5 * t.case.args[1].shape[1]), tolerance=COST),
    m.returns("This squares the sum of the weights, np.sum(W) ** 2; the penalty sums their squares, "
              "np.sum(np.square(W)).",
              lambda t: _with(t, squares=float(sum(np.sum(v) ** 2 for k, v in t.case.args[2].items()
                                                   if str(k).startswith("W")))), tolerance=COST),
    m.returns("np.mean(np.square(W)) divides by the number of weights: the penalty sums the squares, "
              "np.sum(np.square(W)).",
              lambda t: _with(t, squares=float(sum(np.mean(np.square(v)) for k, v in t.case.args[2].items()
                                                   if str(k).startswith("W")))), tolerance=COST),
    m.returns("These are absolute values (an L1 penalty); L2 regularization sums the squares, np.sum(np.square(W)).",
              lambda t: _with(t, squares=float(sum(np.sum(np.abs(v)) for k, v in t.case.args[2].items()
                                                   if str(k).startswith("W")))), tolerance=COST),
    m.when("Your penalty does not follow lambd: use the lambd argument (a fixed number such as 0.1 or 0.7 "
           "fits one example only).", lambda t: _fixed_lambd(t) is not None),
    m.when("Your cost differs where AL is within 1e-4 of 0 or 1: it seems to clip AL. Clipping to [ε, 1 − ε] "
           "is fine only for a tiny ε (at most 1e-8); a larger one changes the cost.", _clipped),
    *m.log_guard_mistakes("AL", rest=lambda t: t.case.args[3] / (2 * t.case.args[1].shape[1])
                          * weight_squares(t.case.args[2])),
)


# == linear_backward_with_regularization =============================================
def _regularized_linear_cost(dZ, lambd):
    """J(A, W, b) = (1/m)·Σ dZ·(W·A + b) + lambd/(2m)·‖W‖², for stacks of A, W or b."""
    def cost_of(A, W, b):
        m_ = A.shape[-1]
        data = np.sum(dZ * (W @ A + b), axis=(-2, -1)) / m_
        return data + lambd / (2 * m_) * np.sum(np.square(W), axis=(-2, -1))
    return cost_of


def _numeric_layer(trial: Trial):
    if "numeric" not in trial.extra:
        dZ, (A, W, b), lambd = trial.case.args
        cost_of = _regularized_linear_cost(dZ, lambd)
        m_ = A.shape[1]
        trial.extra["numeric"] = (
            m_ * batched_central_difference(lambda a: cost_of(a, W, b), A),
            batched_central_difference(lambda w: cost_of(A, w, b), W),
            batched_central_difference(lambda c: cost_of(A, W, c), b),
        )
    return trial.extra["numeric"]


layer_parameter_gradients, layer_input_gradient = p.layer_gradients(_numeric_layer, "the regularized mean cost")


def linear_backward_case(sizes, seed, lambd) -> Case:
    n_prev, n, m_ = sizes
    rng = s.generator(seed)
    A = s.quarters(rng, (n_prev, m_), limit=2.0)
    W = s.quarters(rng, (n, n_prev), limit=1.0, nonzero=True)
    b = s.quarters(rng, (n, 1), limit=1.0, nonzero=True)
    dZ = s.quarters(rng, (n, m_), limit=2.0)
    return Case((dZ, (A, W, b), lambd))


def _parts_truth(trial: Trial):
    dZ, (A, W, b), lambd = trial.case.args
    m_ = A.shape[1]
    return W.T @ dZ, dZ @ A.T / m_, np.sum(dZ, axis=1, keepdims=True) / m_, W, b, lambd, m_


def _dW_with(penalty):
    def candidate(trial: Trial):
        _, data, _, W, _, lambd, m_ = _parts_truth(trial)
        return data + penalty(lambd, m_) * W
    return candidate


def _db_over_everything(trial: Trial) -> bool:
    dZ = trial.case.args[0]
    db = trial.value[2]
    return dZ.shape[0] > 1 and isinstance(db, np.ndarray) and db.size == 1


def _fixed_lambd_slope(trial: Trial):
    """The lambd that explains the learner's dW, when it is not the argument (None otherwise)."""
    _, data, _, W, _, lambd, m_ = _parts_truth(trial)
    extra = np.asarray(trial.value[1], dtype=float) - data
    implied = m_ * float(np.sum(extra * W)) / float(np.sum(W * W))
    if abs(implied - lambd) < 1e-6 or implied < 0 or LINEAR_ALGEBRA.bad(extra, implied / m_ * W).any():
        return None
    return implied if abs(implied - round(implied, 4)) < 1e-6 else None


LAYER_BACKWARD = ("the result (dA_prev, dW, db)", ["dA_prev", "dW", "db"])

BACKWARD_MISTAKES = (
    m.when("The cache's W changed: W_reg = W names the same array, so W_reg *= lambd / m scales the caller's W. "
           "Write lambd / m * W, which makes a new array.", _changed_W, checks=("inputs_unchanged",)),
    m.returns("The penalty's slope is missing: dW = dZ·A_prevᵀ/m + (lambd/m)·W.", _dW_with(lambda lambd, m_: 0.0),
              part=lambda v: v[1]),
    m.returns("The slope of lambd/(2m)·‖W‖² is (lambd/m)·W: the 2 cancels when W² is differentiated.",
              _dW_with(lambda lambd, m_: lambd / (2 * m_)), part=lambda v: v[1]),
    m.returns("The penalty's slope is (lambd/m)·W: it is divided by m, like the cost's penalty.",
              _dW_with(lambda lambd, m_: lambd), part=lambda v: v[1]),
    m.returns("The penalty is added to the gradient: dW = dZ·A_prevᵀ/m + (lambd/m)·W, not minus.",
              _dW_with(lambda lambd, m_: -lambd / m_), part=lambda v: v[1]),
    m.returns("Both terms of dW carry 1/m: dW = (1/m)·dZ·A_prevᵀ + (lambd/m)·W.",
              lambda t: _parts_truth(t)[1] * _parts_truth(t)[6] + _parts_truth(t)[5] / _parts_truth(t)[6]
              * _parts_truth(t)[3], part=lambda v: v[1]),
    m.returns("The biases are not regularized: db stays sum(dZ, axis=1, keepdims=True)/m, without lambd/m·b.",
              lambda t: _parts_truth(t)[2] + _parts_truth(t)[5] / _parts_truth(t)[6] * _parts_truth(t)[4],
              part=lambda v: v[2]),
    m.returns("dA_prev = Wᵀ·dZ is per example: no 1/m (and no penalty: the penalty does not depend on A_prev).",
              lambda t: _parts_truth(t)[0] / _parts_truth(t)[6], part=lambda v: v[0]),
    m.returns("m is the number of examples, A_prev.shape[1] (its columns), not A_prev.shape[0].",
              lambda t: (_parts_truth(t)[1] * _parts_truth(t)[6] + _parts_truth(t)[5] * _parts_truth(t)[3])
              / t.case.args[1][0].shape[0], part=lambda v: v[1]),
    m.returns("The slope of W² is 2·W, not W²: the penalty's slope is (lambd/m)·W.",
              lambda t: _parts_truth(t)[1] + _parts_truth(t)[5] / _parts_truth(t)[6] * _parts_truth(t)[3] ** 2,
              part=lambda v: v[1]),
    m.when("Your penalty's slope does not follow lambd: use the lambd argument (a fixed number such as 0.7 fits "
           "one example only).", lambda t: _fixed_lambd_slope(t) is not None, checks=("parameter_gradients",)),
    m.when("db sums over the examples only (axis=1, keepdims=True): one value per unit, not one number.",
           _db_over_everything),
)


# == dropout_forward ==================================================================
KEEP_PROBS = (0.5, 0.6, 0.7, 0.8, 0.9)


def _keep_prob(case: Case) -> float:
    return case.args[1]


def _training(case: Case) -> bool:
    if len(case.args) > 2:
        return bool(case.args[2])
    return bool(case.kwargs.get("training", True))


def dropout_case(shape, seed, keep_prob, how: str = "default") -> Case:
    """``how``: leave training at its default, or pass it by keyword or by position."""
    A = s.quarters(s.generator(seed), shape, nonzero=True)
    if how == "keyword":
        return Case((A, keep_prob), {"training": True})
    if how == "positional":
        return Case((A, keep_prob, True))
    if how == "test":
        return Case((A, keep_prob), {"training": False})
    if how == "test_positional":
        return Case((A, keep_prob, False))
    return Case((A, keep_prob))


BIG_SHAPE = (200, 300)


# 0.86 is the course's own keep_prob, and not a multiple of 0.1: a mask drawn as randint(0, 10) < 10·keep_prob
# keeps 0.9 of the units there.
STATISTICAL_CALLS = ((0.7, "default"), (0.86, "keyword"), (0.3, "positional"))
_CALL_TEXT = {"default": "dropout_forward(A, {})", "keyword": "dropout_forward(A, {}, training=True)",
              "positional": "dropout_forward(A, {}, True)"}


def statistical_case(seed: int) -> Case:
    """One (200, 300) A, called with each keep_prob of STATISTICAL_CALLS (see ``rate_calls``)."""
    calls = tuple(dropout_case(BIG_SHAPE, seed, keep_prob, how) for keep_prob, how in STATISTICAL_CALLS)
    lines = [f"A = a {BIG_SHAPE} array of nonzero multiples of 0.25 between -5 and 5"]
    lines += [_CALL_TEXT[how].format(keep_prob) for keep_prob, how in STATISTICAL_CALLS]
    return Case(calls[0].args, calls[0].kwargs, recipe=lambda: "\n".join(lines), context={"calls": calls})


def rate_calls(case: Case, caller) -> Trial:
    """Every call of the statistical case: the trial is the first call's, all calls ride along in extra."""
    trials = [caller.trial(call, seed=(caller.seed + index) % 2**32)
              for index, call in enumerate(case.context["calls"])]
    return Trial(case, trials[0].value, trials[0].args_after, trials[0].reference,
                 {"calls": trials, "signature": caller.signature})


def each_call(verify):
    """A check of one call, applied to every call a trial carries (the failing call is kept for the hints)."""
    def check(trial: Trial) -> None:
        calls = trial.extra.get("calls")
        if calls is None:
            return verify(trial)
        judged = False
        for call in calls:
            try:
                verify(call)
            except NotApplicable:
                continue
            except Mismatch:
                trial.extra["failed"] = call
                raise
            judged = True
        if not judged:
            raise NotApplicable()
    return check


def _failed(trial: Trial) -> Trial:
    """The call that failed, for a trial carrying several calls; the trial itself otherwise."""
    return trial.extra.get("failed", trial)


def _calls(trial: Trial) -> list:
    return trial.extra.get("calls", [trial])


def _pair(trial: Trial):
    """(A_out, mask) as arrays of A's shape (mask as floats), or NotApplicable."""
    A = trial.case.args[0]
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise NotApplicable()
    A_out, mask = value
    for item in (A_out, mask):
        if not isinstance(item, np.ndarray) or item.shape != A.shape or item.dtype.kind not in "biuf":
            raise NotApplicable()
    return A_out.astype(float), mask.astype(float)


def _zero_one(mask: np.ndarray) -> bool:
    return bool(np.all((mask == 0) | (mask == 1)))


def dropout_structure(trial: Trial) -> None:
    A = trial.case.args[0]
    A_out, mask = expect_sequence(trial.value, 2, "the result (A_out, mask)")
    expect_array(A_out, "A_out", A.shape)
    expect_array(mask, "mask", A.shape, float_dtype=False)
    if mask.dtype.kind not in "biuf":
        raise Mismatch(f"mask has dtype {mask.dtype}; it should hold the numbers 0 and 1 (bool, int or float)")


def mask_values(trial: Trial) -> None:
    _, mask = _pair(trial)
    if not _zero_one(mask):
        bad = tuple(np.argwhere((mask != 0) & (mask != 1))[0])
        raise Mismatch(f"mask[{bad[0]}, {bad[1]}] is {number(mask[bad])}: a mask holds only 0 (dropped) and "
                       "1 (kept)", got=show(trial.value[1]))


def scaling(trial: Trial) -> None:
    if not _training(trial.case) or _keep_prob(trial.case) == 1:
        raise NotApplicable()
    A = trial.case.args[0]
    A_out, mask = _pair(trial)
    if not _zero_one(mask):
        raise NotApplicable()
    keep_prob = _keep_prob(trial.case)
    expected = A * mask / keep_prob
    bad = SCALED.bad(A_out, expected)
    if bad.any():
        i, j = (int(k) for k in np.argwhere(bad)[0])
        if mask[i, j] == 1:
            message = (f"A_out[{i}, {j}] should be A[{i}, {j}] / keep_prob = {number(A[i, j])} / {number(keep_prob)}"
                       f" = {number(expected[i, j])} (mask is 1 there: a kept unit), got {number(A_out[i, j])}")
        else:
            message = f"A_out[{i}, {j}] should be 0 (mask is 0 there: a dropped unit), got {number(A_out[i, j])}"
        small = A.size <= 24
        raise Mismatch(message, expected=show(expected) if small else None, got=show(A_out) if small else None)


def _kept(trial: Trial) -> np.ndarray:
    """Which units were kept, read from A_out (A has no zero, so 0 in A_out means dropped)."""
    A_out, _ = _pair(trial)
    return A_out != 0


def _rate_off(trial: Trial) -> bool:
    kept = _kept(trial)
    return abs(float(kept.mean()) - _keep_prob(trial.case)) > fraction_bound(kept.size)


def _duplicates(kept: np.ndarray) -> str | None:
    """Equal columns or rows in a large mask: exact evidence of a shared draw (not statistical).

    A mask that keeps everything (or nothing) is the keep rate's business.
    """
    n, m_ = kept.shape
    if kept.all() or not kept.any():
        return None
    if n > 1 and np.all(kept == kept[:1, :]):
        return (f"every unit (row) of the {kept.shape} mask is the same: all units of an example are kept or "
                "dropped together")
    if m_ > 1 and np.all(kept == kept[:, :1]):
        return (f"every example (column) of the {kept.shape} mask is the same: the same units are dropped for all "
                "examples")
    if m_ > 1 and _distinct(kept.T) < m_:
        return (f"two examples (columns) of the {kept.shape} mask are identical: every example should get its "
                "own draw")
    if n > 1 and _distinct(kept) < n:
        return f"two units (rows) of the {kept.shape} mask are identical: every unit should get its own draw"
    return None


def _distinct(rows: np.ndarray) -> int:
    """How many different rows a boolean matrix has."""
    return len({row.tobytes() for row in np.packbits(rows, axis=1)})


def keep_rate(trial: Trial) -> None:
    kept = _kept(trial)
    if _duplicates(kept):
        raise NotApplicable()  # the draws are not independent: the independence check says so
    keep_prob = _keep_prob(trial.case)
    fraction = float(kept.mean())
    bound = fraction_bound(kept.size)
    if abs(fraction - keep_prob) > bound:
        raise Mismatch(
            f"with keep_prob = {keep_prob}, your function kept {fraction:.1%} of the {kept.size} units of a "
            f"{kept.shape} A; each unit is kept with probability keep_prob, so about {keep_prob:.0%} should be "
            f"kept (a correct draw lands within ±{bound:.1%} of it, except with probability 1e-10)")


def independent(trial: Trial) -> None:
    kept = _kept(trial)
    keep_prob = _keep_prob(trial.case)
    duplicates = _duplicates(kept)
    if duplicates:
        raise Mismatch(f"with keep_prob = {keep_prob}, {duplicates}")
    if _rate_off(trial):
        raise NotApplicable()  # the pair statistics assume the right keep rate: keep_rate says what is wrong
    n, m_ = kept.shape
    agree = keep_prob ** 2 + (1 - keep_prob) ** 2
    pairs = {"horizontal (same unit, examples 2k and 2k+1)": kept[:, 0:m_ - 1:2] == kept[:, 1::2],
             "vertical (same example, units 2k and 2k+1)": kept[0:n - 1:2, :] == kept[1::2, :]}
    for where, same in pairs.items():
        if same.size == 0:
            continue
        fraction = float(same.mean())
        bound = fraction_bound(same.size)
        if abs(fraction - agree) > bound:
            raise Mismatch(
                f"with keep_prob = {keep_prob}, neighbouring entries of the mask are not independent: of "
                f"{same.size} {where} neighbour pairs, "
                f"{fraction:.1%} are both kept or both dropped; for independent draws it is "
                f"keep_prob² + (1 − keep_prob)² = {agree:.1%} (within ±{bound:.1%})")


COUNT_CALLS = 20
COUNT_KEEP_PROB = 0.5


def count_case(seed: int) -> Case:
    """A of shape (10, 10k) for k = 1, ..., 20 (100 to 2000 units), each called once with keep_prob 0.5."""
    calls = tuple(dropout_case((10, 10 * k), seed + k, COUNT_KEEP_PROB) for k in range(1, COUNT_CALLS + 1))
    lines = [f"for k = 1, ..., {COUNT_CALLS}: A = a (10, 10k) array of nonzero multiples of 0.25 between -5 and 5",
             f"    dropout_forward(A, {COUNT_KEEP_PROB})"]
    return Case(calls[0].args, calls[0].kwargs, recipe=lambda: "\n".join(lines), context={"calls": calls})


def count_varies(trial: Trial) -> None:
    """Independent draws keep a random number of units: Bin(N, keep_prob), not exactly keep_prob·N every time."""
    offsets = []
    for call in _calls(trial):
        kept = _kept(call)  # NotApplicable for a malformed answer: the structure checks say what is wrong
        offsets.append(abs(float(kept.sum()) - COUNT_KEEP_PROB * kept.size))
    if all(offset < 1 for offset in offsets):
        raise Mismatch(
            f"in each of the {len(offsets)} calls your function kept exactly half of the units; independent "
            "draws keep a number that varies from call to call (by about ±5 of 100 units, ±22 of 2000)",
            hint="Keep every unit on its own draw, mask = np.random.rand(*A.shape) < keep_prob: picking exactly "
            "keep_prob·N units (a permutation, or np.random.choice(..., replace=False)) ties the units together, "
            "so the mask is not a set of independent draws.")


def inference(trial: Trial) -> None:
    A = trial.case.args[0]
    A_out, mask = _pair(trial)
    when = "with training=False" if not _training(trial.case) else f"with keep_prob = {_keep_prob(trial.case)}"
    if LINEAR_ALGEBRA.bad(A_out, A).any():
        raise Mismatch(f"{when}, A_out should equal A: nothing is dropped or scaled", expected=show(A),
                       got=show(A_out))
    if not np.all(mask == 1):
        raise Mismatch(f"{when}, mask should be all ones (every unit kept)", got=show(trial.value[1]))


def reproducible(trial: Trial) -> None:
    again, other = trial.extra.get("again"), trial.extra.get("other")
    _pair(trial)  # a malformed result is the structure check's business
    if not same_value(trial.value, again):
        raise Mismatch(
            "two calls with NumPy seeded the same way dropped different units",
            hint="Draw the mask from NumPy's global generator (np.random.rand, np.random.uniform, "
            "np.random.binomial), which the grader seeds. A generator of your own (np.random.default_rng() "
            "without a seed, or one made once outside the function) ignores that seed: its masks cannot be "
            "reproduced, by you or by anyone.",
        )
    dropped = isinstance(trial.value[1], np.ndarray) and bool(np.any(np.asarray(trial.value[1]) == 0))
    if dropped and same_value(trial.value, other):
        trial.notes.append(
            "dropout_forward drops the same units whatever NumPy's seed is: it seems to reseed the generator "
            "itself (np.random.seed(k) or default_rng(k) inside the function). The grader accepts that, but in "
            "training it means the same units are dropped at every iteration, and it resets the randomness of "
            "everything that runs after it.")


def with_signature(case: Case, caller) -> Trial:
    """One call; the learner's declared signature rides along (to name a wrong default of training)."""
    trial = caller.trial(case)
    trial.extra["signature"] = caller.signature
    return trial


def _default_training_off(trial: Trial) -> bool:
    if not any("training" not in call.case.kwargs and len(call.case.args) == 2 for call in _calls(trial)):
        return False
    signature = trial.extra.get("signature")
    declared = {str(p[0]): p[2] for p in signature if isinstance(p, list) and len(p) == 3}
    return "training" in declared and declared["training"] not in ("True", "1")


def _dropout_cases():
    return st.tuples(s.shapes(), s.SEEDS, st.sampled_from(KEEP_PROBS),
                     st.sampled_from(("default", "keyword", "positional"))).map(lambda t: dropout_case(*t))


def _value_pair(trial: Trial):
    A_out, mask = trial.value
    return np.asarray(A_out, dtype=float), np.asarray(mask, dtype=float)


def _scaled_like(factor):
    def predicate(trial: Trial) -> bool:
        trial = _failed(trial)
        A = trial.case.args[0]
        A_out, mask = _pair(trial)
        keep_prob = _keep_prob(trial.case)
        return _zero_one(mask) and not SCALED.bad(A_out, A * mask * factor(keep_prob)).any()
    return predicate


def _inverted_mask(trial: Trial) -> bool:
    trial = _failed(trial)
    A = trial.case.args[0]
    A_out, mask = _pair(trial)
    return _zero_one(mask) and not SCALED.bad(A_out, A * (1 - mask) / _keep_prob(trial.case)).any()


def _scaled_mask(trial: Trial) -> bool:
    trial = _failed(trial)
    _, mask = _pair(trial)
    keep_prob = _keep_prob(trial.case)
    return bool(np.all(np.isclose(mask, 0) | np.isclose(mask, 1 / keep_prob))) and keep_prob != 1


def _raw_numbers(trial: Trial) -> bool:
    _, mask = _pair(_failed(trial))
    return not _zero_one(mask) and bool(np.all((mask >= 0) & (mask < 1)))


def _swapped(trial: Trial) -> bool:
    trial = _failed(trial)
    A = trial.case.args[0]
    first, second = _value_pair(trial)
    return (_zero_one(first) and not _zero_one(second)
            and not SCALED.bad(second, A * first / _keep_prob(trial.case)).any())


def _rates(trial: Trial) -> list:
    """(keep_prob, kept fraction, units) of every call the trial carries."""
    out = []
    for call in _calls(trial):
        kept = _kept(call)
        out.append((_keep_prob(call.case), float(kept.mean()), kept.size))
    return out


def _every_rate_near(probability):
    """Every call kept a fraction within the Hoeffding bound of ``probability(keep_prob)``."""
    def predicate(trial: Trial) -> bool:
        return all(abs(rate - probability(keep_prob)) <= fraction_bound(size)
                   for keep_prob, rate, size in _rates(trial))
    return predicate


def _phi(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def _fixed_rate(trial: Trial) -> bool:
    """Several keep_probs, one keep rate: the mask is not drawn with keep_prob."""
    rates = _rates(trial)
    if len({keep_prob for keep_prob, _, _ in rates}) < 2:
        return False
    common = float(np.mean([rate for _, rate, _ in rates]))
    return all(abs(rate - common) <= 2 * fraction_bound(size) for _, rate, size in rates)


def _nothing_dropped(trial: Trial) -> bool:
    return all(rate == 1 for _, rate, _ in _rates(trial))


def _columns_shared(trial: Trial) -> bool:
    kept = _kept(_failed(trial))
    return kept.shape[1] > 1 and bool(np.all(kept == kept[:, :1]))


def _rows_shared(trial: Trial) -> bool:
    kept = _kept(_failed(trial))
    return kept.shape[0] > 1 and bool(np.all(kept == kept[:1, :]))


def _dropped_at_test_time(trial: Trial) -> bool:
    if _training(trial.case):
        return False
    A = trial.case.args[0]
    A_out, _ = _pair(trial)
    return bool(np.any(A_out == 0)) and bool(np.all((A_out == 0) | ~SCALED.bad(A_out, A / _keep_prob(trial.case))
                                                   | ~SCALED.bad(A_out, A)))


def _scaled_at_test_time(trial: Trial) -> bool:
    A = trial.case.args[0]
    A_out, _ = _pair(trial)
    keep_prob = _keep_prob(trial.case)
    return keep_prob != 1 and (not SCALED.bad(A_out, A * keep_prob).any() or not SCALED.bad(A_out, A / keep_prob).any())


def _no_mask(trial: Trial) -> bool:
    value = _failed(trial).value
    return isinstance(value, (tuple, list)) and len(value) == 2 and not isinstance(value[1], np.ndarray)


DROPOUT_MISTAKES = (
    m.when("A *= mask (or A /= keep_prob) changes the caller's A: write A_out = A * mask / keep_prob, which makes "
           "a new array.", lambda t: _changed(t, 0), checks=("inputs_unchanged",)),
    m.when("Called without training, your function dropped nothing: the default is training=True "
           "(dropout_forward(A, keep_prob, training=True)).", _default_training_off,
           checks=("scaling", "keep_rate", "independent")),
    m.when("The result is (A_out, mask), in that order.", _swapped),
    m.when("Return the mask itself as well when nothing is dropped: all ones, np.ones(A.shape) (not None).",
           _no_mask, checks=("structure",)),
    m.when("The mask you return is scaled by 1/keep_prob; return the 0/1 mask (1 = kept) and divide A_out alone.",
           _scaled_mask, checks=("mask_values",)),
    m.when("The mask holds the random numbers themselves: compare them with keep_prob to get 0s and 1s, "
           "mask = np.random.rand(*A.shape) < keep_prob.", _raw_numbers, checks=("mask_values",)),
    m.when("Kept units must be divided by keep_prob (inverted dropout): A_out = A * mask / keep_prob. Without it "
           "the layer's expected output shrinks to keep_prob·A during training and jumps back at test time.",
           _scaled_like(lambda p: 1.0), checks=("scaling",)),
    m.when("Divide by keep_prob, do not multiply: A_out = A * mask / keep_prob makes each unit's expected value "
           "equal to A.", _scaled_like(lambda p: p), checks=("scaling",)),
    m.when("Scale by 1/keep_prob, not 1/(1 − keep_prob): keep_prob is the probability of keeping a unit.",
           _scaled_like(lambda p: 1 / (1 - p) if p != 1 else np.nan), checks=("scaling",)),
    m.when("Your mask and A_out disagree: the mask is 1 exactly where A_out is 0. The mask marks the kept units "
           "(1 = kept), and A_out = A * mask / keep_prob; return the mask you multiply by (or 1 − the one that "
           "marks the dropped units).", _inverted_mask, checks=("scaling",)),
    m.when("Nothing was dropped: with training=True each unit is dropped with probability 1 − keep_prob.",
           _nothing_dropped, checks=("keep_rate",)),
    m.when("np.random.randn draws from a normal distribution, so randn(...) < keep_prob keeps a unit with "
           "probability Φ(keep_prob) (76% for keep_prob = 0.7), not keep_prob. Use np.random.rand, uniform "
           "on [0, 1).", _every_rate_near(_phi), checks=("keep_rate",)),
    m.when("A unit is kept when its random number is below keep_prob: np.random.rand(...) < keep_prob. "
           "With '> keep_prob' only 1 − keep_prob of them are kept.", _every_rate_near(lambda p: 1 - p),
           checks=("keep_rate",)),
    m.when("Your function keeps the same share of units whatever keep_prob is: draw the mask with the keep_prob "
           "argument, np.random.rand(*A.shape) < keep_prob.", _fixed_rate, checks=("keep_rate",)),
    m.when("Every example gets the same mask: a draw of shape (n, 1) broadcast over the batch drops the same "
           "units for all m examples. Draw one number per unit and per example: np.random.rand(*A.shape).",
           _columns_shared, checks=("independent",)),
    m.when("All units of an example share one draw (a (1, m) mask): an example then loses all its units or "
           "none. Draw one number per unit and per example: np.random.rand(*A.shape).",
           _rows_shared, checks=("independent",)),
    m.when("With training=False (test time) nothing is dropped: return A unchanged and a mask of ones. "
           "Dropout is for training only.", _dropped_at_test_time, checks=("inference",)),
    m.when("With keep_prob = 1 every unit is kept and nothing is scaled: np.random.rand(...) < 1 always holds "
           "(randn(...) < 1 or rand(...) > 1 does not).",
           lambda t: _training(t.case) and _keep_prob(t.case) == 1 and bool(np.any(_pair(t)[0] == 0)),
           checks=("inference",)),
    m.when("Inverted dropout already divides by keep_prob during training, so at test time (or with "
           "keep_prob = 1) A goes through unchanged, neither multiplied nor divided by keep_prob.",
           _scaled_at_test_time, checks=("inference",)),
)

DROPOUT_STRUCTURE = Check("structure", "returns (A_out, mask), both of A's shape, A_out of floats",
                          dropout_structure)
MASK_VALUES = Check("mask_values", "mask holds only 0 (dropped) and 1 (kept), of any numeric or bool dtype",
                    mask_values)
SCALING = Check("scaling", "A_out = A·mask/keep_prob: kept units scaled by exactly 1/keep_prob, dropped ones 0",
                scaling)
DROPOUT_UNCHANGED = p.inputs_unchanged(("A", "keep_prob", "training"))
DROPOUT_EXAMPLES = (
    dropout_case((3, 5), 1, 0.7), dropout_case((4, 1), 2, 0.8, "keyword"), dropout_case((1, 5), 3, 0.6, "positional"),
    dropout_case((1, 1), 4, 0.5), dropout_case((5, 4), 5, 0.9, "keyword"),
)
STATISTICAL_EXAMPLE = statistical_case(12)
COUNT_EXAMPLE = count_case(40)
INFERENCE_EXAMPLES = (
    dropout_case((4, 6), 6, 0.5, "test"), dropout_case((3, 1), 7, 0.8, "test_positional"),
    dropout_case((5, 4), 8, 1.0), dropout_case((1, 3), 9, 1.0, "keyword"),
)


# == dropout_backward =================================================================
def backward_dropout_case(shape, seed, keep_prob, mask_kind: str = "random") -> Case:
    rng = s.generator(seed)
    dA = s.quarters(rng, shape, limit=3.0, nonzero=True)
    if mask_kind == "ones" or keep_prob == 1:
        mask = np.ones(shape)
    elif mask_kind == "zeros":
        mask = np.zeros(shape)
    else:
        mask = (rng.rand(*shape) < keep_prob).astype(float)
    return Case((dA, mask, keep_prob))


def _dropout_backward_truth(trial: Trial):
    dA, mask, keep_prob = trial.case.args
    return dA * mask / keep_prob


def _new_mask(trial: Trial) -> bool:
    dA, mask, keep_prob = trial.case.args
    got = np.asarray(trial.value, dtype=float)
    pattern = np.all((got == 0) | ~SCALED.bad(got, dA / keep_prob))
    return bool(pattern) and bool(np.any((got == 0) != (mask == 0)))


def _fixed_keep_prob(trial: Trial):
    """The keep_prob that explains the learner's dA_prev, when it is not the argument (None otherwise)."""
    dA, mask, keep_prob = trial.case.args
    got = np.asarray(trial.value, dtype=float)
    through = dA * mask
    if not np.any(through):
        return None
    implied = float(np.sum(through * through) / np.sum(got * through))
    if abs(implied - keep_prob) < 1e-9 or not 0 < implied <= 1 or LINEAR_ALGEBRA.bad(got, through / implied).any():
        return None
    return implied


DROPOUT_BACKWARD_MISTAKES = (
    m.when("dA *= mask (or dA[mask == 0] = 0) changes the caller's dA: write dA * mask / keep_prob, which makes a "
           "new array.", lambda t: _changed(t, 0), checks=("inputs_unchanged",)),
    m.when("The cache's W changed: W_reg = W names the same array, so W_reg *= lambd / m scales the caller's W. "
           "Write lambd / m * W, which makes a new array.", _changed_W, checks=("inputs_unchanged",)),
    m.returns("The forward pass divided the kept units by keep_prob, so their gradient is divided too: "
              "dA * mask / keep_prob.", lambda t: t.case.args[0] * t.case.args[1]),
    m.returns("Divide by keep_prob, do not multiply: dA * mask / keep_prob.",
              lambda t: t.case.args[0] * t.case.args[1] * t.case.args[2]),
    m.returns("The mask is missing: dropped units took no part in the forward pass, so their gradient is 0 "
              "(dA * mask / keep_prob).", lambda t: t.case.args[0] / t.case.args[2]),
    m.returns("Scale by 1/keep_prob, not 1/(1 − keep_prob): keep_prob is the probability of keeping a unit.",
              lambda t: None if t.case.args[2] == 1 else t.case.args[0] * t.case.args[1] / (1 - t.case.args[2])),
    m.returns("The gradient flows through the kept units (mask 1), not the dropped ones: dA * mask / keep_prob.",
              lambda t: t.case.args[0] * (1 - t.case.args[1]) / t.case.args[2]),
    m.returns("The result is the gradient dA * mask / keep_prob, not the scaled mask alone.",
              lambda t: t.case.args[1] / t.case.args[2]),
    m.returns("Divided by keep_prob twice: the forward pass scaled the kept units by 1/keep_prob once, so the "
              "gradient is dA * mask / keep_prob.", lambda t: t.case.args[0] * t.case.args[1] / t.case.args[2] ** 2),
    m.returns("// is floor division: it rounds down to a whole number. Divide with /: dA * mask / keep_prob.",
              lambda t: (t.case.args[0] * t.case.args[1]) // t.case.args[2]),
    m.when("Your scale does not follow keep_prob: use the keep_prob argument (a fixed number such as 0.8 fits "
           "one example only).", lambda t: _fixed_keep_prob(t) is not None),
    m.when("Use the mask you are given: a new draw drops other units than the forward pass did, so the "
           "gradient reaches units that were switched off.", _new_mask),
)


def _dropout_backward_cases():
    return st.tuples(s.shapes(), s.SEEDS, st.sampled_from(KEEP_PROBS + (1.0,))).map(
        lambda t: backward_dropout_case(*t))


DROPOUT_BACKWARD_EXAMPLES = (
    backward_dropout_case((3, 5), 1, 0.8), backward_dropout_case((4, 1), 2, 0.7),
    backward_dropout_case((1, 5), 3, 0.6), backward_dropout_case((2, 3), 4, 1.0),
    backward_dropout_case((2, 2), 5, 0.9, "zeros"), backward_dropout_case((3, 4), 6, 0.7, "ones"),
)


EXERCISES = (
    Exercise(
        function("regularization.compute_cost_with_regularization"),
        (Probe("networks", (
            p.structure("scalar", "returns the cost as one number (float, np.float64 or 0-d array)", "the cost",
                        expected=_cost_truth),
            p.values("value", "cost = cross-entropy + lambd/(2m)·Σ‖W[l]‖² over every layer (the b's excluded)",
                     "the cost", COST, expected=_cost_truth),
            p.inputs_unchanged(("AL", "Y", "parameters", "lambd")),
        ), _cost_cases(), COST_EXAMPLES, max_examples=12, return_args=True),),
        COST_MISTAKES,
        uses=("deep_network.compute_cost",),
        note=notes.REGULARIZATION,
        exception_hints=tuple(("KeyError", f"'W{l}'", f"There is no W{l} in these parameters: they may hold any "
                               "number of layers (one, or five). Sum over their W keys, or over l = 1 .. L with "
                               "L = len(parameters) // 2, rather than naming W1, W2, W3 or counting past L.")
                              for l in (2, 3)),
    ),
    Exercise(
        function("regularization.linear_backward_with_regularization"),
        (Probe("typical", (
            p.structure("structure", "returns (dA_prev, dW, db) shaped like A_prev, W and b", LAYER_BACKWARD,
                        expected=lambda t: tuple(t.case.args[1])),
            Check("parameter_gradients", "dW and db are the slopes of the regularized mean cost "
                  "(dW gains (lambd/m)·W, db does not change)", layer_parameter_gradients),
            Check("input_gradient", "dA_prev = Wᵀ·dZ, per example (no 1/m, no penalty)", layer_input_gradient),
            p.inputs_unchanged(("dZ", "cache", "lambd")),
        ), st.tuples(st.tuples(s.SIZES, s.SIZES, s.SIZES), s.SEEDS, st.sampled_from(LAMBDAS)).map(
            lambda t: linear_backward_case(*t)),
            (linear_backward_case((3, 1, 2), 1, 0.7), linear_backward_case((3, 2, 1), 2, 0.1),
             linear_backward_case((1, 3, 2), 3, 1.5), linear_backward_case((4, 3, 2), 4, 0.0),
             linear_backward_case((2, 2, 3), 5, 2.5)),
            max_examples=10, return_args=True),),
        BACKWARD_MISTAKES,
        uses=("deep_network.linear_backward",),
        note=notes.REGULARIZATION,
    ),
    Exercise(
        function("regularization.dropout_forward"),
        (
            Probe("shapes", (DROPOUT_STRUCTURE, MASK_VALUES, SCALING, DROPOUT_UNCHANGED), _dropout_cases(),
                  DROPOUT_EXAMPLES, max_examples=12, return_args=True, run=with_signature),
            Probe("statistics", (
                Check(DROPOUT_STRUCTURE.name, DROPOUT_STRUCTURE.sentence, each_call(dropout_structure)),
                Check(MASK_VALUES.name, MASK_VALUES.sentence, each_call(mask_values)),
                Check(SCALING.name, SCALING.sentence, each_call(scaling)),
                Check("keep_rate", "keeps each unit with probability keep_prob (kept fraction on 60 000 units, "
                      "keep_prob 0.7, 0.86, 0.3)", each_call(keep_rate)),
                Check("independent", "draws every unit of every example independently (no shared rows or "
                      "columns, neighbours agree as often as chance says)", each_call(independent)),
            ), examples=(STATISTICAL_EXAMPLE,), run=rate_calls),
            Probe("counts", (
                Check("count_varies", "keeps a number of units that varies from call to call, as independent "
                      f"draws do ({COUNT_CALLS} calls on 100 to 2000 units, keep_prob {COUNT_KEEP_PROB})",
                      count_varies),
            ), examples=(COUNT_EXAMPLE,), run=rate_calls),
            Probe("inference", (
                DROPOUT_STRUCTURE, MASK_VALUES,
                Check("inference", "with training=False or keep_prob = 1, returns A unchanged and a mask of ones",
                      inference),
                DROPOUT_UNCHANGED,
            ), examples=INFERENCE_EXAMPLES, return_args=True),
            Probe("seeding", (Check("reproducible", "drops the same units when NumPy is seeded the same way",
                                    reproducible),),
                  examples=(dropout_case((6, 8), 10, 0.5),), run=three_calls),
        ),
        DROPOUT_MISTAKES,
        note=notes.DROPOUT,
    ),
    Exercise(
        function("regularization.dropout_backward"),
        (Probe("typical", (
            p.output_array("shape", "returns a float array shaped like dA", lambda t: t.case.args[0].shape),
            p.matches("values", "dA·mask/keep_prob: the forward pass's mask and scale", _dropout_backward_truth,
                      LINEAR_ALGEBRA),
            p.inputs_unchanged(("dA", "mask", "keep_prob")),
        ), _dropout_backward_cases(), DROPOUT_BACKWARD_EXAMPLES, max_examples=10, return_args=True),),
        DROPOUT_BACKWARD_MISTAKES,
        note=notes.DROPOUT,
        exception_hints=(("ValueError", "could not be broadcast",
                          "dA and mask have the same shape (n, m): multiply them entry by entry, dA * mask, "
                          "without transposing or reshaping either."),),
    ),
)
