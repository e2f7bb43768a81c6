"""Checks for ``batch_norm``.

Units are rows and examples are columns: every statistic is taken along
axis 1. Nothing here is random, so there are no statistical checks: every
property is exact up to rounding (a correct implementation never fails).

``batchnorm_forward``
* train mode: each row of Z_hat = (out − beta)/gamma (rows where gamma is 0
  are left to the value check) has mean 0 and variance var/(var + eps) over
  the batch (just under 1; a constant unit has variance 0), out agrees with
  an independent computation for random gamma, beta, eps and momentum, and
  bn_param's running statistics are momentum·old + (1 − momentum)·batch afterwards (new arrays in the dict
  or the same arrays written into: both are in place in bn_param), also from
  CS231n's fresh start (running statistics 0);
* bn_param keeps its other entries (mode, eps, momentum) in both modes: none
  removed (bn_param.pop), none changed; keys may be added (setdefault writes
  the defaults in, which changes nothing the caller reads);
* the defaults eps = 1e-5 and momentum = 0.9 when bn_param leaves them out
  (a unit of small variance makes a wrong eps visible);
* test mode: the running statistics and not the batch's (a batch of one
  example, a constant batch), and bn_param left as it was;
* Z, gamma and beta unchanged; m = 1, one unit, constant and near-constant
  units, large values.

``batchnorm_backward``
The cache format is the learner's: each case runs the learner's own
``batchnorm_forward`` (train mode) and gives its cache to the backward pass;
when that forward pass gives no usable cache, the reference's is used, and a
note says so. The answer is judged against the truth computed from Z, gamma,
beta, eps and dout alone, never from the learner's cache, by central finite
differences of J = (1/m)·Σ dout·out: dgamma = ∂J/∂gamma and dbeta = ∂J/∂beta
carry the 1/m, dZ = m·∂J/∂Z does not (the contract's gradient scale). Cases
include a constant upstream gradient (dZ must then be 0), a constant unit and
a unit whose gamma is 0 (nothing may divide by gamma).
A wrong answer on the learner's own cache is tried again on the reference's
cache: when the learner's forward pass is itself wrong on that input, the
backward pass is judged on the reference's cache (it is graded on its own
where it can be, and the message says which cache it had); otherwise the
message says whether the two functions merely disagree on the cache.
"""
from __future__ import annotations

import copy
import warnings

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import (
    LINEAR_ALGEBRA,
    Tolerance,
    batched_central_difference,
    expect_array,
    expect_close,
    expect_sequence,
    fd_error,
)
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import number, show, source
from grader.reference import library

FORWARD = "batch_norm.batchnorm_forward"
DEFAULT_EPS = 1e-5
DEFAULT_MOMENTUM = 0.9
EPSILONS = (1e-5, 1e-3, 0.01, 0.1, 1e-8, 0.5)
MOMENTA = (0.9, 0.75, 0.99, 0.1, 0.6, 0.0)
MEAN_TOLERANCE = 1e-8
FD_TOLERANCE = 1e-6
VALUES = Tolerance(1e-9, 1e-7)


# -- the truth, written independently of solutions/ (and for stacks of inputs) ------------------
def statistics(Z, axis=-1, ddof=0):
    """Per-row mean and variance over the examples (the last axis), kept as columns."""
    mu = Z.mean(axis=axis, keepdims=True)
    var = ((Z - mu) ** 2).sum(axis=axis, keepdims=True) / (Z.shape[axis] - ddof)
    return mu, var


def normalized(Z, eps, *, axis=-1, ddof=0, eps_outside=False):
    mu, var = statistics(Z, axis, ddof)
    if eps_outside:
        return (Z - mu) / (np.sqrt(var) + eps)
    return (Z - mu) / np.sqrt(var + eps)


def settings_of(bn_param) -> tuple[float, float]:
    return bn_param.get("eps", DEFAULT_EPS), bn_param.get("momentum", DEFAULT_MOMENTUM)


def train_truth(Z, gamma, beta, bn_param):
    """(out, running_mean, running_var) of a train-mode call."""
    eps, momentum = settings_of(bn_param)
    mu, var = statistics(Z)
    out = gamma * normalized(Z, eps) + beta
    return (out, momentum * bn_param["running_mean"] + (1 - momentum) * mu,
            momentum * bn_param["running_var"] + (1 - momentum) * var)


def inference_truth(Z, gamma, beta, bn_param):
    eps, _ = settings_of(bn_param)
    return gamma * (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps) + beta


def forward_truth(trial: Trial):
    """(out, running_mean, running_var) after the call, as the contract says."""
    if "truth" not in trial.extra:
        Z, gamma, beta, bn_param = trial.case.args
        if bn_param["mode"] == "train":
            trial.extra["truth"] = train_truth(Z, gamma, beta, bn_param)
        else:
            trial.extra["truth"] = (inference_truth(Z, gamma, beta, bn_param), bn_param["running_mean"],
                                    bn_param["running_var"])
    return trial.extra["truth"]


# -- cases ---------------------------------------------------------------------------------------
def _parameters(rng, n, mode, eps, momentum):
    gamma = s.quarters(rng, (n, 1), limit=2.0, nonzero=True)
    beta = s.quarters(rng, (n, 1), limit=2.0)
    bn_param = {"mode": mode}
    if eps is not None:
        bn_param["eps"] = eps
    if momentum is not None:
        bn_param["momentum"] = momentum
    bn_param["running_mean"] = s.quarters(rng, (n, 1), limit=3.0)
    bn_param["running_var"] = rng.randint(1, 17, size=(n, 1)) / 4.0
    return gamma, beta, bn_param


def _batch(rng, n, m_, values="quarters"):
    """Z: quarters around a per-unit offset; or large values; with unit-specific spreads."""
    if values == "large":
        return s.large(rng, (n, m_))
    offsets = rng.randint(-8, 9, size=(n, 1)) * 2.5
    return s.quarters(rng, (n, m_), limit=4.0) + offsets


