"""Checks for ``gradient_check``.

The functions under test take a *function* as their first argument. The judge
passes its own Python callables (``f``, ``cost_fn``); learner code receives
stand-ins that call back into the judge, so every evaluation is one round
trip: inputs stay small (at most 20 entries of x for ``numerical_gradient``,
at most 20 parameters for ``gradient_check``).

* ``numerical_gradient`` is judged against closed forms, never against a
  recorded run. Its test functions are
  f(x) = Σ a·x³ + b·x² + c·sin(x) + ½·Σ x·(Q·x)  (Q symmetric, so the entries of x are coupled),
  whose central difference with step h is known exactly:
  a·(3x² + h²) + 2b·x + c·cos(x)·sin(h)/h + Q·x. With epsilon = 1e-2 or 1e-3
  this differs from the true gradient by a·h², so an ignored epsilon, a
  one-sided difference (off by O(h)), a missing 1/2, every entry nudged at once
  or a perturbation left in place all show. Called without epsilon, the
  answer must be the central difference at 1e-7 of a fast-oscillating
  f(x) = Σ c·sin(kx)/k (k = 1000), to 3e-8 relative: a default of 1e-6 or more
  is off by 1.7e-7 or more. x must be unchanged afterwards, up to the rounding
  drift of restoring by arithmetic (x[i] += h, then -= 2h, then += h):
  |change| ≤ 1e-12·(|x| + h). x is 2-D, as the contract passes it ((n, 1),
  (n, m), (1, 1)): code written for 2-D arrays (x[i, j]) is right. The
  gradient is float64.
* ``relative_difference`` is compared with the formula (to 2e-7 relative, so
  a guard of up to 1e-8 added to the denominator is accepted: denominators
  here are at least 0.125) on pairs of every scale (the value is scale-free,
  a numerator alone is not),
  close and unrelated pairs, pairs that agree to one part in a billion (where
  gradient checking decides; float32 arithmetic loses them), one of them zero
  (the answer is 1), 2-D arrays only, as the contract passes them (a 2-D
  "norm" is the Frobenius norm, not the spectral one; np.linalg.norm(M, 'fro')
  is right). Both zero (0/0) is left open by the contract and never tried.
* ``gradient_check`` runs on small networks (ReLU or tanh hidden layers, a
  sigmoid output, mean cross-entropy computed without cancellation; ReLU
  networks kept 1e-3 away from the kinks, no parameter without gradient).
  Its value must agree with the reference's to 1e-7 + 1e-4·|value|: tiny
  for the exact gradients (at most 9e-9 over 1100 generated networks), large
  (0.002 to 0.5) when the gradient of one parameter is corrupted (the fixed
  examples corrupt every parameter of a 3-layer network in turn, so skipping
  b's or a layer shows), and, with epsilon = 1e-2, the truncation error of
  central differences (3e-6 and 1.3e-5 on the two fixed networks), which an
  ignored epsilon (about 1e-9), a one-sided difference or an unrestored
  perturbation (about 1e-3) changes. ``grads`` carries dA entries (and, as
  L_model_backward makes it, its keys in backward order): they are not
  parameters; any consistent pairing of gradients and parameters is right.
  parameters must come back as they were, up to the rounding drift of an
  arithmetic restore (as x above); grads and cost_fn exactly.

Nothing here is random in the statistical sense: there is no statistical
test, and no false-failure probability beyond rounding, which the tolerances
cover with margins measured on the reference (over 1000+ generated cases):
500x for the central differences, 36x for the default step, 11x for
gradient_check's tiny values; the catalogue's valid alternatives (in-place
nudging, arithmetic restoring, flat vectors, sorted keys) pass under many seeds.
"""
from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.comparisons import Tolerance, expect_array, expect_scalar, same_value
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial, signature_only
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import number, show, source

DEFAULT_EPSILON = 1e-7
CENTRAL = Tolerance(1e-9, 1e-9)  # the closed form at h ≥ 1e-3: rounding is below 1e-11
DEFAULT_RELATIVE = 3e-8  # ‖got − formula‖ / ‖formula‖ at h = 1e-7; a step of 1e-6 is off by 1.7e-7
RELATIVE = Tolerance(1e-12, 2e-7)  # denominators are ≥ 0.125: a guard of 1e-8 added to one is fine
AGREES = Tolerance(1e-7, 1e-4)
FAST = 1000.0


# -- numerical_gradient: functions with known central differences ------------------------------------
class Smooth:
    """f(x) = Σ a·x³ + b·x² + c·sin(k·x)/k + ½·Σ x·(Q·x), a function of arrays shaped like x."""

    def __init__(self, shape, a, b, c, Q, k=1.0):
        self.shape, self.a, self.b, self.c, self.Q, self.k = tuple(shape), a, b, c, Q, k

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        if x.shape != self.shape:
            raise ValueError(f"f takes an array shaped like x, {self.shape}; it was given one of shape {x.shape}")
        return self.value(x)

    def value(self, x) -> float:
        quadratic = 0.5 * np.sum(x * (self.Q @ x)) if self.Q is not None else 0.0
        return float(np.sum(self.a * x ** 3 + self.b * x ** 2 + self.c * np.sin(self.k * x) / self.k) + quadratic)

    def central(self, x, h):
        """(f(x + h·e_i) − f(x − h·e_i)) / 2h for every i, exactly (no rounding to speak of)."""
        k = self.k
        out = self.a * (3 * x ** 2 + h ** 2) + 2 * self.b * x + self.c * np.cos(k * x) * np.sin(k * h) / (k * h)
        return out + (self.Q @ x if self.Q is not None else 0.0)

    def recipe(self) -> str:
        k = "" if self.k == 1 else f" / {self.k:g}"
        inside = "np.sin(x)" if self.k == 1 else f"np.sin({self.k:g} * x)"
        terms = []
        if np.any(self.a):
            terms.append("a * x**3")
        if np.any(self.b):
            terms.append("b * x**2")
        terms.append(f"c * {inside}{k}")
        text = f"f = lambda x: np.sum({' + '.join(terms)})"
        if self.Q is not None:
            text += " + 0.5 * np.sum(x * (Q @ x))"
        lines = []
        for name in ("a", "b", "c", "Q"):
            value = getattr(self, name)
            if value is not None and (name in ("c", "Q") or np.any(value)):
                lines.append(f"{name} = {source(value)}")
        return "\n".join(lines + [text])

    def __deepcopy__(self, memo):
        return self


