"""Checks for ``shallow_network``: one tanh hidden layer, one sigmoid output unit.

Every function is judged by properties, on networks of random size (one
input, one hidden unit, m = 1 among them), never by the numbers of one
example:

* ``layer_sizes``: (X.shape[0], 4, Y.shape[0]) as integers, for any shapes;
* ``forward_propagation``: A2 and the cache {"Z1", "A1", "Z2", "A2"} agree
  with an independent forward pass (tanh, then the sigmoid), also for large
  |z| (Z1 up to ±800), where the true values are finite;
* ``compute_cost``: the mean cross-entropy as one number (float, NumPy
  scalar or 0-d array), for m = 1 and for A2 down to 1e-6 and up to 1 − 1e-6;
* ``backward_propagation``: every gradient agrees with central finite
  differences of the mean cost as a function of the parameters;
* ``update_parameters``: one step θ − learning_rate·dθ, the default rate 1.2
  when the caller leaves it out; it may update ``parameters`` in place, never
  ``grads``;
* ``nn_model``: gradient descent from its own start. Called with
  num_iterations = 0 it shows its start (twice, to see that the same seed
  gives the same start): biases zero, symmetry broken; k = 1..3 iterations
  under the same seed must then be k steps of true gradient descent from
  there; its start's weights must look like initialize_parameters' (see
  Statistics). It must learn XOR: four noisy clusters of 200 points, n_h = 4,
  160 iterations at learning_rate = 6, ≥ 95% training accuracy. Measured
  with the reference from 8000 random starts: every one got there within
  120 iterations and stayed there (at 1.2 it needs up to 600 iterations, and
  every iteration of a learner's loop costs four calls to the judge; from
  learning_rate = 9 on, some starts diverge). This check is deterministic
  under the grader's seed; its false-failure rate for correct code is the
  measured 0 in 8000 starts. The same run must also be exactly 160 steps of
  gradient descent from its own start (num_iterations = 0, same seed), which
  catches a loop that breaks once the cost is small: rounding noise of 1e-15
  per step moves the end by at most 1.2e-9 (relative, 300 starts), a stop at
  a cost of 0.1, 0.05 or 0.01 by at least 4e-2; the tolerance is 1e-5. The
  start is also drawn under a second seed: the same start means the learner
  reseeds NumPy, which gets a note, not a failure. print_cost=True must
  train exactly like print_cost=False, and a call without learning_rate
  exactly like one with 1.2 (same seed); the defaults num_iterations=10000 and print_cost=False,
  too slow to call, are read from the signature;
* ``predict``: (1, m) of 0/1, 1 exactly where A2 > 0.5.

Statistics: one check is statistical, ``nn_model``'s ``start_scale``: the
300·200 weights of W1 and the 300 of W2 of its start (num_iterations = 0)
must look like draws from N(0, 0.01²). It runs at most three proven tail
bounds per matrix (root mean square, mean, share within one standard
deviation: grader/checks/statistics.py), each at alpha = 1e-10, so a correct
implementation fails it with probability below 6e-10 whatever the seed.
Everything else is exact or numerical (finite differences: correct code
~1e-10, tolerance 1e-6).
"""
from __future__ import annotations


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
    expect_close,
    expect_finite,
    expect_gradient,
    expect_sequence,
    same_value,
)
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial, signature_only
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import number, show, source

PARAMETERS = ("W1", "b1", "W2", "b2")
GRADIENTS = ("dW1", "db1", "dW2", "db2")
CACHE = ("Z1", "A1", "Z2", "A2")
N_H = 4  # layer_sizes' hidden layer: fixed by the contract
DESCENT = Tolerance(1e-9, 1e-6)


# -- the truth, written independently of solutions/ ---------------------------------------------
def _sigmoid(Z):
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def _relu(Z):
    return np.maximum(Z, 0.0)


HIDDEN = {"tanh": np.tanh, "relu": _relu, "sigmoid": _sigmoid, "none": lambda Z: Z,
          "clipped_sigmoid": lambda Z: _sigmoid(np.clip(Z, -10, 10))}