def forward_case(n, m_, seed, eps=DEFAULT_EPS, momentum=DEFAULT_MOMENTUM, mode="train", values="quarters",
                 *, special: dict | None = None, running: tuple | None = None, zero_gamma: int | None = None) -> Case:
    """``special`` replaces rows of Z: {row: values}; ``running`` sets (running_mean, running_var) to constants
    (0 and 0 is CS231n's fresh start); ``zero_gamma`` is a unit whose gamma is 0 (out = beta there)."""
    rng = s.generator(seed)
    Z = _batch(rng, n, m_, values)
    gamma, beta, bn_param = _parameters(rng, n, mode, eps, momentum)
    for row, value in (special or {}).items():
        Z[row] = value
    if running is not None:
        bn_param["running_mean"] = np.full((n, 1), float(running[0]))
        bn_param["running_var"] = np.full((n, 1), float(running[1]))
    if zero_gamma is not None:
        gamma[zero_gamma] = 0.0
    return Case((Z, gamma, beta, bn_param))


def _forward_cases(mode):
    return st.tuples(st.integers(1, 5), st.integers(1, 6), s.SEEDS, st.sampled_from(EPSILONS),
                     st.sampled_from(MOMENTA)).map(lambda t: forward_case(*t, mode=mode))


TRAIN_EXAMPLES = (
    forward_case(3, 4, 1, 1e-3, 0.9),                                   # typical
    forward_case(3, 5, 2, 0.1, 0.75, special={1: 1.5}),                 # a constant unit
    forward_case(1, 6, 3, 0.01, 0.99),                                  # one unit
    forward_case(4, 1, 4, 1e-5, 0.9),                                   # m = 1: every unit is constant
    forward_case(2, 4, 5, 1e-5, 0.1, special={0: [3.0, 3.001, 2.999, 3.0]}),  # a near-constant unit
    forward_case(3, 5, 6, 1e-5, 0.6, values="large"),                          # large values
    forward_case(4, 3, 7, 1e-8, 0.0),
    forward_case(3, 4, 8, 1e-3, 0.9, running=(0.0, 0.0)),              # the first call: CS231n starts at zeros
    forward_case(2, 5, 9, 0.01, 0.75, running=(0.0, 1.0), zero_gamma=1),  # mean 0, variance 1; a unit with gamma 0
)
TEST_EXAMPLES = (
    forward_case(3, 4, 11, 1e-3, 0.9, "test"),
    forward_case(3, 1, 12, 1e-5, 0.9, "test"),                          # a single test example
    forward_case(2, 4, 13, 0.1, 0.75, "test", special={0: 2.0, 1: -1.0}),  # a constant batch
    forward_case(1, 5, 14, 0.01, 0.5, "test", values="large"),
    forward_case(3, 2, 15, 1e-3, 0.9, "test", running=(0.0, 0.0)),     # running_var 0: only eps is left
)
DEFAULT_EXAMPLES = (
    # The first unit's variance (about 7e-6) is of the size of eps: a wrong default eps shows.
    forward_case(3, 4, 21, None, None, special={0: [1.0, 1.004, 0.997, 1.0]}),
    forward_case(2, 5, 22, None, None),
    forward_case(2, 3, 23, None, None, "test"),
)


# -- forward checks --------------------------------------------------------------------------------
def _out(trial: Trial) -> np.ndarray:
    """The learner's out, when it is an array of the right shape (else another check's business)."""
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise NotApplicable()
    out = value[0]
    Z = trial.case.args[0]
    if not isinstance(out, np.ndarray) or out.shape != Z.shape or out.dtype != Z.dtype:
        raise NotApplicable()
    return out


def forward_structure(trial: Trial) -> None:
    Z = trial.case.args[0]
    value = trial.value
    if isinstance(value, np.ndarray):
        raise Mismatch("the result is a single array; it should be the pair (out, cache)",
                       expected="(out, cache)", got=show(value),
                       hint="Return both: return out, cache (the cache is what batchnorm_backward will need).")
    out, _ = expect_sequence(value, 2, "the result")
    expect_array(out, "out", Z.shape)


def _mode(trial: Trial) -> str:
    return trial.case.args[3]["mode"]


def unit_statistics(trial: Trial) -> None:
    """Z_hat = (out − beta)/gamma has, per row, mean 0 and variance var/(var + eps) (rows where gamma is 0 are
    out_values' business: out = beta there)."""
    out = _out(trial)
    Z, gamma, beta, bn_param = trial.case.args
    eps, _ = settings_of(bn_param)
    scaled = gamma[:, 0] != 0
    with np.errstate(divide="ignore", invalid="ignore"):
        Z_hat = (out - beta) / np.where(gamma == 0, 1.0, gamma)
    mu, var = statistics(Z)
    got_mu, got_var = statistics(Z_hat)
    scale = 1 + np.abs(Z_hat).max(axis=1, keepdims=True)
    for i in np.flatnonzero(scaled):
        if not np.isfinite(Z_hat[i]).all():
            raise Mismatch(f"row {i} of out contains nan or inf (is eps inside the square root, "
                           "sqrt(var + eps)?)", got=show(out))
        if abs(got_mu[i, 0]) > MEAN_TOLERANCE * scale[i, 0]:
            raise Mismatch(
                f"unit {i} (row {i}) of Z_hat = (out − beta)/gamma has mean {number(got_mu[i, 0])} over the "
                "m examples; it should be 0: each row is normalized over its own m values (axis 1)",
                expected=f"mean 0 in every row of {show(Z_hat)}", got=show(got_mu))
        want = var[i, 0] / (var[i, 0] + eps)
        if abs(got_var[i, 0] - want) > 1e-12 + 1e-7 * want:
            raise Mismatch(
                f"unit {i} (row {i}) of Z_hat = (out − beta)/gamma has variance {number(got_var[i, 0])} over the "
                f"m examples; it should be var/(var + eps) = {number(want)}"
                + (" (a constant unit stays 0)" if var[i, 0] == 0 else " (just under 1)"),
                expected=show(var / (var + eps)), got=show(got_var))


def out_values(trial: Trial) -> None:
    """out agrees with the truth for the call's mode (train or test)."""
    expect_close(_out(trial), forward_truth(trial)[0], "out", VALUES)


def _bn_after(trial: Trial) -> dict:
    if trial.args_after is None:
        raise NotApplicable()
    after_args, _ = trial.args_after
    if len(after_args) < 4:
        raise NotApplicable()
    after = after_args[3]
    if not isinstance(after, dict):
        raise Mismatch("bn_param is no longer a dict after the call", got=show(after))
    return after


def _running(after: dict, key: str, n: int) -> np.ndarray:
    if key not in after:
        raise Mismatch(f"bn_param has no {key!r} after the call", expected=f"bn_param[{key!r}] of shape ({n}, 1)")
    value = expect_array(after[key], f"bn_param[{key!r}] after the call", (n, 1))
    return value.astype(float)