def _numbers(rng, shape, limit, *, nonzero=False):
    return s.quarters(rng, shape, limit=limit, nonzero=nonzero)


def smooth_case(shape, seed, epsilon, *, keyword=True) -> Case:
    rng = s.generator(seed)
    shape = tuple(shape)
    x = _numbers(rng, shape, 1.5)
    a = _numbers(rng, shape, 1.0, nonzero=True)
    b = _numbers(rng, shape, 1.0)
    c = _numbers(rng, shape, 1.0, nonzero=True)
    n = shape[0]
    q = _numbers(rng, (n, n), 0.5)
    f = Smooth(shape, a, b, c, (q + q.T) / 2)
    args = (f, x) if keyword else (f, x, epsilon)
    kwargs = {"epsilon": epsilon} if keyword else {}
    return _gradient_case(f, x, args, kwargs, epsilon)


def fast_case(shape, seed) -> Case:
    """Called without epsilon, on a fast-oscillating f whose central difference shows the step used."""
    rng = s.generator(seed)
    shape = tuple(shape)
    x = np.round(rng.uniform(-1, 1, size=shape), 2)
    c = _numbers(rng, shape, 1.0, nonzero=True)
    zero = np.zeros(shape)
    f = Smooth(shape, zero, zero, c, None, FAST)
    return _gradient_case(f, x, (f, x), {}, DEFAULT_EPSILON)


def _gradient_case(f, x, args, kwargs, epsilon) -> Case:
    def recipe() -> str:
        call = f"numerical_gradient(f, {source(x)}"
        if kwargs:
            call += f", epsilon={epsilon!r}"
        elif len(args) == 3:
            call += f", {epsilon!r}"
        return f.recipe() + "\n" + call + ")"

    return Case(args, kwargs, recipe=recipe, context={"f": f, "x": x, "epsilon": epsilon})


SHAPES = st.one_of(  # 2-D only: the contract passes 2-D arrays, so code written for them (x[i, j]) is right
    st.tuples(st.integers(1, 4), st.just(1)),
    st.tuples(st.integers(1, 4), st.integers(1, 4)),
)
GRADIENT_EXAMPLES = (
    smooth_case((3, 1), 1, 1e-2), smooth_case((2, 3), 2, 1e-3), smooth_case((1, 1), 3, 1e-2),
    smooth_case((4, 2), 4, 1e-2), smooth_case((1, 4), 5, 1e-2, keyword=False),
)


def _f(trial: Trial) -> Smooth:
    return trial.case.context["f"]


def _x(trial: Trial) -> np.ndarray:
    return trial.case.context["x"]


def _h(trial: Trial) -> float:
    return trial.case.context["epsilon"]


def _gradient_shape(trial: Trial) -> None:
    x = _x(trial)
    value = trial.value
    if isinstance(value, np.ndarray) and x.ndim == 2 and x.shape[1] > 1 and value.shape == (x.size,):
        raise Mismatch(f"the result has shape {value.shape}; it should be {x.shape}, the shape of x",
                       expected=f"shape {x.shape}", got=f"shape {value.shape}",
                       hint="The gradient has one entry per entry of x, in x's own shape: build it with "
                       "np.zeros(x.shape) (or reshape a flat vector with .reshape(x.shape)).")
    expect_array(value, "the result", x.shape)


def _digits(a: float, b: float) -> tuple[str, str]:
    """Two numbers shown with enough digits to tell them apart."""
    if number(a) != number(b):
        return number(a), number(b)
    return f"{a:.15g}", f"{b:.15g}"


def _gradient_value(trial: Trial) -> np.ndarray:
    value, x = trial.value, _x(trial)
    if not isinstance(value, np.ndarray) or value.shape != x.shape or value.dtype.kind not in "biuf":
        raise NotApplicable()
    return value.astype(float)


def _central_difference(trial: Trial) -> None:
    got = _gradient_value(trial)
    f, x, h = _f(trial), _x(trial), _h(trial)
    want = f.central(x, h)
    bad = CENTRAL.bad(got, want)
    if bad.any():
        index = tuple(np.argwhere(bad)[0])
        at = "[" + ", ".join(str(int(i)) for i in index) + "]"
        shown_want, shown_got = _digits(float(want[index]), float(got[index]))
        raise Mismatch(
            f"grad{at} should be {shown_want}, the central difference (f(x + h) − f(x − h)) / (2h) "
            f"with h = epsilon = {h:g}; got {shown_got}",
            expected=show(want), got=show(got))


def _default_epsilon(trial: Trial) -> None:
    got = _gradient_value(trial)
    f, x = _f(trial), _x(trial)
    want = f.central(x, DEFAULT_EPSILON)
    error = float(np.linalg.norm(got - want) / np.linalg.norm(want))
    if not error <= DEFAULT_RELATIVE:
        raise Mismatch(
            f"the result is off by {error:.1e} (relative): not the central difference with the default step "
            "epsilon = 1e-7 (this f oscillates fast, so the step used shows)",
            expected=show(want), got=show(got))