def forward(X, parameters, hidden="tanh", output="sigmoid", bias=True):
    """A2 and the cache; works on stacks of parameters too (a leading axis of k networks)."""
    W1, b1, W2, b2 = (parameters[k] for k in PARAMETERS)
    Z1 = W1 @ X + (b1 if bias else 0)
    A1 = HIDDEN[hidden](Z1)
    Z2 = W2 @ A1 + (b2 if bias else 0)
    A2 = HIDDEN[output](Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def costs(A2, Y):
    """Mean cross-entropy of each network in a stack (A2 of shape (..., 1, m))."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2), axis=(-2, -1)) / Y.shape[-1]


def cost(A2, Y) -> float:
    return float(costs(A2, Y))


def backward(parameters, X, Y, slope="tanh"):
    """grads with the given hidden-layer slope (the right one is 1 − A1²), to recognise mistakes."""
    A2, cache = forward(X, parameters)
    m_ = X.shape[1]
    A1, Z1 = cache["A1"], cache["Z1"]
    local = {"tanh": 1 - A1 ** 2, "from_Z1": 1 - Z1 ** 2, "sigmoid": A1 * (1 - A1), "none": np.ones_like(A1),
             "no_square": 1 - A1, "tanh_twice": 1 - np.tanh(A1) ** 2}[slope]
    dZ2 = A2 - Y
    dZ1 = parameters["W2"].T @ dZ2 * local
    return {"dW1": dZ1 @ X.T / m_, "db1": dZ1.sum(axis=1, keepdims=True) / m_,
            "dW2": dZ2 @ A1.T / m_, "db2": dZ2.sum(axis=1, keepdims=True) / m_}


def step(parameters, grads, rate):
    return {k: parameters[k] - rate * grads["d" + k] for k in PARAMETERS}


def gradient_descent(X, Y, parameters, rate, steps):
    params = {k: np.array(parameters[k], dtype=float) for k in PARAMETERS}
    for _ in range(steps):
        params = step(params, backward(params, X, Y), rate)
    return params


def expect_float64(value: np.ndarray, what: str) -> None:
    """Float64 inputs give float64 outputs: a float32 copy keeps only about 7 digits."""
    if value.dtype != np.float64:
        raise Mismatch(f"{what} has dtype {value.dtype}; with float64 inputs it should be float64",
                       expected="dtype float64", got=f"dtype {value.dtype}",
                       hint="Keep NumPy's default float64: .astype(np.float32) (or dtype=np.float32) rounds every "
                       "number to about 7 significant digits." if value.dtype.itemsize < 8 else None)


# -- cases ----------------------------------------------------------------------------------------
def _grid(rng, shape, limit):
    """Hundredths in [-limit, limit]: short to print, never exactly at a kink by accident."""
    return np.round(rng.uniform(-limit, limit, size=shape), 2)


def network(n_x, n_h, m_, seed, n_y=1):
    rng = s.generator(seed)
    X = _grid(rng, (n_x, m_), 2.0)
    parameters = {"W1": _grid(rng, (n_h, n_x), 1.0), "b1": _grid(rng, (n_h, 1), 1.0),
                  "W2": _grid(rng, (n_y, n_h), 1.0), "b2": _grid(rng, (n_y, 1), 1.0)}
    return X, parameters


def labels(m_, seed, n_y=1):
    return s.generator(seed + 7).randint(0, 2, size=(n_y, m_)).astype(float)


NETWORK = st.tuples(st.integers(1, 4), st.integers(1, 5), st.integers(1, 5), s.SEEDS)
NETWORK_EXAMPLES = ((2, 4, 3), (1, 1, 1), (3, 2, 1), (1, 3, 4))  # the course's size, then the edge cases


def sizes_case(n_x, n_y, m_, seed) -> Case:
    rng = s.generator(seed)
    return Case((s.quarters(rng, (n_x, m_)), labels(m_, seed, n_y)))


def forward_case(n_x, n_h, m_, seed) -> Case:
    return Case(network(n_x, n_h, m_, seed))


def large_forward_case() -> Case:
    """|Z1| up to 800 and Z2 from -660 to 745: tanh and the sigmoid saturate, the true values stay finite."""
    X = np.array([[1.0, -1.0, 0.5, 2.0], [0.5, 0.25, -1.0, -0.5]])
    parameters = {"W1": np.array([[400.0, 0.0], [-300.0, 200.0], [0.0, 0.5], [2.0, -1.0]]),
                  "b1": np.array([[0.0], [-1.0], [0.25], [0.5]]),
                  "W2": np.array([[300.0, -400.0, 8.0, 1.0]]), "b2": np.array([[40.0]])}
    return Case((X, parameters))


def moderate_large_case() -> Case:
    """Z2 between 11 and 50 in size: a sigmoid that clips its input at ±10 is visibly wrong here."""
    X = np.array([[1.0, -1.0, 2.0]])
    parameters = {"W1": np.array([[3.0], [-2.0]]), "b1": np.array([[0.0], [0.5]]),
                  "W2": np.array([[12.0, -10.0]]), "b2": np.array([[-1.0]])}
    return Case((X, parameters))


def cost_case(m_, seed) -> Case:
    rng = s.generator(seed)
    A2 = rng.randint(1, 16, size=(1, m_)) / 16.0
    return Case((A2, labels(m_, seed)))


def backward_case(n_x, n_h, m_, seed) -> Case:
    X, parameters = network(n_x, n_h, m_, seed)
    Y = labels(m_, seed)
    _, cache = forward(X, parameters)

    def recipe() -> str:
        return "\n".join([
            f"parameters = {source(parameters)}",
            f"X = {source(X)}",
            f"Y = {source(Y)}",
            "A2, cache = forward_propagation(X, parameters)",
            "backward_propagation(parameters, cache, X, Y)",
        ])

    return Case((parameters, cache, X, Y), recipe=recipe)


RATES = (0.01, 0.1, 0.5, 0.75, 1.2, 2.0)


def update_case(n_x, n_h, n_y, seed, rate=None) -> Case:
    rng = s.generator(seed)
    parameters = {"W1": s.quarters(rng, (n_h, n_x), limit=1.0), "b1": s.quarters(rng, (n_h, 1), limit=1.0),
                  "W2": s.quarters(rng, (n_y, n_h), limit=1.0), "b2": s.quarters(rng, (n_y, 1), limit=1.0)}
    grads = {"dW1": s.quarters(rng, (n_h, n_x), limit=1.0), "db1": s.quarters(rng, (n_h, 1), limit=1.0),
             "dW2": s.quarters(rng, (n_y, n_h), limit=1.0), "db2": s.quarters(rng, (n_y, 1), limit=1.0)}
    if rate is None:
        return Case((parameters, grads), context={"learning_rate": 1.2})
    return Case((parameters, grads, rate), context={"learning_rate": rate})


def predict_case(n_x, n_h, m_, seed) -> Case:
    X, parameters = network(n_x, n_h, m_, seed)
    return Case((parameters, X))


def clear_of_half(case: Case) -> bool:
    A2 = forward(*case.args[::-1])[0]
    return bool(np.all(np.abs(A2 - 0.5) > 1e-6))


# -- layer_sizes -------------------------------------------------------------------------------
def _sizes(trial: Trial) -> tuple[int, int, int]:
    X, Y = trial.case.args
    return X.shape[0], N_H, Y.shape[0]


def sizes_values(trial: Trial) -> None:
    want = _sizes(trial)
    got = expect_sequence(trial.value, 3, "the result (n_x, n_h, n_y)")
    meaning = ("X.shape[0], the number of input features (rows of X)",
               "the hidden layer's size, 4 in this exercise",
               "Y.shape[0], the number of output units (rows of Y)")
    for name, value, expected, what in zip(("n_x", "n_h", "n_y"), got, want, meaning):
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
            raise Mismatch(f"{name} should be the integer {expected}; it is {show(value)}",
                           expected=show(want), got=show(trial.value),
                           hint="Sizes are whole numbers: they are used as array shapes "
                           "(np.random.randn(n_h, n_x)), where floats are refused. Use // or int(...), not /."
                           if isinstance(value, (float, np.floating)) else None)
        if int(value) != expected:
            raise Mismatch(f"{name} should be {expected} ({what}), got {show(value)}",
                           expected=show(want), got=show(trial.value))


def _hard_coded_sizes(trial: Trial) -> bool:
    return tuple(int(v) for v in trial.value) == (5, 4, 2) != _sizes(trial)


def _columns_for(index: int):
    def holds(trial: Trial) -> bool:
        X, Y = trial.case.args
        got = int(trial.value[index])
        right = _sizes(trial)[index]
        return got != right and got == X.shape[1]
    return holds


# -- forward_propagation -------------------------------------------------------------------------
def _forward_parts(trial: Trial):
    """(A2, cache) when the structure is right, else NotApplicable."""
    value = trial.value
    if not (isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[1], dict)):
        raise NotApplicable()
    truth = forward(*trial.case.args)
    A2, cache = value
    if not isinstance(A2, np.ndarray) or A2.shape != truth[0].shape or A2.dtype != np.float64:
        raise NotApplicable()  # the structure check names the shape or dtype
    return (A2, cache), truth


def forward_structure(trial: Trial) -> None:
    X, parameters = trial.case.args
    pair = expect_sequence(trial.value, 2, "the result (A2, cache)")
    n_h, n_y, m_ = parameters["W1"].shape[0], parameters["W2"].shape[0], X.shape[1]
    expect_array(pair[0], "A2", (n_y, m_))
    cache = pair[1]
    if not isinstance(cache, dict):
        raise Mismatch(f"the cache should be a dict with keys {', '.join(map(repr, CACHE))}; it is "
                       f"{type(cache).__name__}", got=show(cache))
    missing = [k for k in CACHE if k not in cache]
    if missing:
        raise Mismatch(f"the cache lacks {', '.join(map(repr, missing))}: backward_propagation reads "
                       f"{', '.join(map(repr, CACHE))} from it",
                       expected=", ".join(map(repr, CACHE)), got=", ".join(map(repr, cache)))
    shapes = {"Z1": (n_h, m_), "A1": (n_h, m_), "Z2": (n_y, m_), "A2": (n_y, m_)}
    for key in CACHE:
        expect_array(cache[key], f'cache["{key}"]', shapes[key])
    expect_float64(pair[0], "A2")
    for key in CACHE:
        expect_float64(cache[key], f'cache["{key}"]')


def forward_output(trial: Trial) -> None:
    (A2, _), (true_A2, _) = _forward_parts(trial)
    expect_finite(A2.astype(float), true_A2, "A2")
    expect_close(A2.astype(float), true_A2, "A2", LINEAR_ALGEBRA)


def forward_cache(trial: Trial) -> None:
    (_, cache), (_, truth) = _forward_parts(trial)
    for key in CACHE:
        got = cache.get(key)
        if not isinstance(got, np.ndarray) or got.shape != truth[key].shape or got.dtype != np.float64:
            raise NotApplicable()
        expect_finite(got.astype(float), truth[key], f'cache["{key}"]')
        expect_close(got.astype(float), truth[key], f'cache["{key}"]', LINEAR_ALGEBRA)


def _forward_with(**how):
    return lambda t: forward(*t.case.args, **how)[0]


def _not_finite(trial: Trial) -> bool:
    (A2, cache), (true_A2, truth) = _forward_parts(trial)
    bad = lambda got, want: isinstance(got, np.ndarray) and got.shape == want.shape and bool(  # noqa: E731
        np.any(~np.isfinite(got.astype(float)) & np.isfinite(want)))
    return bad(A2, true_A2) or any(bad(cache.get(k), truth[k]) for k in CACHE)


def _cache_mixed_up(trial: Trial) -> bool:
    """Some cache entry holds another entry's quantity (Z1 stored under "A1", ...)."""
    (_, cache), (_, truth) = _forward_parts(trial)
    return any(m.close(cache.get(key), truth[other]) and not m.close(truth[key], truth[other])
               for key in CACHE for other in CACHE if other != key)


def _cache_holds_activations(trial: Trial) -> bool:
    (_, cache), (_, truth) = _forward_parts(trial)
    return any(m.close(cache.get(f"Z{l}"), truth[f"A{l}"]) and not m.close(truth[f"Z{l}"], truth[f"A{l}"])
               for l in (1, 2))


# -- compute_cost -------------------------------------------------------------------------------
def _outer_product_cost(trial: Trial) -> float:
    """np.dot(Y.T, np.log(A2)): every label times every log-probability, an (m, m) sum."""
    A2, Y = trial.case.args
    m_ = Y.shape[1]
    return float(-(Y.sum() * np.log(A2).sum() + (1 - Y).sum() * np.log(1 - A2).sum()) / m_)


def _one_minus_log(trial: Trial) -> float:
    """(1 − y)·(1 − log(a2)) where (1 − y)·log(1 − a2) belongs."""
    A2, Y = trial.case.args
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * (1 - np.log(A2))) / Y.shape[1])