def running_updated(trial: Trial) -> None:
    after = _bn_after(trial)
    Z, gamma, beta, bn_param = trial.case.args
    _, want_mean, want_var = forward_truth(trial)
    n = Z.shape[0]
    _, momentum = settings_of(bn_param)
    for key, want, batch in (("running_mean", want_mean, "mu"), ("running_var", want_var, "var")):
        got = _running(after, key, n)
        try:
            expect_close(got, want, f"bn_param[{key!r}]", LINEAR_ALGEBRA)
        except Mismatch as mismatch:
            mismatch.message += (f" after the call (momentum·{key} + (1 − momentum)·{batch}, with "
                                 f"momentum = {number(momentum)} and the batch's {batch})")
            raise


def running_kept(trial: Trial) -> None:
    after = _bn_after(trial)
    Z, _, _, bn_param = trial.case.args
    for key in ("running_mean", "running_var"):
        got = _running(after, key, Z.shape[0])
        if not np.array_equal(got, bn_param[key]):
            raise Mismatch(f"test mode changed bn_param[{key!r}]; test mode only reads the running statistics",
                           expected=show(bn_param[key]), got=show(got))


RUNNING = ("running_mean", "running_var")


def _same_setting(before, after) -> bool:
    """The same value, whatever its container: 1e-5 as a float or as np.float64, an array bit for bit."""
    if isinstance(before, np.ndarray) or isinstance(after, np.ndarray):
        return (isinstance(before, np.ndarray) and isinstance(after, np.ndarray) and before.shape == after.shape
                and bool(np.array_equal(before, after)))
    if isinstance(before, str) or isinstance(after, str):
        return before == after
    try:
        return bool(before == after)
    except (TypeError, ValueError):
        return False


def settings_kept(trial: Trial) -> None:
    """bn_param's other entries (mode, eps, momentum) are still there, unchanged.

    The running statistics are running_updated's and running_kept's business. A key added to bn_param (such as
    the defaults that ``bn_param.setdefault('eps', 1e-5)`` writes in) changes nothing the caller reads: allowed.
    """
    after = _bn_after(trial)
    bn_param = trial.case.args[3]
    for key, before in bn_param.items():
        if key in RUNNING:
            continue
        if key not in after:
            raise Mismatch(f"the call removed {key!r} from bn_param; the caller's bn_param must keep it",
                           expected=f"bn_param[{key!r}] = {show(before)} after the call", got=f"no {key!r}",
                           hint=(f"bn_param.pop({key!r}, ...) takes the key out of the caller's dictionary: read it "
                                 f"with bn_param.get({key!r}, ...) instead."))
        if not _same_setting(before, after[key]):
            raise Mismatch(f"the call changed bn_param[{key!r}]; only the running statistics may change, and only "
                           "in train mode", expected=show(before), got=show(after[key]),
                           hint=f"Read bn_param[{key!r}] without assigning to it: it is the caller's setting.")


def with_explicit_defaults(case: Case, caller) -> Trial:
    """Call without eps and momentum, and again with eps = 1e-5 and momentum = 0.9 spelled out."""
    Z, gamma, beta, bn_param = case.args
    explicit = caller.trial(Case((Z, gamma, beta, dict(bn_param, eps=DEFAULT_EPS, momentum=DEFAULT_MOMENTUM))))
    trial = caller.trial(case)
    trial.extra["explicit"] = explicit
    return trial


EPS_DEFAULT_HINT = "When bn_param has no 'eps', the default is eps = 1e-5: bn_param.get('eps', 1e-5)."
MOMENTUM_DEFAULT_HINT = ("When bn_param has no 'momentum', the default is momentum = 0.9: "
                         "bn_param.get('momentum', 0.9).")


def defaults_used(trial: Trial) -> None:
    """Leaving eps and momentum out gives what eps = 1e-5 and momentum = 0.9 give (right or wrong, that is the
    other checks' business)."""
    out = _out(trial)
    explicit = trial.extra["explicit"]
    explicit_out = _out(explicit)
    if not m.close(out, explicit_out, VALUES):
        raise Mismatch("called without 'eps' in bn_param, out differs from the same call with eps = 1e-5",
                       expected=f"as with eps = 1e-5: {show(explicit_out)}", got=show(out), hint=EPS_DEFAULT_HINT)
    if _mode(trial) == "train":
        after, explicit_after = _bn_after(trial), _bn_after(explicit)
        for key in ("running_mean", "running_var"):
            got, want = after.get(key), explicit_after.get(key)
            if isinstance(want, np.ndarray) and not m.close(got, want, LINEAR_ALGEBRA):
                raise Mismatch(f"called without 'momentum' in bn_param, bn_param[{key!r}] afterwards differs from "
                               "the same call with momentum = 0.9",
                               expected=f"as with momentum = 0.9: {show(want)}", got=show(got),
                               hint=MOMENTUM_DEFAULT_HINT)


# -- forward mistakes ----------------------------------------------------------------------------
def _variant_train(trial: Trial, *, axis=-1, ddof=0, eps_outside=False, eps=None, affine="right"):
    Z, gamma, beta, bn_param = trial.case.args
    e = settings_of(bn_param)[0] if eps is None else eps
    Z_hat = normalized(Z, e, axis=axis, ddof=ddof, eps_outside=eps_outside)
    if affine == "swapped":
        return beta * Z_hat + gamma
    if affine == "none":
        return Z_hat
    return gamma * Z_hat + beta


def _out_is(trial: Trial, candidate) -> bool:
    try:
        got = _out(trial)
    except NotApplicable:
        return False
    truth = forward_truth(trial)[0]
    return not m.close(truth, candidate) and m.close(got, candidate)


def _running_is(trial: Trial, want_mean, want_var) -> bool:
    after = _bn_after(trial)
    truth = forward_truth(trial)
    if m.close(truth[1], want_mean) and m.close(truth[2], want_var):
        return False
    return m.close(after.get("running_mean"), want_mean) and m.close(after.get("running_var"), want_var)