def _x_unchanged(trial: Trial) -> None:
    if trial.args_after is None:
        raise NotApplicable()
    after_args, after_kwargs = trial.args_after
    x, h = _x(trial), _h(trial)
    after = after_args[1] if len(after_args) > 1 else after_kwargs.get("x")
    if not isinstance(after, np.ndarray) or after.shape != x.shape or after.dtype != x.dtype:
        raise Mismatch("the call changed its input x in place", expected=f"x unchanged: {show(x)}",
                       got=f"x afterwards: {show(after)}")
    drift = np.abs(after - x)
    bad = ~(drift <= 1e-12 * (np.abs(x) + h))
    if bad.any():
        index = tuple(np.argwhere(bad)[0])
        at = "[" + ", ".join(str(int(i)) for i in index) + "]"
        raise Mismatch(
            f"x is changed by the call: x{at} was {float(x[index])!r} and is {float(after[index])!r} afterwards",
            expected=f"x unchanged: {show(x)}", got=f"x afterwards: {show(after)}",
            hint="Nudge a copy (x_plus = x.copy()), or put the original value back (x[i] = old) after "
            "evaluating f: the caller still needs its x, and f must see only one entry nudged at a time.")


def _evaluations(trial: Trial, points) -> np.ndarray:
    f, x = _f(trial), _x(trial)
    out = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        out[index] = points(f, x, index)
    return out


def _nudged(x, index, step):
    y = x.copy()
    y[index] += step
    return y


def _forward(trial: Trial) -> np.ndarray:
    h = _h(trial)
    return _evaluations(trial, lambda f, x, i: (f.value(_nudged(x, i, h)) - f.value(x)) / h)


def _backward(trial: Trial) -> np.ndarray:
    h = _h(trial)
    return _evaluations(trial, lambda f, x, i: (f.value(x) - f.value(_nudged(x, i, -h))) / h)


def _all_at_once(trial: Trial) -> np.ndarray:
    f, x, h = _f(trial), _x(trial), _h(trial)
    return np.full(x.shape, (f.value(x + h) - f.value(x - h)) / (2 * h))


def _first_column(trial: Trial):
    f, x, h = _f(trial), _x(trial), _h(trial)
    if x.ndim != 2 or x.shape[1] < 2:
        return None
    central = f.central(x, h)
    return np.repeat(central[:, :1], x.shape[1], axis=1)


def _left_nudged(trial: Trial):
    """Every entry left at x − h once its turn is over (not restored)."""
    f, x, h = _f(trial), _x(trial), _h(trial)
    y = x.copy()
    out = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        keep = y[index]
        y[index] = keep + h
        plus = f.value(y)
        y[index] = keep - h
        out[index] = (plus - f.value(y)) / (2 * h)
    return out


def _piled_up(trial: Trial) -> np.ndarray:
    """x_plus and x_minus copied once, before the loop: every nudge stays, so they pile up."""
    f, x, h = _f(trial), _x(trial), _h(trial)
    plus, minus = x.copy(), x.copy()
    out = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        plus[index] += h
        minus[index] -= h
        out[index] = (f.value(plus) - f.value(minus)) / (2 * h)
    return out


def _after(trial: Trial):
    after_args = trial.args_after[0]
    return np.asarray(after_args[1], dtype=float)


def _other_default(trial: Trial):
    if trial.case.kwargs or len(trial.case.args) > 2:
        return False
    got = _gradient_value(trial)
    f, x = _f(trial), _x(trial)
    return any(m.close(got, f.central(x, h), Tolerance(1e-12, 1e-9)) for h in (1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-8))


NUMERICAL_GRADIENT_MISTAKES = (
    m.returns("A one-sided difference (f(x + h) − f(x)) / h: its error shrinks only like h. The central "
              "difference (f(x + h) − f(x − h)) / (2h) is accurate to h².", _forward),
    m.returns("A one-sided difference (f(x) − f(x − h)) / h: its error shrinks only like h. The central "
              "difference (f(x + h) − f(x − h)) / (2h) is accurate to h².", _backward),
    m.returns("The difference is divided by h instead of 2h: x + h and x − h are 2h apart.",
              lambda t: 2 * _f(t).central(_x(t), _h(t))),
    m.returns("Half the slope: the second evaluation is back at x, so the two points are h apart, not 2h. Does "
              "x_plus = x make a copy? It does not: x_plus, x_minus and x are one array, and nudging x_minus "
              "undoes the nudge of x_plus. Use x.copy().", lambda t: _forward(t) / 2),
    m.returns("Operator precedence: (f_plus − f_minus) / 2 * epsilon multiplies by epsilon; write "
              "(f_plus − f_minus) / (2 * epsilon).", lambda t: _f(t).central(_x(t), _h(t)) * _h(t) ** 2),
    m.returns("The sign is flipped: the slope is (f(x + h) − f(x − h)) / (2h), the value at x + h first.",
              lambda t: -_f(t).central(_x(t), _h(t))),
    m.returns("Every entry of x is nudged at once (x + epsilon changes all of them): nudge one entry at a "
              "time, so that grad[i] measures the slope along x[i] alone.", _all_at_once),
    m.returns("Only the first column of x is nudged (x[i][0]), and its slope is copied across the row: code "
              "written for a column vector. Loop over every entry, e.g. for i in np.ndindex(x.shape).",
              _first_column),
    m.returns("The perturbation is not undone: after x[i] is nudged, it must get its original value back "
              "before the next entry is tried (and x must be unchanged at the end).", _left_nudged),
    m.returns("The nudges pile up: x_plus and x_minus are copied once, before the loop, so when entry i is "
              "nudged the entries before it are still nudged too. Copy x afresh for every entry (or put each value "
              "back after its two evaluations).", _piled_up),
    m.when("The perturbation is not undone: x[i] keeps its nudged value. Put the original value back "
           "(x[i] = old) or nudge a copy.", lambda t: not np.allclose(_after(t), _x(t), rtol=0, atol=_h(t) / 2),
           checks=("x_unchanged",)),
    m.returns("The epsilon argument is ignored (a fixed step of 1e-7 is used): the step must be the epsilon "
              "the caller passes.", lambda t: _f(t).central(_x(t), DEFAULT_EPSILON) if _h(t) != DEFAULT_EPSILON
              else None, tolerance=Tolerance(1e-6, 1e-6)),
    m.when("Called without epsilon, your function uses another step: the default is epsilon=1e-7.", _other_default,
           checks=("default_epsilon",)),
)