# -- backward_propagation -----------------------------------------------------------------------------
def _numeric_gradients(trial: Trial) -> dict:
    if "numeric" not in trial.extra:
        parameters, _, X, Y = trial.case.args
        numeric = {}
        for key in PARAMETERS:
            def costs_with(stack, key=key):
                return costs(forward(X, dict(parameters, **{key: stack}))[0], Y)
            numeric["d" + key] = batched_central_difference(costs_with, parameters[key])
        trial.extra["numeric"] = numeric
    return trial.extra["numeric"]


def grads_structure(trial: Trial) -> None:
    parameters = trial.case.args[0]
    grads = trial.value
    if not isinstance(grads, dict):
        raise Mismatch(f"grads should be a dict with keys {', '.join(map(repr, GRADIENTS))}; it is "
                       f"{type(grads).__name__}", got=show(grads))
    missing = [k for k in GRADIENTS if k not in grads]
    if missing:
        raise Mismatch(f"grads lacks {', '.join(map(repr, missing))}",
                       expected=", ".join(map(repr, GRADIENTS)), got=", ".join(map(repr, grads)))
    for key in GRADIENTS:
        shape = parameters[key[1:]].shape
        if key.startswith("db") and np.ndim(grads[key]) == 0 and isinstance(grads[key], (float, np.floating)):
            raise Mismatch(f"{key} should be an array of shape {shape}; it is the single number {show(grads[key])}",
                           expected=f"an array of shape {shape}", got=show(grads[key]),
                           hint="np.sum without an axis adds up everything, over the units too: sum over the "
                           "examples only, np.sum(dZ, axis=1, keepdims=True) / m.")
        expect_array(grads[key], key, shape)
    for key in GRADIENTS:
        expect_float64(grads[key], key)


def _grads_of(trial: Trial) -> dict:
    grads = trial.value
    parameters = trial.case.args[0]
    if not isinstance(grads, dict) or any(
            not isinstance(grads.get(k), np.ndarray) or grads[k].shape != parameters[k[1:]].shape
            or grads[k].dtype != np.float64 for k in GRADIENTS):
        raise NotApplicable()
    return grads


def gradients(trial: Trial) -> None:
    grads = _grads_of(trial)
    numeric = _numeric_gradients(trial)
    for key in ("dW2", "db2", "dW1", "db1"):
        expect_gradient(grads[key].astype(float), numeric[key], key,
                        f"the mean cost with respect to {key[1:]}")


def _grads_like(candidate):
    """The learner's grads are ``candidate(trial)`` (all four), and that is not the truth."""
    def holds(trial: Trial) -> bool:
        grads = _grads_of(trial)
        want = candidate(trial)
        truth = _numeric_gradients(trial)
        return all(m.close(grads[k], want[k], Tolerance(1e-7, 1e-5)) for k in GRADIENTS) and not all(
            m.close(truth[k], want[k], Tolerance(1e-7, 1e-5)) for k in GRADIENTS)
    return holds


def _with_slope(slope):
    def candidate(trial: Trial):
        parameters, _, X, Y = trial.case.args
        return backward(parameters, X, Y, slope)
    return candidate


def _times_m(trial: Trial):
    parameters, _, X, Y = trial.case.args
    return {k: v * X.shape[1] for k, v in backward(parameters, X, Y).items()}


def _m_from_rows(trial: Trial):
    parameters, _, X, Y = trial.case.args
    return {k: v * X.shape[1] / X.shape[0] for k, v in backward(parameters, X, Y).items()}


def _negated(trial: Trial):
    parameters, _, X, Y = trial.case.args
    return {k: -v for k, v in backward(parameters, X, Y).items()}


def _only_layer(number_):
    """Only layer ``number_``'s gradients are wrong."""
    def holds(trial: Trial) -> bool:
        grads = _grads_of(trial)
        truth = _numeric_gradients(trial)
        tol = Tolerance(1e-7, 1e-5)
        other = 3 - number_
        return all(m.close(grads[k], truth[k], tol) for k in (f"dW{other}", f"db{other}")) and not all(
            m.close(grads[k], truth[k], tol) for k in (f"dW{number_}", f"db{number_}"))
    return holds


# -- update_parameters --------------------------------------------------------------------------
def _stepped(trial: Trial, rate) -> dict:
    return step(trial.case.args[0], trial.case.args[1], rate)


def _update_close(trial: Trial, candidate: dict) -> bool:
    value = trial.value
    truth = _stepped(trial, trial.case.context["learning_rate"])
    return isinstance(value, dict) and all(m.close(value.get(k), candidate[k]) for k in PARAMETERS) and not all(
        m.close(truth[k], candidate[k]) for k in PARAMETERS)


def _rate_ignored(trial: Trial) -> bool:
    rate = trial.case.context["learning_rate"]
    return any(_update_close(trial, _stepped(trial, c)) for c in (1.2, 0.01, 0.1, 0.5, 1.0, 0.0075) if c != rate)


def _biases_kept(trial: Trial) -> bool:
    parameters = trial.case.args[0]
    candidate = _stepped(trial, trial.case.context["learning_rate"])
    candidate["b1"], candidate["b2"] = parameters["b1"], parameters["b2"]
    return _update_close(trial, candidate)


def update_values(trial: Trial) -> None:
    value = trial.value
    want = _stepped(trial, trial.case.context["learning_rate"])
    if not isinstance(value, dict) or any(
            not isinstance(value.get(k), np.ndarray) or value[k].shape != want[k].shape
            or value[k].dtype != np.float64 for k in PARAMETERS):
        raise NotApplicable()
    for key in PARAMETERS:
        expect_close(value[key].astype(float), want[key], key, LINEAR_ALGEBRA)


def update_structure(trial: Trial) -> None:
    value = trial.value
    parameters = trial.case.args[0]
    if not isinstance(value, dict):
        raise Mismatch(f"the result should be the parameters, a dict; it is {type(value).__name__}",
                       got=show(value))
    missing = [k for k in PARAMETERS if k not in value]
    if missing:
        raise Mismatch(f"the parameters returned lack {', '.join(map(repr, missing))}",
                       expected=", ".join(map(repr, PARAMETERS)), got=", ".join(map(repr, value)))
    for key in PARAMETERS:
        expect_array(value[key], key, parameters[key].shape)
    for key in PARAMETERS:
        expect_float64(value[key], key)