def _running_with(trial: Trial, *, momentum=None, ddof=0, std=False, weights_swapped=False, plus_eps=False):
    Z, _, _, bn_param = trial.case.args
    eps, mom = settings_of(bn_param)
    mom = mom if momentum is None else momentum
    mu, var = statistics(Z, ddof=ddof)
    if plus_eps:
        var = var + eps
    if std:
        var = np.sqrt(var)
    old_mean, old_var = bn_param["running_mean"], bn_param["running_var"]
    if weights_swapped:
        return (1 - mom) * old_mean + mom * mu, (1 - mom) * old_var + mom * var
    return mom * old_mean + (1 - mom) * mu, mom * old_var + (1 - mom) * var


def _test_with_batch(trial: Trial) -> bool:
    return _mode(trial) == "test" and _out_is(trial, _variant_train(trial))


def _train_updates_in_test(trial: Trial) -> bool:
    if _mode(trial) != "test":
        return False
    Z, _, _, bn_param = trial.case.args
    after = _bn_after(trial)
    mom = settings_of(bn_param)[1]
    mu, var = statistics(Z)
    return (m.close(after.get("running_mean"), mom * bn_param["running_mean"] + (1 - mom) * mu)
            and m.close(after.get("running_var"), mom * bn_param["running_var"] + (1 - mom) * var))


def _train_with_running(trial: Trial) -> bool:
    """Train mode normalized with bn_param's running statistics, the old ones or the freshly updated ones."""
    if _mode(trial) != "train":
        return False
    Z, gamma, beta, bn_param = trial.case.args
    _, new_mean, new_var = forward_truth(trial)
    return any(_out_is(trial, inference_truth(Z, gamma, beta, dict(bn_param, running_mean=mean, running_var=var)))
               for mean, var in ((bn_param["running_mean"], bn_param["running_var"]), (new_mean, new_var)))


def _test_variant(trial: Trial, *, eps_outside=False, no_eps=False):
    Z, gamma, beta, bn_param = trial.case.args
    eps, _ = settings_of(bn_param)
    rm, rv = bn_param["running_mean"], bn_param["running_var"]
    if no_eps:
        return gamma * (Z - rm) / np.sqrt(rv) + beta
    if eps_outside:
        return gamma * (Z - rm) / (np.sqrt(rv) + eps) + beta
    return None


def _mu_lost_axis(trial: Trial) -> bool:
    """bn_param's running statistics became (n, n): mu or var of shape (n,) broadcast against (n, 1)."""
    after = _bn_after(trial)
    n = trial.case.args[0].shape[0]
    return n > 1 and any(getattr(after.get(k), "shape", None) == (n, n) for k in ("running_mean", "running_var"))


FORWARD_MISTAKES = (
    m.when("Z is normalized over the wrong axis: examples are columns here, so each unit (row) is normalized over "
           "axis 1, mean(Z, axis=1, keepdims=True). CS231n's data is transposed (examples in rows, axis 0).",
           lambda t: _out_is(t, _variant_train(t, axis=0))),
    m.when("The variance is the unbiased one (ddof=1, dividing by m − 1); batch normalization uses the biased "
           "variance, np.var(Z, axis=1, keepdims=True), dividing by m.",
           lambda t: _out_is(t, _variant_train(t, ddof=1))),
    m.when("eps is outside the square root: Z_hat = (Z − mu) / np.sqrt(var + eps).",
           lambda t: _out_is(t, _variant_train(t, eps_outside=True))),
    m.when("eps is missing: Z_hat = (Z − mu) / np.sqrt(var + eps) (without it a constant unit divides 0 by 0).",
           lambda t: _mode(t) == "train" and _out_is(t, _variant_train(t, eps=0.0)),
           checks=("train_values", "normalized")),
    m.when("eps is fixed at 1e-5: use the eps the caller gives, bn_param['eps'] (1e-5 only when it is absent).",
           lambda t: "eps" in t.case.args[3] and t.case.args[3]["eps"] != DEFAULT_EPS and (
               _out_is(t, _variant_train(t, eps=DEFAULT_EPS)) if _mode(t) == "train"
               else _out_is(t, inference_truth(*t.case.args[:3], dict(t.case.args[3], eps=DEFAULT_EPS))))),
    m.when("gamma and beta are swapped: out = gamma * Z_hat + beta (gamma scales, beta shifts).",
           lambda t: _out_is(t, _variant_train(t, affine="swapped"))),
    m.when("out is Z_hat itself: scale and shift it, out = gamma * Z_hat + beta.",
           lambda t: _out_is(t, _variant_train(t, affine="none"))),
    m.when("Test mode uses the batch's own mean and variance; it must use bn_param's running_mean and running_var "
           "(a single test example has variance 0).", _test_with_batch, checks=("test_values",)),
    m.when("Test mode has eps outside the square root: (Z − running_mean) / np.sqrt(running_var + eps).",
           lambda t: _mode(t) == "test" and _out_is(t, _test_variant(t, eps_outside=True))),
    m.when("Test mode forgets eps: (Z − running_mean) / np.sqrt(running_var + eps).",
           lambda t: _mode(t) == "test" and _out_is(t, _test_variant(t, no_eps=True))),
    m.when("The momentum rule is upside down: momentum weighs the OLD running value, "
           "running = momentum * running + (1 − momentum) * batch.",
           lambda t: _running_is(t, *_running_with(t, weights_swapped=True)), checks=("running_stats",)),
    m.when("The running statistics are not updated: in train mode, store momentum * running + (1 − momentum) * batch "
           "back into bn_param['running_mean'] and bn_param['running_var'].",
           lambda t: _running_is(t, t.case.args[3]["running_mean"], t.case.args[3]["running_var"]),
           checks=("running_stats",)),
    m.when("running_var is updated with the unbiased variance (ddof=1); use the batch's biased variance, the one "
           "that normalizes.", lambda t: _running_is(t, *_running_with(t, ddof=1)), checks=("running_stats",)),
    m.when("running_var is updated with the standard deviation; it averages the variance.",
           lambda t: _running_is(t, *_running_with(t, std=True)), checks=("running_stats",)),
    m.when("running_var is updated with var + eps; it averages the batch's variance var itself (eps is added only "
           "where you divide).", lambda t: _running_is(t, *_running_with(t, plus_eps=True)), checks=("running_stats",)),
    m.when("The running statistics were replaced by the batch's mu and var, as if this were the first batch: apply "
           "running = momentum * running + (1 − momentum) * batch every time, even when the running values are 0.",
           lambda t: _running_is(t, *statistics(t.case.args[0])), checks=("running_stats",)),
    m.when("The running statistics moved with momentum 0.9, not with the momentum in bn_param: read it with "
           "bn_param.get('momentum', 0.9). (bn_param.get('momentum') or 0.9 also replaces a momentum of 0.)",
           lambda t: settings_of(t.case.args[3])[1] != DEFAULT_MOMENTUM
           and _running_is(t, *_running_with(t, momentum=DEFAULT_MOMENTUM)), checks=("running_stats",)),
    m.when("Train mode normalizes with the running statistics; it uses the batch's own mean and variance (the "
           "running ones are for test mode).", _train_with_running, checks=("train_values", "normalized")),
    m.when("mu or var lost its second axis (shape (n,)), and broadcasting against the (n, 1) running statistics "
           "made them (n, n): use keepdims=True.", _mu_lost_axis, checks=("running_stats",)),
    m.when("Test mode updates the running statistics; only train mode does.", _train_updates_in_test,
           checks=("running_kept",)),
)