# -- relative_difference ---------------------------------------------------------------------------
SCALES = (1.0, 0.5, 8.0, 100.0, 1000.0)
KINDS = ("close", "unrelated", "scaled", "approx_zero", "grad_zero", "tiny")
TINY = 1e-9  # "tiny" pairs differ by about one part in a billion, where a correct gradient lands


def pair_case(shape, seed, kind, scale) -> Case:
    rng = s.generator(seed)
    shape = tuple(shape)
    grad = _numbers(rng, shape, 2.0, nonzero=True) * scale
    if kind == "close":
        approx = grad + _numbers(rng, shape, 1.0) * scale / 64
    elif kind == "unrelated":
        approx = _numbers(rng, shape, 2.0, nonzero=True) * scale
    elif kind == "scaled":
        approx = grad * 1.5
    elif kind == "tiny":
        approx = grad * (1 + _numbers(rng, shape, 1.0, nonzero=True) * TINY)
    elif kind == "approx_zero":
        approx = np.zeros(shape)
    else:
        grad, approx = np.zeros(shape), grad
    return Case((grad, approx))


PAIRS = st.tuples(SHAPES, s.SEEDS, st.sampled_from(KINDS), st.sampled_from(SCALES)).map(lambda t: pair_case(*t))
PAIR_EXAMPLES = (
    pair_case((3, 1), 1, "close", 1.0), pair_case((2, 3), 2, "unrelated", 8.0),
    pair_case((1, 1), 3, "approx_zero", 1.0), pair_case((4, 1), 4, "close", 100.0),
    pair_case((3, 2), 5, "grad_zero", 0.5), pair_case((2, 4), 6, "close", 0.5),
    pair_case((3, 2), 7, "tiny", 1.0),
)


def _norm2(a) -> float:
    return float(np.linalg.norm(a.ravel()))


def _rd_value(trial: Trial) -> None:
    try:
        value = expect_scalar(trial.value, "the result")
    except Mismatch:
        raise NotApplicable() from None  # the "scalar" check says what is wrong
    want = trial.expected
    if RELATIVE.bad(np.asarray(value), np.asarray(want)).any():
        raise Mismatch(f"the relative difference should be {number(want)}, got {number(value)}",
                       expected=number(want), got=number(value))


def _spectral(trial: Trial):
    grad, approx = trial.case.args
    if grad.ndim != 2 or min(grad.shape) < 2:
        return None
    return float(np.linalg.norm(grad - approx, 2) / (np.linalg.norm(grad, 2) + np.linalg.norm(approx, 2)))


def _first_column_rd(trial: Trial):
    grad, approx = trial.case.args
    if grad.ndim != 2 or grad.shape[1] < 2:
        return None
    g, a = grad[:, 0], approx[:, 0]
    return float(np.linalg.norm(g - a) / (np.linalg.norm(g) + np.linalg.norm(a)))


def _float32_formula(trial: Trial):
    grad, approx = (np.asarray(a, dtype=np.float32) for a in trial.case.args)
    return float(np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx)))


def _lost_precision(trial: Trial) -> bool:
    """On a nearly equal pair, an answer of float32 precision (0, or far off the true one-in-a-billion)."""
    want = float(trial.expected)
    if isinstance(trial.value, (np.floating, np.ndarray)) and np.asarray(trial.value).dtype == np.float32:
        return True
    if not 0 < want < 1e-6:
        return False
    got = float(np.asarray(trial.value, dtype=float))
    return m.close(got, _float32_formula(trial), Tolerance(1e-9, 0.5)) or got == 0


VERDICT = m.when("Return the number itself, not a verdict: the caller compares it with 1e-7 (or prints a "
                 "message) on its own side.", lambda t: isinstance(t.value, (bool, np.bool_)), checks=("scalar",))

RELATIVE_DIFFERENCE_MISTAKES = (
    VERDICT,
    m.returns("Only the numerator: ‖grad − grad_approx‖ must be divided by ‖grad‖ + ‖grad_approx‖, which makes "
              "the result free of the gradients' scale.", lambda t: _norm2(t.case.args[0] - t.case.args[1])),
    m.returns("The denominator is ‖grad‖ + ‖grad_approx‖: the norm of grad_approx is missing.",
              lambda t: _norm2(t.case.args[0] - t.case.args[1]) / _norm2(t.case.args[0])),
    m.returns("The denominator is ‖grad‖ + ‖grad_approx‖: the norm of grad is missing.",
              lambda t: _norm2(t.case.args[0] - t.case.args[1]) / _norm2(t.case.args[1])),
    m.returns("The norms are squared: np.linalg.norm already takes the square root; "
              "‖v‖ = sqrt(Σ v²), not Σ v².",
              lambda t: _norm2(t.case.args[0] - t.case.args[1]) ** 2
              / (_norm2(t.case.args[0]) ** 2 + _norm2(t.case.args[1]) ** 2)),
    m.returns("The denominator is the norm of the sum, ‖grad + grad_approx‖; it should be the sum of the norms, "
              "‖grad‖ + ‖grad_approx‖.",
              lambda t: _norm2(t.case.args[0] - t.case.args[1]) / _norm2(t.case.args[0] + t.case.args[1])),
    m.returns("grad itself was changed before the denominator was taken: diff = grad does not copy, so "
              "diff -= grad_approx subtracts from the caller's grad. Write diff = grad - grad_approx.",
              lambda t: _norm2(t.case.args[0] - t.case.args[1])
              / (_norm2(t.case.args[0] - t.case.args[1]) + _norm2(t.case.args[1]))),
    m.returns("np.linalg.norm(M, 2) of a 2-D array is its largest singular value, not the length of the "
              "flattened array: use np.linalg.norm(M) (the Frobenius norm) or flatten first.", _spectral),
    m.returns("Only the first column is compared (code written for column vectors): the norms are over every "
              "entry of the arrays.", _first_column_rd),
    m.returns("These are sums of absolute values (1-norms); the formula uses 2-norms, sqrt(Σ v²), as "
              "np.linalg.norm gives them.",
              lambda t: float(np.sum(np.abs(t.case.args[0] - t.case.args[1]))
                              / (np.sum(np.abs(t.case.args[0])) + np.sum(np.abs(t.case.args[1]))))),
    m.returns("Operator precedence: ‖grad − grad_approx‖ / ‖grad‖ + ‖grad_approx‖ divides by ‖grad‖ alone and then "
              "adds ‖grad_approx‖. Put the denominator in parentheses: / (‖grad‖ + ‖grad_approx‖).",
              lambda t: _norm2(t.case.args[0] - t.case.args[1]) / _norm2(t.case.args[0]) + _norm2(t.case.args[1])),
    m.returns("These are largest absolute entries (np.max(np.abs(...)), the infinity norm); the formula uses "
              "2-norms over all entries, np.linalg.norm(v) = sqrt(Σ v²).",
              lambda t: float(np.max(np.abs(t.case.args[0] - t.case.args[1]))
                              / (np.max(np.abs(t.case.args[0])) + np.max(np.abs(t.case.args[1]))))),
    m.returns("These are sums of the entries, not norms: positive and negative entries cancel. A norm is "
              "np.linalg.norm(v) = sqrt(Σ v²).",
              lambda t: float(abs(np.sum(t.case.args[0] - t.case.args[1]))
                              / (abs(np.sum(t.case.args[0])) + abs(np.sum(t.case.args[1]))))),
    m.when("These two gradients agree to about one part in a billion, the range where gradient checking tells "
           "'great' (< 1e-7) from 'suspicious': your answer has lost that precision. Keep float64 (no "
           "astype(np.float32)): float32 keeps only about 7 digits.", _lost_precision, checks=("value",)),
)