def _implied_rate(trial: Trial) -> float | None:
    """The one rate r with value = parameters − r·grads, if the answer is such a step."""
    parameters, grads = trial.case.args[:2]
    change = np.concatenate([(parameters[k] - trial.value[k].astype(float)).ravel() for k in PARAMETERS])
    direction = np.concatenate([grads["d" + k].ravel() for k in PARAMETERS])
    if not direction.any():
        return None
    rate = float(change @ direction / (direction @ direction))
    fits = all(m.close(trial.value[k], parameters[k] - rate * grads["d" + k]) for k in PARAMETERS)
    return rate if fits else None


def default_rate(trial: Trial) -> None:
    value = trial.value
    if not isinstance(value, dict) or any(not isinstance(value.get(k), np.ndarray) for k in PARAMETERS):
        raise NotApplicable()
    want = _stepped(trial, 1.2)
    for key in PARAMETERS:
        if value[key].shape != want[key].shape or value[key].dtype != np.float64:
            raise NotApplicable()  # the steps probe's structure check names it
    rate = _implied_rate(trial)
    for key in PARAMETERS:
        if LINEAR_ALGEBRA.bad(value[key].astype(float), want[key]).any():
            if rate is not None and rate > 0:
                raise Mismatch(f"called without learning_rate, your function steps at learning_rate={rate:.6g}; "
                               "the default is 1.2", expected=show(want[key]), got=show(value[key]))
            raise Mismatch(f"called without learning_rate (so at the default 1.2), {key} should be "
                           f"{key} − 1.2·d{key}", expected=show(want[key]), got=show(value[key]))


# -- nn_model: gradient descent from its own start ------------------------------------------------
def from_its_start(case: Case, caller) -> Trial:
    """Its start (num_iterations=0) twice, then the run, all under the same seed."""
    start = caller.trial(Case(case.args[:3] + (0,)))
    again = caller.trial(Case(case.args[:3] + (0,)))
    run = caller.trial(case)
    run.extra["start"] = start.value
    run.extra["again"] = again.value
    run.extra["signature"] = caller.signature
    return run


CONTRACT_ORDER = ("X", "Y", "n_h", "num_iterations", "learning_rate", "print_cost")


def _order_differs(trial: Trial) -> bool:
    """Contract parameter names declared at other positions: the grader's positional calls then mix them up."""
    signature = trial.extra.get("signature")
    if not isinstance(signature, list):
        return False
    names = [str(q[0]) for q in signature if isinstance(q, (list, tuple)) and len(q) == 3
             and q[1] not in ("VAR_POSITIONAL", "VAR_KEYWORD")]
    return any(name in names and names.index(name) != i for i, name in enumerate(CONTRACT_ORDER))


def _same_gradient_every_step(trial: Trial) -> bool:
    """Every step reuses the start's gradients (a forward pass run once, before the loop)."""
    k = _steps(trial)
    if k < 2 or not _parameters_ok(trial, trial.value):
        return False
    X, Y = trial.case.args[:2]
    start = {key: np.asarray(v, dtype=float) for key, v in _start(trial).items() if key in PARAMETERS}
    stale = step(start, backward(start, X, Y), k * _rate(trial))
    return all(m.close(trial.value[key], stale[key], DESCENT) for key in PARAMETERS)


def _one_step_before(trial: Trial) -> bool:
    """The start (num_iterations=0) is one gradient-descent step from zero biases and some weights.

    The weights W0 of that earlier point are found by Newton's method on step(W0, b=0) = start
    (a dozen unknowns, a few iterations); the biases of the step must then match too."""
    start = _start(trial)
    X, Y = trial.case.args[:2]
    shapes = {key: start[key].shape for key in PARAMETERS}
    target = np.concatenate([start["W1"].ravel(), start["W2"].ravel()]).astype(float)
    n1 = start["W1"].size

    def point(w):
        return {"W1": w[:n1].reshape(shapes["W1"]), "b1": np.zeros(shapes["b1"]),
                "W2": w[n1:].reshape(shapes["W2"]), "b2": np.zeros(shapes["b2"])}

    # The num_iterations=0 call leaves learning_rate out: the step (if any) was at the default.
    for rate in sorted({1.2, trial.case.context.get("learning_rate", 1.2)}):
        def weights_after(w, rate=rate):
            after = step(point(w), backward(point(w), X, Y), rate)
            return np.concatenate([after["W1"].ravel(), after["W2"].ravel()])

        w = target.copy()
        for _ in range(8):
            residual = weights_after(w) - target
            h = 1e-7
            jacobian = np.stack([(weights_after(w + h * e) - weights_after(w - h * e)) / (2 * h)
                                 for e in np.eye(w.size)], axis=1)
            w = w - np.linalg.lstsq(jacobian, residual, rcond=None)[0]
        earlier = point(w)
        after = step(earlier, backward(earlier, X, Y), rate)
        if all(m.close(start[key], after[key], Tolerance(1e-10, 1e-6)) for key in PARAMETERS):
            return True
    return False


def _model_shapes(trial: Trial) -> dict:
    X, Y, n_h = trial.case.args[:3]
    n_x, n_y = X.shape[0], Y.shape[0]
    return {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}


def _parameters_ok(trial: Trial, value) -> bool:
    shapes = _model_shapes(trial)
    return isinstance(value, dict) and all(
        isinstance(value.get(k), np.ndarray) and value[k].shape == shapes[k] and value[k].dtype == np.float64
        for k in PARAMETERS)


def _expect_parameters(trial: Trial, value, label: str) -> None:
    shapes = _model_shapes(trial)
    if not isinstance(value, dict):
        hint = None
        if isinstance(value, (tuple, list)) and value and isinstance(value[0], dict):
            hint = "nn_model returns the parameters alone (a dict), not a tuple such as (parameters, costs)."
        raise Mismatch(f"{label} should be the parameters, a dict W1, b1, W2, b2; it is {type(value).__name__}",
                       got=show(value), hint=hint)
    missing = [k for k in PARAMETERS if k not in value]
    if missing:
        raise Mismatch(f"{label} lacks {', '.join(map(repr, missing))}",
                       expected=", ".join(map(repr, PARAMETERS)), got=", ".join(map(repr, value)))
    for key in PARAMETERS:
        expect_array(value[key], f"{key} ({label})", shapes[key])
    for key in PARAMETERS:
        expect_float64(value[key], f"{key} ({label})")


def model_structure(trial: Trial) -> None:
    if "start" in trial.extra:
        _expect_parameters(trial, trial.extra["start"], "the result with num_iterations=0")
    _expect_parameters(trial, trial.value, "the result")


def _start(trial: Trial) -> dict:
    start = trial.extra.get("start")
    if not _parameters_ok(trial, start):
        raise NotApplicable()
    return start


INITIALIZER = "initialize_parameters(n_x, n_h, n_y)"


def start_point(trial: Trial) -> None:
    p.start_point(_start(trial), INITIALIZER)


def same_start(trial: Trial) -> None:
    p.same_start(_start(trial), trial.extra.get("again"), INITIALIZER)


def _rate(trial: Trial) -> float:
    return trial.case.context["learning_rate"]


def _steps(trial: Trial) -> int:
    return trial.case.context["iterations"]


def _descent_truth(trial: Trial) -> dict:
    if "descent" not in trial.extra:
        X, Y = trial.case.args[:2]
        trial.extra["descent"] = gradient_descent(X, Y, _start(trial), _rate(trial), _steps(trial))
    return trial.extra["descent"]