# -- backward cases and the learner's own forward pass --------------------------------------------
def backward_case(n, m_, seed, eps, kind="random") -> Case:
    """kind: "random", "constant_upstream" (every row of dout constant), "constant_unit" (a row of Z) or
    "zero_gamma" (a unit whose gamma is 0: its dZ is 0, its dgamma is not)."""
    rng = s.generator(seed)
    Z = np.round(_batch(rng, n, m_) + rng.uniform(-0.1, 0.1, size=(n, m_)), 3)
    gamma, beta, bn_param = _parameters(rng, n, "train", eps, 0.9)
    dout = np.round(rng.uniform(-2, 2, size=(n, m_)), 2)
    if kind == "constant_upstream":
        dout = np.repeat(dout[:, :1], m_, axis=1)
    elif kind == "constant_unit":
        Z[rng.randint(n)] = 1.25
    elif kind == "zero_gamma":
        gamma[rng.randint(n)] = 0.0
    context = {"Z": Z, "gamma": gamma, "beta": beta, "bn_param": bn_param, "dout": dout}

    def recipe() -> str:
        return "\n".join([
            f"Z = {source(Z)}",
            f"gamma = {source(gamma)}",
            f"beta = {source(beta)}",
            f"bn_param = {source(bn_param)}",
            "out, cache = batchnorm_forward(Z, gamma, beta, bn_param)",
            f"dout = {source(dout)}",
            "batchnorm_backward(dout, cache)",
        ])

    return Case((Z, gamma, beta, bn_param, dout), recipe=recipe, context=context)


BACKWARD_EPSILONS = (1e-5, 1e-3, 0.01, 0.1, 0.5)
BACKWARD_KINDS = ("random", "random", "constant_upstream", "constant_unit", "zero_gamma")
BACKWARD_EXAMPLES = (
    backward_case(3, 4, 31, 1e-3),
    backward_case(3, 4, 32, 1e-3, "constant_upstream"),     # dZ must be 0
    backward_case(3, 5, 33, 0.01, "constant_unit"),
    backward_case(1, 5, 34, 0.1),                           # one unit
    backward_case(4, 1, 35, 1e-5),                          # m = 1
    backward_case(2, 3, 36, 0.5),
    backward_case(3, 4, 37, 0.01, "zero_gamma"),
)

REFERENCE_LAYOUT = "(Z, Z_hat, mu, var, gamma, beta, eps)"
FALLBACK_NOTE = ("Your batchnorm_forward gave no usable cache, so batchnorm_backward was graded with the cache of the "
                 f"reference's forward pass, the tuple {REFERENCE_LAYOUT}. Make the forward pass work first: your "
                 "backward pass will then receive your own cache.")
FORWARD_WRONG = (" Your batchnorm_forward's out is wrong on this input, and its cache is what your batchnorm_backward "
                 "received: make the forward pass right first.")
REFERENCE_CACHE_USED = (" (Your batchnorm_forward's out is wrong on this input, so your batchnorm_backward was given "
                        f"the cache of the reference's forward pass, {REFERENCE_LAYOUT}, and this is its answer.)")
REFERENCE_CACHE_NAMED = (" (This is your batchnorm_backward's answer with the cache of the reference's forward pass, "
                         f"{REFERENCE_LAYOUT}; with your own forward pass's cache it is wrong as well.)")
OWN_CACHE = (" Your batchnorm_forward is right on this input, so look in batchnorm_backward and at what the cache "
             "holds (an array changed in place after it went into the cache changes the cache too).")
CACHE_MISMATCH = (" With the cache of the reference's forward pass, " + REFERENCE_LAYOUT + ", your batchnorm_backward "
                  "gets it right, so look at the cache your batchnorm_forward returns: its items in another order "
                  "than your backward pass reads them, or an array changed in place after it went into the cache "
                  "(out = Z_hat; out *= gamma changes Z_hat too).")


def _reference_cache(context: dict):
    forward = library()[FORWARD]
    return forward(*copy.deepcopy([context[k] for k in ("Z", "gamma", "beta", "bn_param")]))[1]


def _well_formed(value, truth) -> bool:
    return (isinstance(value, (tuple, list)) and len(value) == 3
            and all(isinstance(v, np.ndarray) and v.shape == t.shape and v.dtype.kind == "f"
                    for v, t in zip(value, truth)))


def _right(value, truth) -> bool:
    return _well_formed(value, truth) and all(
        np.all(np.isfinite(v)) and fd_error(v, t) <= FD_TOLERANCE for v, t in zip(value, truth))