# -- gradient_check: small networks with a cost function -----------------------------------------
def _sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


HIDDEN = {"relu": lambda Z: np.maximum(Z, 0), "tanh": np.tanh}


class NetworkCost:
    """cost_fn(parameters): mean cross-entropy of an L-layer network on fixed X, Y."""

    def __init__(self, X, Y, shapes: dict, hidden: str):
        self.X, self.Y, self.shapes, self.hidden = X, Y, shapes, hidden

    def __call__(self, parameters):
        if not isinstance(parameters, dict):
            raise TypeError("cost_fn takes a dict of parameters like the one given; "
                            f"it got {type(parameters).__name__}")
        checked = {}
        for key, shape in self.shapes.items():
            if key not in parameters:
                raise KeyError(key)
            value = np.asarray(parameters[key], dtype=float)
            if value.shape != shape:
                raise ValueError(f"cost_fn needs {key} of shape {shape}, like parameters[{key!r}]; "
                                 f"it got shape {value.shape}")
            checked[key] = value
        return self.value(checked)

    def forward(self, parameters):
        L = len(self.shapes) // 2
        A, caches = self.X, []
        for l in range(1, L + 1):
            Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
            caches.append((A, Z))
            A = _sigmoid(Z) if l == L else HIDDEN[self.hidden](Z)
        return A, caches

    def value(self, parameters) -> float:
        """−mean(y·log(a) + (1 − y)·log(1 − a)), computed from Z_L as log(1 + e^∓z): no 1 − a cancellation,
        so the numerical gradient is accurate to about 1e-9."""
        _, caches = self.forward(parameters)
        Z, Y = caches[-1][1], self.Y
        return float(np.sum(Y * np.logaddexp(0, -Z) + (1 - Y) * np.logaddexp(0, Z)) / Y.shape[1])

    def gradients(self, parameters) -> dict:
        """dW, db and dA in the order L_model_backward makes them: layer L first."""
        L = len(self.shapes) // 2
        AL, caches = self.forward(parameters)
        m_ = self.Y.shape[1]
        dZ = AL - self.Y
        grads = {}
        for l in range(L, 0, -1):
            A_prev, _ = caches[l - 1]
            grads[f"dW{l}"] = dZ @ A_prev.T / m_
            grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True) / m_
            dA = parameters[f"W{l}"].T @ dZ
            grads[f"dA{l - 1}"] = dA
            if l > 1:
                Z_prev = caches[l - 2][1]
                slope = (Z_prev > 0).astype(float) if self.hidden == "relu" else 1 - np.tanh(Z_prev) ** 2
                dZ = dA * slope
        return grads

    def clear_of_kinks(self, parameters, margin=1e-3) -> bool:
        if self.hidden != "relu":
            return True
        _, caches = self.forward(parameters)
        return all(np.all(np.abs(Z) >= margin) for _, Z in caches[:-1])

    def recipe(self) -> str:
        L = len(self.shapes) // 2
        hidden = f"{self.hidden} hidden layer{'s' * (L > 2)}, then " if L > 1 else ""
        return (f"X = {source(self.X)}\nY = {source(self.Y)}\n"
                f"cost_fn = mean cross-entropy of the network with {hidden}a sigmoid output, on X and Y")

    def __deepcopy__(self, memo):
        return self


def _hundredths(rng, shape, limit):
    return np.round(rng.uniform(-limit, limit, size=shape), 2)