def descends(trial: Trial) -> None:
    expected = _descent_truth(trial)
    value = trial.value
    if not _parameters_ok(trial, value):
        raise NotApplicable()
    k = _steps(trial)
    for key in PARAMETERS:
        if DESCENT.bad(value[key].astype(float), expected[key]).any():
            raise Mismatch(
                f"after num_iterations={k}, {key} is not where {k} gradient-descent step{'s' * (k != 1)} at "
                f"learning_rate={_rate(trial)} from your own start (num_iterations=0, same seed) lead",
                expected=show(expected[key]), got=show(value[key]))


def _descent_with(trial: Trial, rate=None, steps=None) -> bool:
    X, Y = trial.case.args[:2]
    params = gradient_descent(X, Y, _start(trial), _rate(trial) if rate is None else rate,
                              _steps(trial) if steps is None else steps)
    return _parameters_ok(trial, trial.value) and all(m.close(trial.value[k], params[k], DESCENT) for k in PARAMETERS)


def model_case(n_x, m_, n_h, seed, rate, k) -> Case:
    X, _ = network(n_x, 1, m_, seed)
    return Case((X, labels(m_, seed), n_h, k, rate), context={"learning_rate": rate, "iterations": k})


def undecided_case() -> Case:
    """Pairs of equal inputs with opposite labels: the cost can never fall below log 2.

    Tried first, so that a training loop that waits for the cost to become small never
    returns, and is reported as a timeout at once."""
    X = np.array([[1.0, 1.0, -0.5, -0.5], [0.5, 0.5, 2.0, 2.0]])
    Y = np.array([[1.0, 0.0, 1.0, 0.0]])
    return Case((X, Y, 3, 3, 1.2), context={"learning_rate": 1.2, "iterations": 3, "plateau": True})


def default_rate_case() -> Case:
    """Left out: learning_rate (compared with the same call at learning_rate=1.2, same seed)."""
    X, _ = network(2, 1, 5, 21)
    Y = labels(5, 21)
    return Case((X, Y, 3), {"num_iterations": 2},
                context={"twin": Case((X, Y, 3, 2, 1.2)), "twin_call": "learning_rate=1.2"})


def printing_case() -> Case:
    """print_cost=True (compared with the same call with print_cost=False, same seed)."""
    X, _ = network(3, 1, 4, 22)
    Y = labels(4, 22)
    return Case((X, Y, 2, 3, 0.5, True), context={"twin": Case((X, Y, 2, 3, 0.5, False)),
                                                   "twin_call": "print_cost=False"})


def with_twin(case: Case, caller) -> Trial:
    """The call, then its twin (the same call written differently), under the same seed."""
    run = caller.trial(case)
    run.extra["twin"] = caller.trial(case.context["twin"]).value
    run.extra["signature"] = caller.signature
    return run


def same_as_twin(name: str, sentence: str, what: str) -> Check:
    def verify(trial: Trial) -> None:
        twin = trial.extra.get("twin")
        if not _parameters_ok(trial, trial.value) or not _parameters_ok(trial, twin):
            raise NotApplicable()
        for key in PARAMETERS:
            if DESCENT.bad(trial.value[key].astype(float), twin[key].astype(float)).any():
                raise Mismatch(
                    f"{what}, {key} differs from the same call with {trial.case.context['twin_call']} (same seed)",
                    expected=show(twin[key]), got=show(trial.value[key]))
    return Check(name, sentence, verify)


def start_scale(trial: Trial) -> None:
    value = trial.value
    if not _parameters_ok(trial, value):
        raise NotApplicable()
    for key in ("W1", "W2"):
        p.start_scale(value[key], key, value[key].shape[1], INITIALIZER)


def scale_case() -> Case:
    """A wide layer (n_x = 200, n_h = 300): enough weights for the start's distribution to show."""
    X = np.round(np.linspace(-1, 1, 400).reshape(200, 2), 3)
    return Case((X, np.array([[1.0, 0.0]]), 300, 0), recipe=lambda: (
        "X = np.round(np.linspace(-1, 1, 400).reshape(200, 2), 3)\n"
        "nn_model(X, np.array([[1.0, 0.0]]), 300, 0)"))


# -- nn_model: learning XOR ---------------------------------------------------------------------------
_XOR_POINTS = 50  # per cluster
_XOR_ITERATIONS = 160
_XOR_RATE = 6.0


def xor_data():
    """Four clusters of 50 points around (±1, ±1), sd 0.3; the label is 1 where the signs differ."""
    rng = np.random.RandomState(20240611)
    centres = ((1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0))
    X = np.concatenate([np.array(c)[:, None] + 0.3 * rng.randn(2, _XOR_POINTS) for c in centres], axis=1)
    Y = np.concatenate([np.full(_XOR_POINTS, float(c[0] * c[1] < 0)) for c in centres])[None, :]
    return np.round(X, 3), Y


def xor_case() -> Case:
    X, Y = xor_data()

    def recipe() -> str:
        return (f"X, Y = four noisy XOR clusters: {X.shape[1]} points around (±1, ±1), Y = 1 where the signs differ\n"
                f"nn_model(X, Y, 4, num_iterations={_XOR_ITERATIONS}, learning_rate={_XOR_RATE})")

    return Case((X, Y, 4, _XOR_ITERATIONS, _XOR_RATE), recipe=recipe)


def xor_from_its_start(case: Case, caller) -> Trial:
    """Its start (num_iterations=0), the start under another seed, then the run under the first seed."""
    start = caller.trial(Case(case.args[:3] + (0,)))
    other = caller.trial(Case(case.args[:3] + (0,)), seed=(caller.seed + 1) % 2**32)
    run = caller.trial(case)
    run.extra.update(start=start.value, other=other.value, signature=caller.signature)
    return run


def _note_reseeding(trial: Trial) -> None:
    start, other = trial.extra.get("start"), trial.extra.get("other")
    if _parameters_ok(trial, start) and _parameters_ok(trial, other) and np.ptp(start["W1"]) > 0 \
            and same_value(start, other):
        trial.notes.append(
            "nn_model starts from the same weights whatever NumPy's seed is: it seems to reseed the generator "
            "itself (np.random.seed(k) in nn_model or in your own initialize_parameters, as the course's notebook "
            "does). The grader accepts that; keep in mind that np.random.seed(k) also resets the randomness of "
            "everything that runs after it.")


def _xor_accuracy(trial: Trial) -> float:
    X, Y = trial.case.args[:2]
    with np.errstate(all="ignore"):
        A2 = forward(X, {k: trial.value[k].astype(float) for k in PARAMETERS})[0]
    return float(np.mean((A2 > 0.5) == (Y > 0.5)))


def learns_xor(trial: Trial) -> None:
    _note_reseeding(trial)
    value = trial.value
    if not _parameters_ok(trial, value):
        raise NotApplicable()
    accuracy = _xor_accuracy(trial)
    if not accuracy >= 0.95:
        raise Mismatch(f"after {_XOR_ITERATIONS} iterations the network classifies {accuracy:.1%} of the XOR "
                       "training points correctly; gradient descent reaches at least 95% from any small random "
                       "start", expected="at least 95%", got=f"{accuracy:.1%}")


# Measured over 300 random starts: a relative rounding error of 1e-15 in every one of the 250 steps moves
# the end by at most 1.2e-9 (relative); stopping early, once the cost is below 0.1, 0.05 or 0.01, leaves
# the parameters at least 4e-2 away. The tolerance sits between the two.
XOR_DESCENT = Tolerance(1e-6, 1e-5)