def with_own_forward(case: Case, caller) -> Trial:
    """The backward pass on the cache of the learner's own batchnorm_forward (train mode).

    Without a usable cache from it, the reference's cache is used (and a note says so). When the answer
    on the learner's cache is wrong, the backward pass is also tried on the reference's cache: if the
    learner's forward pass is itself wrong on this input, that answer is the one judged (so that the
    backward pass is graded on its own where it can be); if not, the feedback can at least say that the
    two functions disagree on the cache.
    """
    context = case.context
    Z, gamma, beta, bn_param = (context[k] for k in ("Z", "gamma", "beta", "bn_param"))
    dout = context["dout"]
    made = caller.own(FORWARD, Case((Z, gamma, beta, copy.deepcopy(bn_param))))
    if not (isinstance(made, (tuple, list)) and len(made) == 2 and made[1] is not None):
        trial = caller.trial(Case((dout, _reference_cache(context)), context=context))
        trial.extra["fallback"] = True
        trial.notes.append(FALLBACK_NOTE)
        return trial
    forward_wrong = not m.close(made[0], train_truth(Z, gamma, beta, bn_param)[0], VALUES)
    truth = analytic_gradients(context)
    own, raised = None, None
    try:
        own = caller.trial(Case((dout, made[1]), context=context))
    except Exception as error:  # noqa: BLE001 - the learner's exception, re-raised below unless explained
        if not forward_wrong:
            raise
        raised = error
    if own is not None and _right(own.value, truth):
        return own
    try:
        retry = caller.trial(Case((dout, _reference_cache(context)), context=context))
    except Exception:  # noqa: BLE001 - the learner's backward pass may not read the reference's cache
        retry = None
    if forward_wrong and retry is not None and _well_formed(retry.value, truth):
        retry.extra["reference_cache"] = True
        return retry
    if raised is not None:
        raise raised
    own.extra["forward_wrong"] = forward_wrong
    own.extra["cache_mismatch"] = retry is not None and _right(retry.value, truth)
    if retry is not None and not own.extra["cache_mismatch"] and _named(retry) and not _named(own):
        # Wrong either way, but only the answer on the reference's cache shows which mistake it is.
        retry.extra["reference_cache_named"] = True
        return retry
    # The learner's own cache layout, with its forward pass right here: nothing else to compare with.
    own.extra["own_cache"] = retry is None and not forward_wrong and _well_formed(own.value, truth) and not _named(own)
    return own


def _named(trial: Trial) -> bool:
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return any(mistake.matches(trial) for mistake in BACKWARD_MISTAKES)


# -- backward checks ---------------------------------------------------------------------------------
def _objective(context: dict):
    """J(Z, gamma, beta) = (1/m) Σ dout · out, for stacks of any one argument."""
    Z0, gamma0, beta0, dout = (context[k] for k in ("Z", "gamma", "beta", "dout"))
    eps = context["bn_param"]["eps"]
    m_ = Z0.shape[1]

    def J(Z=Z0, gamma=gamma0, beta=beta0):
        return np.sum(dout * (gamma * normalized(Z, eps) + beta), axis=(-2, -1)) / m_

    return J


def numeric_gradients(trial: Trial):
    """(dZ, dgamma, dbeta) by central differences: dZ = m·∂J/∂Z, dgamma = ∂J/∂gamma, dbeta = ∂J/∂beta."""
    if "numeric" not in trial.extra:
        context = trial.case.context
        J = _objective(context)
        m_ = context["Z"].shape[1]
        # J does not change when a row of Z is shifted, nor does its gradient: differentiating at the
        # centred rows keeps the rounding of large offsets out of the differences.
        centred = context["Z"] - context["Z"].mean(axis=1, keepdims=True)
        trial.extra["numeric"] = (
            m_ * batched_central_difference(lambda Z: J(Z=Z), centred, step=1e-6),
            batched_central_difference(lambda g: J(gamma=g), context["gamma"]),
            batched_central_difference(lambda b: J(beta=b), context["beta"]),
        )
    return trial.extra["numeric"]


def analytic_gradients(context: dict):
    """The closed form, to recognise mistakes by what they return."""
    Z, gamma, dout = context["Z"], context["gamma"], context["dout"]
    eps = context["bn_param"]["eps"]
    mu, var = statistics(Z)
    Z_hat = (Z - mu) / np.sqrt(var + eps)
    g = dout * gamma
    dZ = (g - g.mean(axis=1, keepdims=True) - Z_hat * (g * Z_hat).mean(axis=1, keepdims=True)) / np.sqrt(var + eps)
    return dZ, (dout * Z_hat).mean(axis=1, keepdims=True), dout.mean(axis=1, keepdims=True)


def _explained(verify):
    """Say so when the learner's forward pass, whose cache the backward pass used, is itself wrong."""

    def wrapped(trial: Trial) -> None:
        try:
            verify(trial)
        except Mismatch as mismatch:
            if trial.extra.get("reference_cache"):
                mismatch.message += REFERENCE_CACHE_USED
            elif trial.extra.get("forward_wrong"):
                mismatch.message += FORWARD_WRONG
            elif trial.extra.get("cache_mismatch"):
                mismatch.message += CACHE_MISMATCH
            elif trial.extra.get("reference_cache_named"):
                mismatch.message += REFERENCE_CACHE_NAMED
            elif trial.extra.get("own_cache"):
                mismatch.message += OWN_CACHE
            raise

    return wrapped


def backward_structure(trial: Trial) -> None:
    context = trial.case.context
    n, m_ = context["Z"].shape
    dZ, dgamma, dbeta = expect_sequence(trial.value, 3, "the result")
    expect_array(dZ, "dZ", (n, m_))
    expect_array(dgamma, "dgamma", (n, 1))
    expect_array(dbeta, "dbeta", (n, 1))


def _parts(trial: Trial):
    numeric = numeric_gradients(trial)
    value = trial.value
    if not isinstance(value, (tuple, list)) or len(value) != 3:
        raise NotApplicable()
    for got, want in zip(value, numeric):
        if not isinstance(got, np.ndarray) or got.shape != want.shape or got.dtype.kind not in "biuf":
            raise NotApplicable()
    return [v.astype(float) for v in value], numeric


def _expect_gradient(got, numeric, what, of, extra="") -> None:
    if not np.all(np.isfinite(got)):
        raise Mismatch(f"{what} contains nan or inf{extra}", expected=show(numeric), got=show(got))
    error = fd_error(got, numeric)
    if error > FD_TOLERANCE:
        raise Mismatch(f"{what} does not match the slope of {of} measured by finite differences (relative error "
                       f"{error:.1e}){extra}", expected=show(numeric), got=show(got))


def parameter_gradients(trial: Trial) -> None:
    (dZ, dgamma, dbeta), (n_dZ, n_dgamma, n_dbeta) = _parts(trial)
    _expect_gradient(dgamma, n_dgamma, "dgamma", "the mean cost J = (1/m)·Σ dout·out with respect to gamma")
    _expect_gradient(dbeta, n_dbeta, "dbeta", "the mean cost J = (1/m)·Σ dout·out with respect to beta")