def network_case(dims, m_, seed, hidden="relu", *, corrupt=None, with_dA=True, epsilon=None,
                 keyword=False) -> Case:
    """A network, its exact grads (``corrupt``: (key, how) spoils one of them), and its cost function;
    ``keyword``: epsilon passed by name."""
    rng = s.generator(seed)
    X = _hundredths(rng, (dims[0], m_), 2.0)
    Y = rng.randint(0, 2, size=(1, m_)).astype(float)
    parameters, shapes = {}, {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = _hundredths(rng, (dims[l], dims[l - 1]), 1.0)
        parameters[f"b{l}"] = _hundredths(rng, (dims[l], 1), 0.5)
        shapes[f"W{l}"], shapes[f"b{l}"] = (dims[l], dims[l - 1]), (dims[l], 1)
    cost_fn = NetworkCost(X, Y, shapes, hidden)
    grads = cost_fn.gradients(parameters)
    if corrupt is not None:
        key, how = corrupt
        spoiled = grads["d" + key].copy()
        if how == "double":
            spoiled = 2 * spoiled
        else:
            index = tuple(int(rng.randint(0, n)) for n in spoiled.shape)
            spoiled[index] += 0.5 if rng.rand() < 0.5 else -0.5
        grads["d" + key] = spoiled
    if not with_dA:
        grads = {k: v for k, v in grads.items() if not k.startswith("dA")}
    args = (cost_fn, parameters, grads) if epsilon is None or keyword else (cost_fn, parameters, grads, epsilon)
    kwargs = {"epsilon": epsilon} if epsilon is not None and keyword else {}

    def recipe() -> str:
        passed = "" if epsilon is None else f", {'epsilon=' * keyword}{epsilon!r}"
        call = f"gradient_check(cost_fn, parameters, grads{passed})"
        what = "the exact gradients" if corrupt is None else f"the exact gradients except {'d' + corrupt[0]}"
        return "\n".join([cost_fn.recipe(), f"parameters = {source(parameters)}",
                          f"grads = {source(grads)}  # {what}", call])

    return Case(args, kwargs, recipe=recipe, context={"cost_fn": cost_fn, "parameters": parameters, "grads": grads,
                                              "epsilon": DEFAULT_EPSILON if epsilon is None else epsilon,
                                              "corrupt": corrupt})


def _binary(dims):
    return list(dims[:-1]) + [1]


NETWORKS = st.tuples(s.layer_dims(1, 3, 4).map(_binary), st.integers(1, 4), s.SEEDS,
                     st.sampled_from(("relu", "tanh")), st.booleans())
EVERY_PARAMETER = tuple(network_case([2, 2, 1, 1], 3, 21, "relu", corrupt=(key, "shift"))
                        for key in ("W1", "b1", "W2", "b2", "W3", "b3"))


def _correct_case(t) -> Case:
    dims, m_, seed, hidden, with_dA = t
    return network_case(dims, m_, seed, hidden, with_dA=with_dA)


def _corrupt_case(t) -> Case:
    (dims, m_, seed, hidden, with_dA), which, how = t
    L = len(dims) - 1
    key = ("W", "b")[which % 2] + str(1 + (which // 2) % L)
    return network_case(dims, m_, seed, hidden, corrupt=(key, how), with_dA=with_dA)


def _usable(case: Case) -> bool:
    cost_fn, parameters = case.context["cost_fn"], case.context["parameters"]
    if sum(v.size for v in parameters.values()) > 20 or not cost_fn.clear_of_kinks(parameters):
        return False
    # Rounding makes the numerical gradient uncertain by about 1e-9 per entry: keep the true gradient well above
    # that. And no parameter without any gradient (a dead ReLU layer): a check that skips the others would
    # divide 0 by 0 there, and the feedback could not name the mistake.
    exact = cost_fn.gradients(parameters)
    return (np.sqrt(sum(np.sum(exact["d" + k] ** 2) for k in parameters)) >= 0.1
            and all(np.linalg.norm(exact["d" + k]) >= 1e-3 for k in parameters))


CORRECT = NETWORKS.map(_correct_case).filter(_usable)
CORRUPTED = st.tuples(NETWORKS, st.integers(0, 7), st.sampled_from(("shift", "double"))).map(_corrupt_case).filter(
    _usable)
CORRECT_EXAMPLES = tuple(c for c in (
    network_case([2, 1], 1, 12, "relu", with_dA=False), network_case([3, 2, 1], 3, 12, "relu"),
    network_case([2, 2, 2, 1], 2, 13, "tanh"), network_case([1, 1, 1], 1, 16, "relu"),
) if _usable(c))
EPSILON_EXAMPLES = (
    network_case([2, 2, 1], 3, 31, "tanh", epsilon=1e-2),
    network_case([1, 2, 2, 1], 2, 32, "tanh", epsilon=1e-2, keyword=True),
)


def _check_value(trial: Trial) -> float:
    return expect_scalar(trial.value, "the result")


def _agrees(trial: Trial) -> None:
    try:
        value = expect_scalar(trial.value, "the result")
    except Mismatch:
        raise NotApplicable() from None
    want = trial.expected
    if not AGREES.bad(np.asarray(value), np.asarray(want)).any():
        return
    corrupt = trial.case.context["corrupt"]
    h = trial.case.context["epsilon"]
    if corrupt is not None:
        message = (f"grads['d{corrupt[0]}'] is wrong here, and the relative difference over all parameters should "
                   f"show it: {number(want)}; got {number(value)}")
    elif h != DEFAULT_EPSILON:
        message = (f"with epsilon = {h:g} the central differences are off by about h² (the truncation error), so "
                   f"the relative difference is {number(want)}; got {number(value)}")
    else:
        message = (f"grads are the exact gradients here, so the relative difference should be tiny: "
                   f"{number(want)}; got {number(value)}")
    raise Mismatch(message, expected=number(want), got=number(value))


def _keys(parameters):
    return list(parameters)


def _vectors(trial: Trial, keys, *, h=None, difference="central", pairing=None):
    """(grad, approx) as the learner's mistake would build them (for recognisers only)."""
    cost_fn, parameters, grads = (trial.case.context[k] for k in ("cost_fn", "parameters", "grads"))
    h = trial.case.context["epsilon"] if h is None else h
    analytic, numeric = [], []
    for key in keys:
        value = parameters[key]
        slope = np.zeros(value.shape)
        for index in np.ndindex(value.shape):
            plus = dict(parameters, **{key: _nudged(value, index, h)})
            minus = dict(parameters, **{key: _nudged(value, index, -h)})
            if difference == "central":
                slope[index] = (cost_fn.value(plus) - cost_fn.value(minus)) / (2 * h)
            elif difference == "forward":
                slope[index] = (cost_fn.value(plus) - cost_fn.value(parameters)) / h
            else:  # "half": the second evaluation lands back at the start
                slope[index] = (cost_fn.value(plus) - cost_fn.value(parameters)) / (2 * h)
        numeric.append(slope.ravel())
    gradient_keys = pairing if pairing is not None else ["d" + k for k in keys]
    analytic = [grads[k].ravel() for k in gradient_keys]
    grad, approx = np.concatenate(analytic), np.concatenate(numeric)
    if grad.shape != approx.shape:
        return None
    return float(np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx)))


def _layers(trial: Trial) -> int:
    return len(trial.case.context["parameters"]) // 2


def _insertion_order(trial: Trial):
    grads = trial.case.context["grads"]
    parameter_keys = _keys(trial.case.context["parameters"])
    pairing = [k for k in grads if not k.startswith("dA")]
    if pairing == ["d" + k for k in parameter_keys]:
        return None
    return _vectors(trial, parameter_keys, pairing=pairing)


def _drifted(before: np.ndarray, after, h: float) -> np.ndarray | None:
    """Where ``after`` is not ``before`` up to the rounding of restoring by arithmetic (None: not comparable)."""
    if not isinstance(after, np.ndarray) or after.shape != before.shape or after.dtype != before.dtype:
        return None
    return ~(np.abs(after - before) <= 1e-12 * (np.abs(before) + h))


def _parameters_changed(trial: Trial) -> bool:
    after = trial.args_after[0][1]
    before = trial.case.context["parameters"]
    h = trial.case.context["epsilon"]
    for key, value in before.items():
        bad = _drifted(value, after.get(key) if isinstance(after, dict) else None, h)
        if bad is None or bad.any():
            return True
    return not isinstance(after, dict) or set(after) != set(before)


def _inputs_kept(trial: Trial) -> None:
    """cost_fn and grads exactly as given; parameters as given up to the rounding of an arithmetic restore
    (θ[i] += ε, −= 2ε, += ε), as numerical_gradient's x."""
    if trial.args_after is None:
        raise NotApplicable()
    after_args, _ = trial.args_after
    grads = trial.case.context["grads"]
    if len(after_args) > 2 and not same_value(grads, after_args[2]):
        raise Mismatch("the call changed its input grads in place", expected=f"grads unchanged: {show(grads)}",
                       got=f"grads afterwards: {show(after_args[2])}",
                       hint="grads is only read here: flatten copies of its arrays (g.ravel() or "
                       "g.reshape(-1) of a new array), and never write into them.")
    if len(after_args) > 1 and _parameters_changed(trial):
        before = trial.case.context["parameters"]
        after = after_args[1]
        where = ""
        if isinstance(after, dict):
            for key, value in before.items():
                bad = _drifted(value, after.get(key), trial.case.context["epsilon"])
                if bad is not None and bad.any():
                    index = tuple(int(i) for i in np.argwhere(bad)[0])
                    at = "[" + ", ".join(map(str, index)) + "]"
                    where = (f": {key}{at} was {float(value[index])!r} and is {float(after[key][index])!r} "
                             "afterwards")
                    break
        raise Mismatch(f"the call changed its input parameters in place{where}",
                       expected=f"parameters unchanged: {show(before)}", got=f"parameters afterwards: {show(after)}")


PARAMETERS_KEPT = Check("inputs_unchanged", "leaves its inputs as they were (a nudged parameter may come back with "
                        "a rounding-level difference)", _inputs_kept)

# The same three checks on correct gradients, on one corrupted gradient and across epsilons.
GRADIENT_CHECK_CHECKS = (
    Check("scalar", "returns one number (a float, np.float64 or 0-d array)", _check_value),
    Check("agrees", "the relative difference between grads and the numerical gradient of cost_fn "
          "over every parameter, W's and b's of every layer", _agrees),
    PARAMETERS_KEPT,
)


def _per_parameter(trial: Trial, combine):
    """The relative difference of each parameter on its own, combined (max or sum)."""
    keys = _keys(trial.case.context["parameters"])
    if len(keys) < 2:
        return None
    return float(combine([_vectors(trial, [key]) for key in keys]))


LOOSE = Tolerance(1e-7, 1e-3)


def _first_only(trial: Trial) -> bool:
    """The relative difference of the first parameter alone (a return inside the loop over the parameters)."""
    keys = _keys(trial.case.context["parameters"])
    if len(keys) < 2:
        return False
    first = _vectors(trial, keys[:1])
    return m.close(trial.value, first, LOOSE) and not m.close(trial.expected, first, LOOSE)


GRADIENT_CHECK_MISTAKES = (
    VERDICT,
    # Where the first parameter holds the wrong gradient, its own difference is also the largest one: say both.
    m.when("Your number is the first parameter's relative difference alone, which here is also the largest of the "
           "per parameter ones: either only the first parameter is checked (a return inside the loop over the "
           "parameters), or one relative difference per parameter is combined (their largest). The contract's "
           "number is one relative difference over all parameters at once: concatenate every flattened gradient "
           "into one vector (and every numerical slope into another), then compare the two vectors.",
           lambda t: _first_only(t) and m.close(t.value, _per_parameter(t, max), LOOSE), checks=("agrees",)),
    m.when("Your number combines one relative difference per parameter (their largest, or their sum); the "
           "contract's number is one relative difference over all parameters at once: concatenate every flattened "
           "gradient into one vector (and every numerical slope into another), then compare the two vectors.",
           lambda t: any(m.close(t.value, _per_parameter(t, combine), LOOSE)
                         and not m.close(t.expected, _per_parameter(t, combine), LOOSE) for combine in (max, sum)),
           checks=("agrees",)),
    m.when("Only the first parameter is checked: a return inside the loop over the parameters ends the check "
           "after W1. Collect every parameter's gradient and slope, then compare once, after the loop.",
           _first_only, checks=("agrees",)),
    m.returns("Only the weights are checked: the biases b1, ..., bL are parameters too, and a wrong db must show.",
              lambda t: _vectors(t, [k for k in _keys(t.case.context["parameters"]) if k.startswith("W")]),
              tolerance=LOOSE, checks=("agrees",)),
    m.returns("The last layer is left out: check every layer, l = 1, ..., L with L = len(parameters) // 2.",
              lambda t: _vectors(t, [k for k in _keys(t.case.context["parameters"]) if int(k[1:]) < _layers(t)])
              if _layers(t) > 1 else None, tolerance=LOOSE, checks=("agrees",)),
    m.returns("The first layer is left out: check every layer, l = 1, ..., L.",
              lambda t: _vectors(t, [k for k in _keys(t.case.context["parameters"]) if int(k[1:]) > 1])
              if _layers(t) > 1 else None, tolerance=LOOSE, checks=("agrees",)),
    m.returns("The gradients are paired with the wrong parameters: grads lists its keys in another order than "
              "parameters (dW2, db2, dA1, dW1, ...). Build both vectors from the same list of names, e.g. "
              "for key in parameters: ... grads['d' + key].", _insertion_order, tolerance=LOOSE, checks=("agrees",)),
    m.returns("A one-sided difference (J(θ + ε) − J(θ)) / ε: use the central difference "
              "(J(θ + ε) − J(θ − ε)) / (2ε).", lambda t: _vectors(t, _keys(t.case.context["parameters"]),
                                                                   difference="forward"),
              tolerance=LOOSE, checks=("agrees",)),
    m.returns("Each slope is about half what it should be: the second evaluation is back at the starting point. "
              "Does thetaplus = theta make a copy? It does not: both names are one array. Use np.copy(theta).",
              lambda t: _vectors(t, _keys(t.case.context["parameters"]), difference="half"),
              tolerance=LOOSE, checks=("agrees",)),
    m.returns("The epsilon argument is ignored (a fixed step is used): nudge by the epsilon the caller passes.",
              lambda t: _vectors(t, _keys(t.case.context["parameters"]), h=DEFAULT_EPSILON)
              if t.case.context["epsilon"] != DEFAULT_EPSILON else None, tolerance=LOOSE, checks=("agrees",)),
    m.when("The nudged parameter is not restored: after each evaluation, put the original value back (or nudge "
           "a copy), so that the caller's parameters are unchanged and only one entry differs at a time.",
           _parameters_changed, checks=("inputs_unchanged", "agrees")),
)


EXERCISES = (
    Exercise(
        function("gradient_check.numerical_gradient"),
        (
            Probe("functions", (
                Check("shape", "returns a float64 array shaped like x ((n, 1), (n, m) or (1, 1))", _gradient_shape),
                Check("central_difference", "grad[i] = (f(x + ε·e_i) − f(x − ε·e_i)) / (2ε), one entry of x "
                      "nudged at a time, with the epsilon passed", _central_difference),
                Check("x_unchanged", "leaves x as it was (up to rounding)", _x_unchanged),
            ), st.tuples(SHAPES, s.SEEDS, st.sampled_from((1e-2, 1e-3)), st.booleans()).map(
                lambda t: smooth_case(t[0], t[1], t[2], keyword=t[3])), GRADIENT_EXAMPLES,
                max_examples=8, return_args=True),
            Probe("default", (
                Check("shape", "returns a float64 array shaped like x ((n, 1), (n, m) or (1, 1))", _gradient_shape),
                Check("default_epsilon", "called without epsilon, it is the central difference with "
                      "epsilon = 1e-7", _default_epsilon),
                Check("x_unchanged", "leaves x as it was (up to rounding)", _x_unchanged),
            ), examples=(fast_case((3, 2), 41), fast_case((4, 1), 42)), return_args=True),
        ),
        NUMERICAL_GRADIENT_MISTAKES,
        note=notes.GRADIENT_CHECK,
    ),
    Exercise(
        function("gradient_check.relative_difference"),
        (Probe("pairs", (
            Check("scalar", "returns one number (a float, np.float64 or 0-d array)",
                  lambda t: expect_scalar(t.value, "the result")),
            Check("value", "‖grad − grad_approx‖ / (‖grad‖ + ‖grad_approx‖), 2-norms over all entries; "
                  "1 when one of them is zero", _rd_value),
            p.inputs_unchanged(("grad", "grad_approx")),
        ), PAIRS, PAIR_EXAMPLES, max_examples=12, return_args=True),),
        RELATIVE_DIFFERENCE_MISTAKES,
        note=notes.GRADIENT_CHECK,
    ),
    Exercise(
        function("gradient_check.gradient_check"),
        (
            Probe("exact_gradients", GRADIENT_CHECK_CHECKS, CORRECT, CORRECT_EXAMPLES, max_examples=3,
                  return_args=True),
            Probe("one_gradient_wrong", GRADIENT_CHECK_CHECKS, CORRUPTED, EVERY_PARAMETER, max_examples=2,
                  return_args=True),
            Probe("epsilon", GRADIENT_CHECK_CHECKS, examples=EPSILON_EXAMPLES, return_args=True),
            # A default of 1e-5 (CS231n's habit) gives answers within tolerance of 1e-7's: read it instead.
            Probe("signature", (
                Check("default_arguments", "declares the contract's default epsilon=1e-7", p.declared_defaults),
            ), examples=(Case((), context={"defaults": {"epsilon": 1e-7}}),), run=signature_only),
        ),
        GRADIENT_CHECK_MISTAKES,
        uses=("gradient_check.numerical_gradient", "gradient_check.relative_difference"),
        note=notes.GRADIENT_CHECK, weight=3.0,
        exception_hints=(
            ("ValueError", "could not be broadcast",
             "The two vectors have different lengths: take from grads only the dW and db entries (it also holds "
             "dA0, dA1, ...), one per parameter, in the same order as the parameters."),
            ("KeyError", "",
             "A key is missing: parameters holds W1, b1, ..., WL, bL for this network, whatever its depth, and the "
             "gradient of parameters[key] is grads['d' + key]. Read the names and shapes from parameters itself "
             "(for key in parameters), not hard-coded for one particular network."),
            ("ValueError", "cannot reshape",
             "The shapes of the parameters seem hard-coded (like the course's vector_to_dictionary, written for "
             "one 3-layer network): read each shape from parameters[key].shape, so any network works."),
        ),
    ),
)