def all_iterations(trial: Trial) -> None:
    """The XOR run is exactly _XOR_ITERATIONS steps from its own start: no early stop once the cost is small."""
    value, start = trial.value, trial.extra.get("start")
    if not _parameters_ok(trial, value) or not _parameters_ok(trial, start) or _xor_accuracy(trial) < 0.95:
        raise NotApplicable()  # structure, start and learns_xor report those
    X, Y = trial.case.args[:2]
    path = [{k: np.asarray(start[k], dtype=float) for k in PARAMETERS}]
    with np.errstate(all="ignore"):
        for _ in range(_XOR_ITERATIONS):
            path.append(step(path[-1], backward(path[-1], X, Y), _XOR_RATE))
    end = path[-1]
    wrong = [k for k in PARAMETERS if XOR_DESCENT.bad(value[k].astype(float), end[k]).any()]
    if not wrong:
        return
    hint = None
    stopped = next((j for j, point in enumerate(path[:-1])
                    if all(m.close(value[k], point[k], XOR_DESCENT) for k in PARAMETERS)), None)
    if stopped is not None:
        cost_then = cost(forward(X, path[stopped])[0], Y)
        hint = (f"It stopped after {stopped} of the {_XOR_ITERATIONS} iterations, when the cost was "
                f"{cost_then:.3g}: train for exactly num_iterations steps, also once the cost is small "
                "(no break).")
    key = wrong[0]
    raise Mismatch(f"after num_iterations={_XOR_ITERATIONS}, {key} is not where {_XOR_ITERATIONS} gradient-descent "
                   f"steps at learning_rate={_XOR_RATE} from your own start (num_iterations=0, same seed) lead",
                   expected=show(end[key]), got=show(value[key]), hint=hint)


# -- nn_model: defaults read from the signature ------------------------------------------------------
def _n_h_ignored(trial: Trial) -> bool:
    X, Y, n_h = trial.case.args[:3]
    for value in (trial.extra.get("start"), trial.value):
        if isinstance(value, dict) and isinstance(value.get("W1"), np.ndarray) and n_h != N_H and \
                value["W1"].shape == (N_H, X.shape[0]):
            return True
    return False


# -- predict ------------------------------------------------------------------------------------------
def predictions_shape(trial: Trial) -> None:
    X = trial.case.args[1]
    expect_array(trial.value, "the result", (1, X.shape[1]), float_dtype=False)
    if trial.value.dtype.kind not in "biuf":
        raise Mismatch(f"the predictions have dtype {trial.value.dtype}; they should be numbers 0 and 1")


def _probabilities(trial: Trial) -> np.ndarray:
    parameters, X = trial.case.args
    return forward(X, parameters)[0]


def predictions_values(trial: Trial) -> None:
    X = trial.case.args[1]
    value = trial.value
    if not isinstance(value, np.ndarray) or value.shape != (1, X.shape[1]) or value.dtype.kind not in "biuf":
        raise NotApplicable()
    A2 = _probabilities(trial)
    expected = (A2 > 0.5).astype(float)
    got = value.astype(float)
    if not np.isin(got, (0.0, 1.0)).all():
        raise Mismatch("predictions must be 0 or 1", expected=show(expected), got=show(value))
    if not np.array_equal(got, expected):
        index = tuple(np.argwhere(got != expected)[0])
        at = "[" + ", ".join(str(int(i)) for i in index) + "]"
        raise Mismatch(f"prediction {at} should be {int(expected[index])}: the network's output there "
                       f"is {number(A2[index])}", expected=show(expected), got=show(value))


_UNBOUND_HINT = ("With num_iterations=0 the loop body never runs: set up everything the function returns (the "
                 "parameters, from initialize_parameters) before the loop.")