def input_gradient(trial: Trial) -> None:
    (dZ, dgamma, dbeta), (n_dZ, n_dgamma, n_dbeta) = _parts(trial)
    dout = trial.case.context["dout"]
    constant = np.all(dout == dout[:, :1], axis=1)
    extra = ""
    if constant.any() and dout.shape[1] > 1:
        rows = ", ".join(str(i) for i in np.flatnonzero(constant))
        extra = (f"; dout is constant along row(s) {rows}, and out does not change when a row of Z is shifted, "
                 "so dZ must be 0 there")
    _expect_gradient(dZ, n_dZ, "dZ", "Σ dout·out with respect to Z (per example, no 1/m)", extra)


BACKWARD_PARTS = ("dZ", "dgamma", "dbeta")


def _backward_is(trial: Trial, candidate, parts=(0, 1, 2)) -> bool:
    """The learner's answer equals ``candidate`` in the given parts (and the truth does not)."""
    value = trial.value
    truth = analytic_gradients(trial.case.context)
    return (any(not m.close(truth[i], candidate[i]) for i in parts)
            and all(m.close(value[i], candidate[i]) for i in parts))


def _scaled(trial: Trial, dZ=1.0, params=1.0):
    dZ_, dgamma, dbeta = analytic_gradients(trial.case.context)
    return dZ_ * dZ, dgamma * params, dbeta * params


def _naive_dZ(trial: Trial):
    context = trial.case.context
    Z, gamma, dout = context["Z"], context["gamma"], context["dout"]
    _, var = statistics(Z)
    truth = analytic_gradients(context)
    return dout * gamma / np.sqrt(var + context["bn_param"]["eps"]), truth[1], truth[2]