EXERCISES = (
    Exercise(
        function("shallow_network.layer_sizes"),
        (Probe("shapes", (
            Check("sizes", "returns (n_x, 4, n_y) as integers: n_x = X.shape[0], n_y = Y.shape[0]", sizes_values),
            p.inputs_unchanged(("X", "Y")),
        ), st.tuples(st.integers(1, 8), st.integers(1, 3), st.integers(1, 8), s.SEEDS).map(
            lambda t: sizes_case(*t)),
            tuple(sizes_case(*t, 5) for t in ((2, 1, 1), (3, 1, 5), (1, 1, 4), (7, 3, 2))),
            max_examples=10, return_args=True),),
        (
            m.when("These are the course example's sizes (5, 4, 2), written in by hand: read n_x and n_y from "
                   "the shapes of X and Y.", _hard_coded_sizes, checks=("sizes",)),
            m.when("n_x is X.shape[0], the number of rows (input features); X.shape[1] is m, the number of "
                   "examples.", _columns_for(0), checks=("sizes",)),
            m.when("n_y is Y.shape[0], the number of rows of Y (output units); Y.shape[1] is m, the number of "
                   "examples.", _columns_for(2), checks=("sizes",)),
        ),
        note=notes.SHALLOW, weight=0.5,
    ),
    Exercise(
        function("shallow_network.forward_propagation"),
        (Probe("networks", (
            Check("structure", "returns (A2, cache): A2 of shape (n_y, m) and a dict cache with Z1, A1 (n_h, m), "
                  "Z2, A2 (n_y, m)", forward_structure),
            Check("output", "A2 = sigmoid(W2·tanh(W1·X + b1) + b2), finite for large |z|", forward_output),
            Check("cache", "the cache holds Z1 = W1·X + b1, A1 = tanh(Z1), Z2 = W2·A1 + b2 and A2", forward_cache),
            p.inputs_unchanged(("X", "parameters")),
        ), NETWORK.map(lambda t: forward_case(*t)),
            tuple(forward_case(*t, 3) for t in NETWORK_EXAMPLES) + (moderate_large_case(), large_forward_case()),
            max_examples=10, return_args=True),),
        (
            m.returns("The hidden layer uses ReLU; in this network it is tanh: A1 = np.tanh(Z1).",
                      _forward_with(hidden="relu"), part=lambda v: v[0], checks=("output",)),
            m.returns("The hidden layer uses the sigmoid; in this network it is tanh: A1 = np.tanh(Z1).",
                      _forward_with(hidden="sigmoid"), part=lambda v: v[0], checks=("output",)),
            m.returns("The hidden layer has no activation: A1 = np.tanh(Z1), not Z1.",
                      _forward_with(hidden="none"), part=lambda v: v[0], checks=("output",)),
            m.returns("The output layer uses tanh; A2 is a probability in (0, 1): A2 = sigmoid(Z2).",
                      _forward_with(output="tanh"), part=lambda v: v[0], checks=("output",)),
            m.returns("Both layers use the sigmoid: the hidden layer is tanh (A1 = np.tanh(Z1)), only the output "
                      "is the sigmoid.", _forward_with(hidden="sigmoid", output="sigmoid"), part=lambda v: v[0],
                      checks=("output",)),
            m.returns("The biases are missing: Z1 = W1·X + b1 and Z2 = W2·A1 + b2.", _forward_with(bias=False),
                      part=lambda v: v[0], checks=("output",)),
            m.returns("The sigmoid's input is clipped to [-10, 10]: sigmoid(20) is not sigmoid(10). "
                      "1 / (1 + np.exp(-z)) needs no clipping (a RuntimeWarning for very negative z is harmless).",
                      _forward_with(output="clipped_sigmoid"), part=lambda v: v[0], checks=("output",)),
            m.when("nan or inf where the true value is finite: np.exp overflows for large |z| (exp(800) is inf, "
                   "and inf/inf is nan). Use np.tanh, and a sigmoid that is safe for large |z| "
                   "(1 / (1 + np.exp(-z)) is).", _not_finite, checks=("output", "cache")),
            m.when("The cache must hold Z1 and Z2, the inputs of the activations, under \"Z1\" and \"Z2\", and the "
                   "activations under \"A1\" and \"A2\".", _cache_holds_activations, checks=("cache",)),
            m.when("A cache entry holds another quantity (for example Z1 stored under \"A1\"): store Z1, "
                   "A1 = np.tanh(Z1), Z2 and A2 = sigmoid(Z2), each under its own name.", _cache_mixed_up,
                   checks=("cache",)),
        ),
        uses=("activations.sigmoid", "activations.tanh"),
        note=notes.SHALLOW,
    ),
    Exercise(
        function("shallow_network.compute_cost"),
        (Probe("costs", (
            p.structure("scalar", "returns the cost as one number (float, np.float64 or 0-d array)", "the cost"),
            p.values("value", "cost = −(1/m) Σ [y·log(a2) + (1 − y)·log(1 − a2)]", "the cost", COST),
            p.inputs_unchanged(("A2", "Y")),
        ), st.tuples(st.integers(1, 8), s.SEEDS).map(lambda t: cost_case(*t)),
            (Case((np.array([[0.8, 0.9, 0.4]]), np.array([[1.0, 1.0, 0.0]]))), cost_case(1, 2),
             Case((np.array([[1e-6, 1 - 1e-6, 0.5, 1e-6]]), np.array([[0.0, 1.0, 1.0, 1.0]])))),
            max_examples=12, return_args=True),),
        (
            m.returns("The cost is a mean over the m examples: divide the sum by m = Y.shape[1] (the number of "
                      "columns; Y.shape[0] is 1).", lambda t: t.expected * t.case.args[1].shape[1]),
            m.returns("The minus sign in front is missing: cost = −(1/m) Σ [y·log(a2) + (1 − y)·log(1 − a2)]; "
                      "a cost is never negative.", lambda t: -t.expected),
            m.returns("np.dot(Y.T, np.log(A2)) multiplies every label with every log-probability (an (m, m) "
                      "outer product). Pair each label with its own probability: np.multiply(Y, np.log(A2)) "
                      "(or np.dot(Y, np.log(A2).T)).", _outer_product_cost),
            m.returns("The (1 − y)·log(1 − a2) term is missing: it is what penalises confident mistakes on y = 0.",
                      lambda t: float(-np.sum(t.case.args[1] * np.log(t.case.args[0])) / t.case.args[1].shape[1])),
            m.returns("np.log10 is not the natural logarithm: cross-entropy uses np.log.",
                      lambda t: t.expected / np.log(10)),
            *m.log_guard_mistakes("A2"),
            m.returns("The second term is (1 − y)·log(1 − a2): the log of (1 − a2), not 1 − log(a2).",
                      _one_minus_log, checks=("value",)),
            m.when("The cost is rounded: return it as computed, and round only where you print it "
                   "(print(f\"{cost:.4f}\")).", lambda t: any(
                       float(t.value) == round(float(t.expected), digits) != float(t.expected)
                       for digits in range(1, 7)), checks=("value",)),
        ),
        note=notes.SHALLOW,
    ),
    Exercise(
        function("shallow_network.backward_propagation"),
        (Probe("networks", (
            Check("structure", "returns grads with dW1, db1, dW2, db2, each shaped like W1, b1, W2, b2",
                  grads_structure),
            Check("gradients", "every gradient is the slope of the mean cost (finite differences): "
                  "dZ2 = A2 − Y, dZ1 = W2ᵀ·dZ2 * (1 − A1²), with 1/m in every dW and db", gradients),
            p.inputs_unchanged(("parameters", "cache", "X", "Y")),
        ), NETWORK.map(lambda t: backward_case(*t)),
            tuple(backward_case(*t, 13) for t in NETWORK_EXAMPLES), max_examples=10, return_args=True),),
        (
            m.when("Every gradient is m times too large: dW and db are gradients of the mean cost, so they carry "
                   "the 1/m (dW2 = dZ2·A1ᵀ / m, db2 = Σ dZ2 / m, and the same for layer 1).",
                   _grads_like(_times_m), checks=("gradients",)),
            m.when("tanh's slope is 1 − tanh(z)² = 1 − A1², computed from A1 (np.power(A1, 2)); 1 − Z1² "
                   "uses the input of tanh instead of its output.", _grads_like(_with_slope("from_Z1")),
                   checks=("gradients",)),
            m.when("The hidden layer is tanh, whose slope is 1 − A1²; A1·(1 − A1) is the sigmoid's slope.",
                   _grads_like(_with_slope("sigmoid")), checks=("gradients",)),
            m.when("dZ1 needs tanh's slope: dZ1 = W2ᵀ·dZ2 * (1 − A1²), not W2ᵀ·dZ2 alone.",
                   _grads_like(_with_slope("none")), checks=("gradients",)),
            m.when("tanh's slope is 1 − A1², with A1 squared: 1 − A1 is not it.",
                   _grads_like(_with_slope("no_square")), checks=("gradients",)),
            m.when("Every gradient has the wrong sign: dZ2 = A2 − Y (not Y − A2).", _grads_like(_negated),
                   checks=("gradients",)),
            m.when("1 − tanh(A1)² applies tanh twice: A1 is already tanh(Z1), so tanh's slope is 1 − A1².",
                   _grads_like(_with_slope("tanh_twice")), checks=("gradients",)),
            m.when("m is the number of examples, X.shape[1] (columns); X.shape[0] is the number of features.",
                   _grads_like(_m_from_rows), checks=("gradients",)),
            m.when("dW1 and db1 are wrong while dW2 and db2 are right: check dZ1 = W2ᵀ·dZ2 * (1 − A1²) "
                   "(an element-wise product), dW1 = dZ1·Xᵀ / m and db1 = Σ dZ1 over the examples / m.",
                   _only_layer(1), checks=("gradients",)),
            m.when("dW2 and db2 are wrong while dW1 and db1 are right: dZ2 = A2 − Y, dW2 = dZ2·A1ᵀ / m, "
                   "db2 = Σ dZ2 over the examples / m.", _only_layer(2), checks=("gradients",)),
        ),
        uses=("activations.sigmoid", "activations.tanh", "activations.sigmoid_backward",
              "activations.tanh_backward"),
        note=notes.SHALLOW, weight=2.0,
    ),
    Exercise(
        function("shallow_network.update_parameters"),
        (
            Probe("steps", (
                Check("structure", "returns parameters W1, b1, W2, b2 with their shapes", update_structure),
                Check("step", "θ − learning_rate·dθ for every θ in W1, b1, W2, b2", update_values),
                p.inputs_unchanged(("parameters", "grads", "learning_rate"), may_change=("parameters",)),
            ), st.tuples(st.integers(1, 4), st.integers(1, 5), st.integers(1, 2), s.SEEDS,
                         st.sampled_from(RATES)).map(lambda t: update_case(*t)),
                (update_case(2, 4, 1, 1, 0.5), update_case(1, 1, 1, 2, 0.1), update_case(3, 2, 1, 3, 2.0)),
                max_examples=8, return_args=True),
            Probe("default", (
                Check("default_rate", "uses learning_rate=1.2 when called without it", default_rate),
                p.inputs_unchanged(("parameters", "grads"), may_change=("parameters",)),
            ), examples=(update_case(2, 3, 1, 4), update_case(1, 2, 1, 5)), return_args=True),
        ),
        (
            m.when("The parameters come back unchanged: put the new values into the dictionary you return "
                   "(parameters[\"W1\"] = W1, ..., or build a new dict), not only into local variables.",
                   lambda t: _update_close(t, t.case.args[0]), checks=("step", "default_rate")),
            m.when("The sign of the step is flipped: the update goes uphill. Gradient descent subtracts, "
                   "θ = θ − learning_rate·dθ.", lambda t: _update_close(t, _stepped(t, -_rate(t))),
                   checks=("step", "default_rate")),
            m.when("Your function ignores its learning_rate argument (it uses a fixed number).", _rate_ignored,
                   checks=("step",)),
            m.when("The biases are not updated: b = b − learning_rate·db too.", _biases_kept,
                   checks=("step", "default_rate")),
        ),
        note=notes.SHALLOW, weight=0.5,
    ),
    Exercise(
        function("shallow_network.nn_model"),
        (
            Probe("descent", (
                Check("structure", "returns the parameters W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1)",
                      model_structure),
                Check("start", "starts (num_iterations=0) with zero biases and random weights that break the "
                      "symmetry", start_point),
                Check("same_start", "starts from the same weights when NumPy is seeded the same way", same_start),
                Check("gradient_descent", "k iterations are k gradient-descent steps from its own start "
                      "(its parameters after num_iterations=0, same seed)", descends),
                p.inputs_unchanged(("X", "Y", "n_h", "num_iterations", "learning_rate")),
            ), st.tuples(st.integers(1, 3), st.integers(1, 6), st.integers(1, 4), s.SEEDS,
                         st.sampled_from((0.1, 0.5, 1.2, 2.0)), st.integers(1, 3)).map(lambda t: model_case(*t)),
                (undecided_case(), model_case(2, 5, 4, 3, 0.5, 3)), max_examples=5, seconds=2.0, return_args=True,
                run=from_its_start),
            Probe("defaults", (
                same_as_twin("default_rate", "uses learning_rate=1.2 when called without it",
                             "called without learning_rate"),
            ), examples=(default_rate_case(),), seconds=2.0, run=with_twin),
            Probe("printing", (
                same_as_twin("print_cost", "trains the same with print_cost=True (printing is fine)",
                             "with print_cost=True"),
            ), examples=(printing_case(),), seconds=2.0, run=with_twin),
            Probe("scale", (
                Check("start_scale", "starts from initialize_parameters' weights, N(0, 0.01²) (300·200 of them)",
                      start_scale),
            ), examples=(scale_case(),), seconds=5.0),
            Probe("xor", (
                Check("learns_xor", f"learns XOR: n_h = 4, {_XOR_ITERATIONS} iterations at learning_rate="
                      f"{_XOR_RATE} reach ≥ 95% training accuracy on four noisy clusters", learns_xor),
                Check("all_iterations", f"runs all {_XOR_ITERATIONS} iterations of that run, also once the cost is "
                      "small: gradient descent from its own start (num_iterations=0, same seed)", all_iterations),
            ), examples=(xor_case(),), seconds=20.0, run=xor_from_its_start),
            Probe("signature", (
                Check("default_arguments", "declares the contract's defaults num_iterations=10000 and "
                      "print_cost=False", p.declared_defaults),
            ), examples=(Case((), context={"defaults": {"num_iterations": 10000, "print_cost": False}}),),
                run=signature_only),
        ),
        (
            m.when("Your parameters are not in the contract's order, nn_model(X, Y, n_h, num_iterations=10000, "
                   "learning_rate=1.2, print_cost=False): the grader passes them by position, as the course's "
                   "code does, so each value lands in the wrong parameter.", _order_differs),
            m.when("With num_iterations=0 the parameters have already taken one gradient-descent step: the loop "
                   "runs once more than asked (range(num_iterations + 1), or i <= num_iterations). "
                   "for i in range(num_iterations) runs exactly num_iterations times.", _one_step_before,
                   checks=("start", "all_iterations")),
            m.when("Every step uses the gradients of the start: run forward_propagation inside the loop, so that "
                   "each step's gradients come from the current parameters.", _same_gradient_every_step,
                   checks=("gradient_descent",)),
            m.when("Your function ignores its learning_rate argument (it trains at a fixed rate).",
                   lambda t: any(_descent_with(t, rate=r) for r in (1.2, 0.5, 0.01, 0.1, 1.0) if r != _rate(t)),
                   checks=("gradient_descent",)),
            m.when("The default value is learning_rate=1.2: a call that leaves learning_rate out must train exactly "
                   "like one that passes 1.2.", lambda t: True, checks=("default_rate",)),
            m.when("print_cost should only decide whether the cost is printed; the training must be the same.",
                   lambda t: True, checks=("print_cost",)),
            *m.iteration_count_mistakes(_descent_with),
            m.when("The hidden layer has 4 units whatever n_h is: n_h is the argument of nn_model; only n_x and "
                   "n_y come from layer_sizes(X, Y).", _n_h_ignored, checks=("structure",)),
            m.when("The steps drift away from gradient descent. If your loop computes the gradients itself, "
                   "compare them with backward_propagation's formulas (dZ1 = W2ᵀ·dZ2 * (1 − A1²), 1/m in every "
                   "dW and db), or simply call forward_propagation, backward_propagation and update_parameters "
                   "in the loop; every step uses the same learning_rate.", lambda t: True,
                   checks=("gradient_descent",)),
        ),
        uses=("initialization.initialize_parameters", "initialization.initialize_parameters_deep",
              "shallow_network.layer_sizes",
              "shallow_network.forward_propagation", "shallow_network.compute_cost",
              "shallow_network.backward_propagation", "shallow_network.update_parameters",
              "shallow_network.predict", "activations.sigmoid", "activations.tanh"),
        note=notes.SHALLOW, budget_seconds=60.0, weight=6.0,
        exception_hints=(("UnboundLocalError", "", _UNBOUND_HINT),),
    ),
    Exercise(
        function("shallow_network.predict"),
        (Probe("networks", (
            Check("shape", "returns a (1, m) array", predictions_shape),
            Check("thresholds", "predicts 1 where the network's output A2 is above 0.5, else 0", predictions_values),
            p.inputs_unchanged(("parameters", "X")),
        ), NETWORK.map(lambda t: predict_case(*t)).filter(clear_of_half),
            (predict_case(2, 4, 6, 4),)  # both classes first: a rule that is off shows on several columns
            + tuple(c for c in (predict_case(*t, 9) for t in NETWORK_EXAMPLES) if clear_of_half(c))
            + (Case(large_forward_case().args[::-1]),),
            max_examples=8, return_args=True),),
        (
            m.returns("These are the probabilities A2: threshold them at 0.5 (1 where A2 > 0.5, 0 elsewhere).",
                      _probabilities),
            m.when("Every prediction is 1, also where A2 is below 0.5: the threshold is 0.5, with 1 where "
                   "A2 > 0.5 (A2 > 0 holds everywhere, and A2 < 0.5 inverts the rule).",
                   lambda t: t.value.size >= 3 and np.all(t.value.astype(float) == 1)
                   and np.all(_probabilities(t) < 0.5), checks=("thresholds",)),
            m.when("The predictions are inverted: 1 where A2 > 0.5.",  # one or two predictions prove nothing
                   lambda t: t.value.size >= 3 and np.array_equal(t.value.astype(float),
                                                                  (_probabilities(t) <= 0.5).astype(float)),
                   checks=("thresholds",)),
            m.when("The predictions must be a (1, m) row, not a flat (m,) array.",
                   lambda t: t.value.shape == (t.case.args[1].shape[1],), checks=("shape",)),
            m.when("The threshold is on the probability A2, at 0.5: A2 > 0 holds everywhere.",
                   lambda t: t.value.size >= 3 and np.all(t.value.astype(float) == 1)
                   and not np.all(_probabilities(t) > 0.5), checks=("thresholds",)),
            m.when("Some predictions disagree with the rule: 1 where A2 > 0.5, with A2 the output of "
                   "forward_propagation(X, parameters). If predict computes its own forward pass, reuse "
                   "forward_propagation instead (tanh hidden layer, both biases, sigmoid output).",
                   lambda t: t.value.size >= 1 and np.isin(t.value.astype(float), (0.0, 1.0)).all(),
                   checks=("thresholds",)),
        ),
        uses=("shallow_network.forward_propagation", "activations.sigmoid", "activations.tanh"),
        note=notes.SHALLOW,
    ),
)