def _dZ_variant(trial: Trial, *, mean_term=True, var_term=True, with_gamma=True, eps=None, consistent=False):
    """dZ with a path left out, or divided by sqrt(var + ``eps``) with another eps: only there (Z_hat from the
    forward pass's eps) or, ``consistent``, everywhere (the gradient for that eps)."""
    context = trial.case.context
    Z, gamma, dout = context["Z"], context["gamma"], context["dout"]
    e = context["bn_param"]["eps"] if eps is None else eps
    mu, var = statistics(Z)
    with np.errstate(divide="ignore", invalid="ignore"):
        Z_hat = (Z - mu) / np.sqrt(var + (e if consistent else context["bn_param"]["eps"]))
    g = dout * gamma if with_gamma else dout
    dZ = g.copy()
    if mean_term:
        dZ = dZ - g.mean(axis=1, keepdims=True)
    if var_term:
        dZ = dZ - Z_hat * (g * Z_hat).mean(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (dZ / np.sqrt(var + e),) + tuple(analytic_gradients(context)[1:])


def _dgamma_from_Z(trial: Trial, centred: bool = False):
    context = trial.case.context
    truth = analytic_gradients(context)
    Z = context["Z"] - context["Z"].mean(axis=1, keepdims=True) if centred else context["Z"]
    return truth[0], (context["dout"] * Z).mean(axis=1, keepdims=True), truth[2]


def _summed_over_units(trial: Trial) -> bool:
    n, m_ = trial.case.context["Z"].shape
    return n != m_ and any(isinstance(v, np.ndarray) and v.shape in ((m_,), (1, m_)) for v in trial.value[1:3])


def _nan_where_gamma_is_0(trial: Trial) -> bool:
    """nan or inf exactly in the units whose gamma is 0, finite elsewhere."""
    zero = trial.case.context["gamma"][:, 0] == 0
    if not zero.any():
        return False
    with np.errstate(invalid="ignore"):
        bad = [~np.isfinite(v).all(axis=1) for v in trial.value if isinstance(v, np.ndarray) and v.ndim == 2
               and v.shape[0] == zero.size and v.dtype.kind == "f"]
    return any(b.any() for b in bad) and all(not (b & ~zero).any() for b in bad)


def _lost_axis(trial: Trial) -> bool:
    value = trial.value
    n = trial.case.context["Z"].shape[0]
    return any(isinstance(v, np.ndarray) and v.shape == (n,) for v in value[1:3])


BACKWARD_MISTAKES = (
    m.when("dgamma and dbeta are m times too large: they are gradients of the MEAN cost, so they carry a 1/m, "
           "dbeta = (1/m)·Σ dout and dgamma = (1/m)·Σ dout·Z_hat (CS231n's formulas have no 1/m: its cost is "
           "a sum). dZ is per example and has none.",
           lambda t: _backward_is(t, _scaled(t, params=t.case.context["Z"].shape[1]), (1, 2)),
           checks=("parameter_gradients",)),
    m.when("dgamma and dbeta come back swapped: return (dZ, dgamma, dbeta), in that order.",
           lambda t: _backward_is(t, (lambda g: (g[0], g[2], g[1]))(analytic_gradients(t.case.context)), (1, 2)),
           checks=("parameter_gradients",)),
    m.when("One of dgamma and dbeta is m times too large: both are gradients of the MEAN cost and carry the 1/m, "
           "dbeta = (1/m)·Σ dout and dgamma = (1/m)·Σ dout·Z_hat.",
           lambda t: any(_backward_is(t, _scaled(t, params=t.case.context["Z"].shape[1]), (i,)) for i in (1, 2)),
           checks=("parameter_gradients",)),
    m.when("dZ is divided by m: dZ is per example, like dout (only dgamma and dbeta carry the 1/m).",
           lambda t: _backward_is(t, _scaled(t, dZ=1 / t.case.context["Z"].shape[1]), (0,)),
           checks=("input_gradient",)),
    m.when("dZ ignores the dependence of mu and var on Z: dZ = dout·gamma/sqrt(var + eps) is only the direct path. "
           "Z also moves the mean and the variance of its row, which gives "
           "dZ = (dZ_hat − mean(dZ_hat) − Z_hat·mean(dZ_hat·Z_hat)) / sqrt(var + eps), "
           "with dZ_hat = dout·gamma.",
           lambda t: _backward_is(t, _naive_dZ(t), (0,)), checks=("input_gradient",)),
    m.when("dZ leaves out the path through the mean: subtract mean(dZ_hat) too (a constant dout must give dZ = 0).",
           lambda t: _backward_is(t, _dZ_variant(t, mean_term=False), (0,)), checks=("input_gradient",)),
    m.when("dZ leaves out the path through the variance: subtract Z_hat·mean(dZ_hat·Z_hat) too.",
           lambda t: _backward_is(t, _dZ_variant(t, var_term=False), (0,)), checks=("input_gradient",)),
    m.when("dZ forgets gamma: the gradient reaching Z_hat is dZ_hat = dout·gamma.",
           lambda t: _backward_is(t, _dZ_variant(t, with_gamma=False), (0,)), checks=("input_gradient",)),
    m.when("The backward pass leaves eps out of the square root: divide by sqrt(var + eps), with the eps of the "
           "forward pass (keep it in the cache).",
           lambda t: any(_backward_is(t, _dZ_variant(t, eps=0.0, consistent=c), (0,)) for c in (False, True)),
           checks=("input_gradient",)),
    m.when("The backward pass uses a fixed eps = 1e-5 rather than the eps the forward pass used (bn_param['eps']): "
           "keep eps in the cache.",
           lambda t: t.case.context["bn_param"]["eps"] != DEFAULT_EPS and any(
               _backward_is(t, _dZ_variant(t, eps=DEFAULT_EPS, consistent=c), (0,)) for c in (False, True)),
           checks=("input_gradient",)),
    m.when("dgamma multiplies dout by Z; it multiplies by the normalized Z_hat: dgamma = (1/m)·Σ dout·Z_hat.",
           lambda t: any(_backward_is(t, _dgamma_from_Z(t, centred), (1,)) for centred in (False, True)),
           checks=("parameter_gradients",)),
    m.when("m is taken from the wrong axis: the batch size is the number of columns, m = dout.shape[1] (CS231n's "
           "N = x.shape[0] counts rows because its examples are rows).",
           lambda t: t.case.context["Z"].shape[0] != t.case.context["Z"].shape[1] and _backward_is(
               t, _scaled(t, params=t.case.context["Z"].shape[1] / t.case.context["Z"].shape[0]), (1, 2)),
           checks=("parameter_gradients",)),
    m.when("dgamma and dbeta are sums over axis 0, the units: here units are rows and examples are columns, so "
           "sum over axis 1, the m examples, with keepdims=True (CS231n's data is transposed).",
           _summed_over_units, checks=("structure",)),
    m.when("The answer is nan for the unit whose gamma is 0: gamma = 0 is a valid scale (out = beta there), so "
           "nothing may divide by gamma. Getting Z_hat back as (out − beta)/gamma does; keep Z_hat in the cache.",
           _nan_where_gamma_is_0, checks=("parameter_gradients", "input_gradient")),
    m.when("dgamma or dbeta lost its second axis: they are (n, 1) columns, like gamma and beta; sum with "
           "keepdims=True.", _lost_axis, checks=("structure",)),
)


# -- declarations ------------------------------------------------------------------------------------
FORWARD_INPUTS = p.inputs_unchanged(("Z", "gamma", "beta", "bn_param"), may_change=("bn_param",))
STRUCTURE = Check("structure", "returns the pair (out, cache), out a float array shaped like Z", forward_structure)

SHAPE_HINTS = (("ValueError", "could not be broadcast",
                "Arrays of incompatible shapes met. In batch normalization this usually means a mean, variance or sum "
                "lost its second axis, (n,) instead of (n, 1): use keepdims=True (Z is (n, m); gamma, beta, mu and var "
                "are (n, 1) columns)."),)
KEY_HINTS = (("KeyError", "'eps'", "bn_param may leave 'eps' out: " + EPS_DEFAULT_HINT),
             ("KeyError", "'momentum'", "bn_param may leave 'momentum' out: " + MOMENTUM_DEFAULT_HINT))

EXERCISES = (
    Exercise(
        function(FORWARD),
        (
            Probe("train", (
                STRUCTURE,
                Check("normalized", "in train mode every unit (row) of (out − beta)/gamma has mean 0 and variance "
                      "var/(var + eps) over the m examples", unit_statistics),
                Check("train_values", "train mode: out = gamma·(Z − mu)/sqrt(var + eps) + beta with the batch's "
                      "mean and biased variance, per row", out_values),
                Check("running_stats", "train mode updates bn_param's running_mean and running_var to "
                      "momentum·running + (1 − momentum)·batch", running_updated),
                Check("settings_kept", "keeps bn_param's mode, eps and momentum as they were", settings_kept),
                FORWARD_INPUTS,
            ), _forward_cases("train"), TRAIN_EXAMPLES, max_examples=12, return_args=True),
            Probe("test", (
                STRUCTURE,
                Check("test_values", "test mode: out = gamma·(Z − running_mean)/sqrt(running_var + eps) + beta, "
                      "whatever the batch (one example, a constant batch)", out_values),
                Check("running_kept", "test mode leaves bn_param's running statistics as they were", running_kept),
                Check("settings_kept", "keeps bn_param's mode, eps and momentum as they were", settings_kept),
                FORWARD_INPUTS,
            ), _forward_cases("test"), TEST_EXAMPLES, max_examples=8, return_args=True),
            Probe("defaults", (
                STRUCTURE,
                Check("defaults", "uses eps = 1e-5 and momentum = 0.9 when bn_param leaves them out", defaults_used),
            ), examples=DEFAULT_EXAMPLES, return_args=True, run=with_explicit_defaults),
        ),
        FORWARD_MISTAKES, note=notes.BATCH_NORM, exception_hints=SHAPE_HINTS + KEY_HINTS,
    ),
    Exercise(
        function("batch_norm.batchnorm_backward"),
        (Probe("gradients", (
            Check("structure", "returns (dZ, dgamma, dbeta) shaped like Z, gamma and beta",
                  _explained(backward_structure)),
            Check("parameter_gradients", "dgamma and dbeta are the slopes of the mean cost (with 1/m)",
                  _explained(parameter_gradients)),
            Check("input_gradient", "dZ is the slope through the normalization, mean and variance included, per "
                  "example (a constant dout gives dZ = 0)", _explained(input_gradient)),
            p.inputs_unchanged(("dout", "cache")),
        ), st.tuples(st.integers(1, 5), st.integers(1, 6), s.SEEDS, st.sampled_from(BACKWARD_EPSILONS),
                     st.sampled_from(BACKWARD_KINDS)).map(lambda t: backward_case(*t)),
            BACKWARD_EXAMPLES, max_examples=12, return_args=True, run=with_own_forward),),
        BACKWARD_MISTAKES, note=notes.BATCH_NORM, weight=2.0, exception_hints=SHAPE_HINTS,
    ),
)
