"""Checks for ``deep_network``.

Forward functions are compared with the reference, caches included, on
networks of random depth and width (one unit, m = 1, non-square, deeper than
any course example). Backward functions are compared with central finite
differences of the cost they differentiate: ``dW``, ``db`` carry the 1/m of
the mean cost, ``dA`` does not (``dA = m · ∂cost/∂A``). ``L_layer_model`` is
judged as gradient descent from its own start: called with 0 iterations it
shows its initial parameters, and k iterations under the same seed must be k
reference steps from there. Its start must be initialize_parameters_deep's:
zero biases, and weights that are reproducible under the grader's seed and
break the symmetry; a first case whose cost cannot fall (pairs of equal
inputs with opposite labels) catches loops that stop once the cost stops
changing.

Statistics: one check is statistical, ``L_layer_model``'s ``start_scale``:
the 300·200 weights of W1 and the 300 of W2 of its start on layers_dims =
[200, 300, 1] must look like draws from N(0, 0.01²). It runs at most three
proven tail bounds per matrix (root mean square, mean, share within one
standard deviation: grader/checks/statistics.py), each at alpha = 1e-10, so
a correct implementation fails it with probability below 6e-10 whatever the
seed.
"""
from __future__ import annotations


import numpy as np
from hypothesis import strategies as st

from grader.checks import mistakes as m
from grader.checks import properties as p
from grader.checks import strategies as s
from grader.checks.activations import true_relu, true_sigmoid
from grader.checks.comparisons import (
    COST,
    LINEAR_ALGEBRA,
    Tolerance,
    batched_central_difference,
    expect_array,
    expect_gradient,
    expect_scalar,
    expect_sequence,
    same_value,
)
from grader.checks.framework import Case, Check, Exercise, Mismatch, NotApplicable, Probe, Trial, signature_only
from grader.curriculum import function
from grader.feedback import notes
from grader.feedback.render import number, show, source
from grader.reference import library

EXACT = Tolerance(0.0, 0.0)
ACTIVATIONS = {"sigmoid": true_sigmoid, "relu": true_relu, "tanh": np.tanh}
NAMES = ("sigmoid", "relu", "tanh")


# -- an independent small network: the truth for finite differences and recognisers --------
def layer_count(parameters: dict) -> int:
    return len(parameters) // 2


def forward(X, parameters, activations=None):
    """AL and the caches ((A_prev, W, b), Z), ReLU then sigmoid unless told otherwise."""
    L = layer_count(parameters)
    activations = activations or ["relu"] * (L - 1) + ["sigmoid"]
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        caches.append(((A, W, b), Z))
        A = ACTIVATIONS[activations[l - 1]](Z)
    return A, caches


def cost(AL, Y) -> float:
    m_ = Y.shape[1]
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m_)


def costs(AL, Y) -> np.ndarray:
    """The cost of each network in a stack (AL of shape (k, n_L, m))."""
    return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=(-2, -1)) / Y.shape[1]


def slope_of(name: str, Z):
    g = ACTIVATIONS[name](Z)
    return {"sigmoid": g * (1 - g), "relu": (Z > 0).astype(float), "tanh": 1 - g ** 2}[name]


def backward(AL, Y, caches, activations):
    """grads for the given activation per layer (used to recognise mixed-up layers)."""
    L = len(caches)
    grads = {}
    dA = -(Y / AL - (1 - Y) / (1 - AL))
    for l in range(L, 0, -1):
        (A_prev, W, b), Z = caches[l - 1]
        dZ = dA * slope_of(activations[l - 1], Z)
        m_ = A_prev.shape[1]
        grads[f"dW{l}"] = dZ @ A_prev.T / m_
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True) / m_
        dA = W.T @ dZ
        grads[f"dA{l - 1}"] = dA
    return grads


# -- cases ------------------------------------------------------------------------------
def _grid(rng, shape, grid: str, limit: float = 2.0):
    if grid == "quarters":
        return s.quarters(rng, shape, limit=limit)
    return np.round(rng.uniform(-limit, limit, size=shape), 2)


def network(dims, m_, seed, grid="quarters"):
    rng = s.generator(seed)
    X = _grid(rng, (dims[0], m_), grid)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = _grid(rng, (dims[l], dims[l - 1]), grid, 1.0)
        parameters[f"b{l}"] = _grid(rng, (dims[l], 1), grid, 1.0)
    return X, parameters


def labels(m_, seed):
    return s.generator(seed + 7).randint(0, 2, size=(1, m_)).astype(float)


def kink_free(X, parameters, margin=1e-3) -> bool:
    _, caches = forward(X, parameters)
    return all(np.all(np.abs(Z) >= margin) for _, Z in caches)


def dense_case(sizes, seed, grid="quarters") -> Case:
    n_prev, n, m_ = sizes
    X, parameters = network([n_prev, n], m_, seed, grid)
    return Case((X, parameters["W1"], parameters["b1"]))


def activation_case(sizes, seed, activation, grid="quarters") -> Case:
    A, W, b = dense_case(sizes, seed, grid).args
    return Case((A, W, b, activation))


def network_case(dims, m_, seed, grid="quarters") -> Case:
    X, parameters = network(dims, m_, seed, grid)
    return Case((X, parameters), context={"dims": list(dims)})


def cost_case(m_, seed) -> Case:
    rng = s.generator(seed)
    AL = rng.randint(1, 16, size=(1, m_)) / 16.0
    return Case((AL, labels(m_, seed)))


def linear_backward_case(sizes, seed) -> Case:
    n_prev, n, m_ = sizes
    A, W, b = dense_case(sizes, seed).args
    dZ = s.quarters(s.generator(seed + 3), (n, m_))
    return Case((dZ, (A, W, b)))


def activation_backward_case(sizes, seed, activation) -> Case:
    n_prev, n, m_ = sizes
    A, W, b = dense_case(sizes, seed, "hundredths").args
    Z = W @ A + b
    dA = np.round(s.generator(seed + 3).uniform(-2, 2, size=(n, m_)), 2)
    return Case((dA, ((A, W, b), Z), activation))


def backward_case(dims, m_, seed) -> Case:
    X, parameters = network(dims, m_, seed, "hundredths")
    Y = labels(m_, seed)
    AL, caches = forward(X, parameters)
    def recipe() -> str:
        return "\n".join([
            f"X = {source(X)}",
            f"parameters = {source(parameters)}",
            f"Y = {source(Y)}",
            "AL, caches = L_model_forward(X, parameters)",
            "L_model_backward(AL, Y, caches)",
        ])

    return Case((AL, Y, [((a, w, b), z) for (a, w, b), z in caches]), recipe=recipe,
                context={"X": X, "parameters": parameters, "Y": Y})


def update_case(dims, seed, learning_rate) -> Case:
    rng = s.generator(seed)
    parameters, grads = {}, {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = s.quarters(rng, (dims[l], dims[l - 1]), limit=1.0)
        parameters[f"b{l}"] = s.quarters(rng, (dims[l], 1), limit=1.0)
        grads[f"dW{l}"] = s.quarters(rng, (dims[l], dims[l - 1]), limit=1.0)
        grads[f"db{l}"] = s.quarters(rng, (dims[l], 1), limit=1.0)
        grads[f"dA{l - 1}"] = s.quarters(rng, (dims[l - 1], 2), limit=1.0)
    return Case((parameters, grads, learning_rate), context={"dims": list(dims)})


SIZES3 = st.tuples(s.SIZES, s.SIZES, s.SIZES)
SIZE_EXAMPLES = ((3, 2, 1), (4, 1, 2), (1, 3, 2), (4, 3, 2))  # m = 1, one unit, one input, non-square
NETWORK_DIMS = st.tuples(s.layer_dims(1, 4, 4), st.integers(1, 4))
NETWORK_EXAMPLES = (([5, 4, 3, 1], 4), ([3, 1], 2), ([2, 3, 1], 1), ([2, 3, 3, 3, 3, 1], 3))


def _binary_dims(pair):
    dims, m_ = pair
    return list(dims[:-1]) + [1], m_


BINARY_DIMS = NETWORK_DIMS.map(_binary_dims)


# -- finite differences of the cost ------------------------------------------------------------
def _linear_cost(dZ, A, W, b):
    return np.sum(dZ * (W @ A + b), axis=(-2, -1)) / A.shape[-1]


def _activation_cost(dA, A, W, b, activation):
    return np.sum(dA * ACTIVATIONS[activation](W @ A + b), axis=(-2, -1)) / A.shape[-1]


def _layer_gradients(cost_of, A, W, b):
    """(dA_prev, dW, db) of a cost of (A, W, b), with dA_prev per example (m · ∂cost/∂A)."""
    m_ = A.shape[1]
    dW = batched_central_difference(lambda w: cost_of(A, w, b), W)
    db = batched_central_difference(lambda c: cost_of(A, W, c), b)
    dA = m_ * batched_central_difference(lambda a: cost_of(a, W, b), A)
    return dA, dW, db


def _numeric_layer(trial: Trial):
    if "numeric" not in trial.extra:
        if len(trial.case.args) == 2:
            dZ, (A, W, b) = trial.case.args
            trial.extra["numeric"] = _layer_gradients(lambda a, w, c: _linear_cost(dZ, a, w, c), A, W, b)
        else:
            dA, ((A, W, b), _), activation = trial.case.args
            trial.extra["numeric"] = _layer_gradients(
                lambda a, w, c: _activation_cost(dA, a, w, c, activation), A, W, b)
    return trial.extra["numeric"]


layer_parameter_gradients, layer_input_gradient = p.layer_gradients(_numeric_layer, "the mean cost")


def _network_numeric(trial: Trial):
    if "numeric" not in trial.extra:
        X, parameters, Y = (trial.case.context[k] for k in ("X", "parameters", "Y"))
        L = layer_count(parameters)
        numeric = {}
        for key, value in parameters.items():
            def costs_with(stack, key=key):
                return costs(forward(X, dict(parameters, **{key: stack}))[0], Y)
            numeric["d" + key] = batched_central_difference(costs_with, value)
        _, caches = forward(X, parameters)
        for l in range(L):
            A_l = caches[l][0][0]
            rest = {f"W{j - l}": parameters[f"W{j}"] for j in range(l + 1, L + 1)}
            rest.update({f"b{j - l}": parameters[f"b{j}"] for j in range(l + 1, L + 1)})
            numeric[f"dA{l}"] = X.shape[1] * batched_central_difference(
                lambda stack, rest=rest: costs(forward(stack, rest)[0], Y), A_l)
        trial.extra["numeric"] = numeric
    return trial.extra["numeric"]


def _grads_of(trial: Trial):
    numeric = _network_numeric(trial)
    value = trial.value
    if not isinstance(value, dict) or set(value) != set(numeric):
        raise NotApplicable()
    if any(not isinstance(value[k], np.ndarray) or value[k].shape != numeric[k].shape for k in numeric):
        raise NotApplicable()
    return value, numeric


def network_parameter_gradients(trial: Trial) -> None:
    grads, numeric = _grads_of(trial)
    for key in sorted((k for k in numeric if not k.startswith("dA")), key=lambda k: (int(k[2:]), k)):
        expect_gradient(grads[key], numeric[key], key, f"the cost with respect to {key[1:]}")


def network_activation_gradients(trial: Trial) -> None:
    grads, numeric = _grads_of(trial)
    for key in sorted((k for k in numeric if k.startswith("dA")), key=lambda k: -int(k[2:])):
        expect_gradient(grads[key], numeric[key], key, f"the cost with respect to A{key[2:]}, per example (no 1/m)")


# -- L_layer_model: gradient descent from its own start ---------------------------------------------
def gradient_descent(X, Y, parameters, learning_rate, iterations):
    """Reference steps from ``parameters``; returns the parameters after each step's cost list."""
    ref = library()
    costs, params = [], {k: np.array(v, dtype=float) for k, v in parameters.items()}
    for i in range(iterations):
        AL, caches = ref["deep_network.L_model_forward"](X, params)
        costs.append(ref["deep_network.compute_cost"](AL, Y))
        grads = ref["deep_network.L_model_backward"](AL, Y, caches)
        params = ref["deep_network.update_parameters"](params, grads, learning_rate)
    return params, costs


def from_its_start(case: Case, caller) -> Trial:
    """Call with 0 iterations (its start) twice, then with k iterations, all under the same seed."""
    zero = Case(case.args, {"num_iterations": 0}) if "num_iterations" in case.kwargs else Case(case.args[:4] + (0,))
    start = caller.trial(zero)
    again = caller.trial(zero)
    run = caller.trial(case)
    run.extra["start"] = start.value
    run.extra["again"] = again.value
    return run


def _rate(trial: Trial) -> float:
    return trial.case.context["learning_rate"]


def _steps(trial: Trial) -> int:
    return trial.case.context["iterations"]


def _start(trial: Trial) -> dict:
    start = trial.extra.get("start")
    dims = trial.case.args[2]
    if not (isinstance(start, (tuple, list)) and len(start) == 2 and isinstance(start[0], dict)):
        raise NotApplicable()
    params = start[0]
    keys = {f"{n}{l}" for l in range(1, len(dims)) for n in "Wb"}
    if set(params) != keys or any(not isinstance(params[k], np.ndarray) for k in keys):
        raise NotApplicable()
    for l in range(1, len(dims)):
        if params[f"W{l}"].shape != (dims[l], dims[l - 1]) or params[f"b{l}"].shape != (dims[l], 1):
            raise NotApplicable()
    return params


INITIALIZER = "initialize_parameters_deep(layers_dims)"


def start_point(trial: Trial) -> None:
    p.start_point(_start(trial), INITIALIZER)


def _start_repeats(trial: Trial) -> bool:
    return same_value(trial.extra.get("start"), trial.extra.get("again"))


def same_start(trial: Trial) -> None:
    _start(trial)  # a start to judge at all
    p.same_start(trial.extra["start"], trial.extra.get("again"), INITIALIZER)


def start_scale(trial: Trial) -> None:
    value = trial.value
    if not (isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[0], dict)):
        raise NotApplicable()
    dims = trial.case.args[2]
    for l in range(1, len(dims)):
        W = value[0].get(f"W{l}")
        if not isinstance(W, np.ndarray) or W.shape != (dims[l], dims[l - 1]) or W.dtype.kind not in "biuf":
            raise NotApplicable()
        p.start_scale(W, f"W{l}", dims[l - 1], INITIALIZER)


def scale_case() -> Case:
    """A wide layer (n[0] = 200, n[1] = 300): enough weights for the start's distribution to show."""
    X = np.round(np.linspace(-1, 1, 400).reshape(200, 2), 3)
    return Case((X, np.array([[1.0, 0.0]]), [200, 300, 1]), {"num_iterations": 0}, recipe=lambda: (
        "X = np.round(np.linspace(-1, 1, 400).reshape(200, 2), 3)\n"
        "L_layer_model(X, np.array([[1.0, 0.0]]), [200, 300, 1], num_iterations=0)"))


def plateau_case() -> Case:
    """Pairs of equal inputs with opposite labels: the cost cannot fall, so a loop that stops once the cost
    stops changing (or waits for it to become small) shows at once."""
    X = np.array([[1.0, 1.0, -0.5, -0.5], [0.5, 0.5, 2.0, 2.0]])
    Y = np.array([[1.0, 0.0, 1.0, 0.0]])
    return Case((X, Y, [2, 3, 1], 1.2, 3), context={"learning_rate": 1.2, "iterations": 3, "plateau": True})


def _descent_truth(trial: Trial):
    if "descent" not in trial.extra:
        X, Y = trial.case.args[:2]
        trial.extra["descent"] = gradient_descent(X, Y, _start(trial), _rate(trial), _steps(trial))
    return trial.extra["descent"]


def model_structure(trial: Trial) -> None:
    dims = trial.case.args[2]
    for label, value in (("with 0 iterations", trial.extra.get("start")), ("", trial.value)):
        pair = expect_sequence(value, 2, f"the result {label}".strip())
        parameters = pair[0]
        if not isinstance(parameters, dict):
            raise Mismatch(f"parameters {label} should be a dict".replace("  ", " "), got=show(parameters))
        keys = [f"{n}{l}" for l in range(1, len(dims)) for n in "Wb"]
        from grader.checks.comparisons import expect_keys

        expect_keys(parameters, keys, "parameters")
        for l in range(1, len(dims)):
            expect_array(parameters[f"W{l}"], f"W{l}", (dims[l], dims[l - 1]))
            expect_array(parameters[f"b{l}"], f"b{l}", (dims[l], 1))
        if not isinstance(pair[1], (list, tuple)):
            raise Mismatch("costs should be a list", got=show(pair[1]))


def descends(trial: Trial) -> None:
    expected, _ = _descent_truth(trial)
    value = trial.value
    if not (isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[0], dict)):
        raise NotApplicable()
    iterations = _steps(trial)
    for key in sorted(expected):
        got = value[0].get(key)
        if not isinstance(got, np.ndarray) or got.shape != expected[key].shape:
            raise NotApplicable()
        if Tolerance(1e-9, 1e-6).bad(got.astype(float), expected[key]).any():
            raise Mismatch(
                f"after {iterations} iteration{'s' * (iterations != 1)}, {key} is not where {iterations} "
                f"gradient-descent step{'s' * (iterations != 1)} from your own start (num_iterations=0) lead",
                expected=show(expected[key]), got=show(got))


def _recorded(costs_per_step: list[float]) -> list[float]:
    return [c for i, c in enumerate(costs_per_step) if i % 100 == 0]


def records_costs(trial: Trial) -> None:
    _, per_step = _descent_truth(trial)
    value = trial.value
    if not (isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[1], (list, tuple))):
        raise NotApplicable()
    iterations = _steps(trial)
    kept = _recorded(per_step)
    got = []
    for item in value[1]:
        try:
            got.append(expect_scalar(item if not isinstance(item, int) else float(item), "a cost"))
        except Mismatch:
            raise Mismatch("costs should hold numbers", got=show(value[1])) from None
    if len(got) == len(kept) and np.allclose(got, kept, rtol=1e-6, atol=1e-9):
        return
    raise Mismatch(
        f"after num_iterations={iterations}, costs should hold the cost computed in iterations 0, 100, 200, ... "
        f"({len(kept)} value{'s' * (len(kept) != 1)})",
        expected=show([float(c) for c in kept]), got=show(got))


def lowers_cost(trial: Trial) -> None:
    _, per_step = _descent_truth(trial)
    value = trial.value
    if not (isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[0], dict)):
        raise NotApplicable()
    X, Y = trial.case.args[:2]
    try:
        final = cost(forward(X, value[0])[0], Y)
    except Exception:  # noqa: BLE001 - parameters of the wrong shape: the structure check says so
        raise NotApplicable() from None
    if final > per_step[0]:
        raise Mismatch(f"training raised the cost on a separable data set, from {number(per_step[0])} "
                       f"to {number(final)}", hint="Gradient descent subtracts: W = W − learning_rate · dW.")
    if not final < per_step[0]:
        raise Mismatch(f"training left the cost on a separable data set where it started, {number(final)}")


def model_case(dims, m_, seed, learning_rate, iterations) -> Case:
    X, _ = network(dims, m_, seed, "hundredths")
    return Case((X, labels(m_, seed), list(dims), learning_rate, iterations),
                context={"learning_rate": learning_rate, "iterations": iterations})


def default_rate_case(dims, m_, seed, iterations) -> Case:
    """Called without learning_rate: the default, 0.0075, must be used."""
    X, _ = network(dims, m_, seed, "hundredths")
    return Case((X, labels(m_, seed), list(dims)), {"num_iterations": iterations},
                context={"learning_rate": 0.0075, "iterations": iterations})


def separable_case() -> Case:
    """Two clusters of 10 points: 101 iterations record the costs of iterations 0 and 100.

    At learning_rate 2.0 the cost falls below 0.01 by iteration 63 from every start we tried (20 seeds),
    so a loop that stops once the cost is small stops early here."""
    rng = s.generator(5)
    m_ = 20
    Y = (np.arange(m_) % 2).reshape(1, m_).astype(float)
    centres = np.where(Y == 1, 1.5, -1.5)
    X = np.round(np.vstack([centres, centres]) + rng.uniform(-0.5, 0.5, size=(2, m_)), 2)
    return Case((X, Y, [2, 3, 1], 2.0, 101), context={"learning_rate": 2.0, "iterations": 101})


# -- predict ------------------------------------------------------------------------------------
def predictions_shape(trial: Trial) -> None:
    X = trial.case.args[0]
    expect_array(trial.value, "the predictions", (1, X.shape[1]), float_dtype=False)
    if trial.value.dtype.kind not in "biuf":
        raise Mismatch(f"the predictions have dtype {trial.value.dtype}; they should be numbers 0 and 1")


def predictions_values(trial: Trial) -> None:
    X, parameters = trial.case.args
    value = trial.value
    if not isinstance(value, np.ndarray) or value.shape != (1, X.shape[1]) or value.dtype.kind not in "biuf":
        raise NotApplicable()
    AL = forward(X, parameters)[0]
    expected = (AL > 0.5).astype(float)
    got = value.astype(float)
    if not np.isin(got, (0.0, 1.0)).all():
        raise Mismatch("predictions must be 0 or 1", expected=show(expected), got=show(value))
    if not np.array_equal(got, expected):
        index = tuple(np.argwhere(got != expected)[0])
        raise Mismatch(f"prediction {list(index)} should be {int(expected[index])}: the network's output there "
                       f"is {number(AL[index])}", expected=show(expected), got=show(value))


def predict_case(dims, m_, seed) -> Case:
    X, parameters = network(dims, m_, seed, "hundredths")
    return Case((X, parameters))


def clear_of_half(case: Case) -> bool:
    AL = forward(*case.args)[0]
    return bool(np.all(np.abs(AL - 0.5) > 1e-6))


# -- templates: how the parts of an answer are named in feedback -------------------------------------
def _cache_template(prefix: str, first: str = "A_prev"):
    return (prefix, [(f"{prefix}[0] (the linear cache)", [first, "W", "b"]), f"{prefix}[1] (Z)"])


LINEAR_FORWARD = ("the result (Z, cache)", ["Z", ("cache", ["cache[0] (A)", "cache[1] (W)", "cache[2] (b)"])])
ACTIVATION_FORWARD = ("the result (A, cache)", ["A", _cache_template("cache")])
MODEL_FORWARD = ("the result (AL, caches)", ["AL", ("caches", lambda i: _cache_template(f"caches[{i}]"))])
LAYER_BACKWARD = ("the result (dA_prev, dW, db)", ["dA_prev", "dW", "db"])


def _pick(index):
    return lambda triple: (triple[0][index], triple[1][index], triple[2][1][index])


# -- recognising mistakes ---------------------------------------------------------------------------
def _z_of(trial: Trial):
    A, W, b = trial.case.args[:3]
    return W @ A + b


def _other_activation(trial: Trial):
    Z = _z_of(trial)
    value = trial.value
    A = value[0] if isinstance(value, (tuple, list)) and value else None
    for name in NAMES:
        if name != trial.case.args[3] and m.close(A, ACTIVATIONS[name](Z)):
            return name
    return None


def _unpacked_rows(trial: Trial) -> bool:
    """A, cache = g(Z) on a two-unit layer: A is the first row of g(Z)."""
    value = trial.value
    A = ACTIVATIONS[trial.case.args[3]](_z_of(trial))
    return A.shape[0] == 2 and isinstance(value, (tuple, list)) and len(value) == 2 and m.close(value[0], A[0])


def _forward_with(activations_for):
    def candidate(trial: Trial):
        X, parameters = trial.case.args
        L = layer_count(parameters)
        return forward(X, parameters, activations_for(L))[0]
    return candidate


def _caches_reversed(trial: Trial) -> bool:
    value = trial.value
    expected = trial.expected[1]
    return len(expected) > 1 and isinstance(value, (tuple, list)) and len(value) == 2 and m.close(
        list(value[1]), list(reversed(expected)))


def _caches_count(trial: Trial) -> int | None:
    value = trial.value
    if isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[1], (list, tuple)):
        return len(value[1])
    return None


def _backward_with(activations_for):
    def candidate(trial: Trial):
        ctx = trial.case.context
        L = layer_count(ctx["parameters"])
        AL, caches = forward(ctx["X"], ctx["parameters"])
        return backward(AL, ctx["Y"], caches, activations_for(L))
    return candidate


def _grads_close(trial: Trial, candidate) -> bool:
    value = trial.value
    if not isinstance(value, dict):
        return False
    return all(k in value and m.close(value[k], v) for k, v in candidate.items()) and not all(
        m.close(trial.expected.get(k), v) for k, v in candidate.items())


def _activation_mix_up(trial: Trial) -> bool:
    from itertools import product

    L = layer_count(trial.case.context["parameters"])
    right = ["relu"] * (L - 1) + ["sigmoid"]
    for choice in product(("relu", "sigmoid"), repeat=L):
        if list(choice) != right and _grads_close(trial, _backward_with(lambda _L, c=choice: list(c))(trial)):
            return True
    return False


def _missing_layers(trial: Trial) -> set[int] | None:
    value = trial.value
    if not isinstance(value, dict):
        return None
    L = layer_count(trial.case.context["parameters"])
    return {l for l in range(1, L + 1) if f"dW{l}" not in value}


def _updated(trial: Trial, rate) -> dict:
    parameters, grads, _ = trial.case.args
    return {k: v - rate * grads["d" + k] for k, v in parameters.items()}


def _update_close(trial: Trial, candidate: dict) -> bool:
    value = trial.value
    return isinstance(value, dict) and set(value) == set(candidate) and all(
        m.close(value[k], candidate[k]) for k in candidate) and not all(
        m.close(trial.expected[k], candidate[k]) for k in candidate)


def _some_signs_flipped(trial: Trial) -> bool:
    value, (parameters, grads, rate) = trial.value, trial.case.args
    if not isinstance(value, dict) or set(value) != set(parameters):
        return False
    uphill = [k for k in parameters if m.close(value[k], parameters[k] + rate * grads["d" + k])
              and not m.close(value[k], parameters[k] - rate * grads["d" + k])]
    downhill = [k for k in parameters if m.close(value[k], parameters[k] - rate * grads["d" + k])]
    return bool(uphill) and len(uphill) + len(downhill) == len(parameters)


def _learning_rate_ignored(trial: Trial) -> bool:
    rate = trial.case.args[2]
    return any(_update_close(trial, _updated(trial, c)) for c in (0.0075, 0.01, 0.1, 1.2, 1.0, 0.5, 0.05) if c != rate)


def _last_layer_missing(trial: Trial) -> bool:
    L = layer_count(trial.case.args[0])
    value = trial.value
    return isinstance(value, dict) and set(trial.case.args[0]) - set(value) == {f"W{L}", f"b{L}"}


def _last_layer_skipped(trial: Trial) -> bool:
    parameters, _, rate = trial.case.args
    L = layer_count(parameters)
    candidate = _updated(trial, rate)
    candidate[f"W{L}"], candidate[f"b{L}"] = parameters[f"W{L}"], parameters[f"b{L}"]
    return _update_close(trial, candidate)


def _descent_with(trial: Trial, rate=None, steps=None):
    X, Y = trial.case.args[:2]
    params, _ = gradient_descent(X, Y, _start(trial), _rate(trial) if rate is None else rate,
                                 _steps(trial) if steps is None else steps)
    value = trial.value
    return isinstance(value, (tuple, list)) and isinstance(value[0], dict) and all(
        m.close(value[0].get(k), v, Tolerance(1e-9, 1e-6)) for k, v in params.items())


def _costs_every_iteration(trial: Trial) -> bool:
    _, per_step = _descent_truth(trial)
    got = trial.value[1]
    return len(got) == len(per_step) and len(per_step) > 1 and np.allclose(np.asarray(got, dtype=float), per_step)


def _costs_with_last(trial: Trial) -> bool:
    _, per_step = _descent_truth(trial)
    got = list(trial.value[1])
    return len(got) == len(_recorded(per_step)) + 1 and np.allclose(
        np.asarray(got, dtype=float), _recorded(per_step) + [per_step[-1]])


def _costs_after_update(trial: Trial) -> bool:
    X, Y = trial.case.args[:2]
    params, per_step = gradient_descent(X, Y, _start(trial), _rate(trial), _steps(trial) + 1)
    after = [c for i, c in enumerate(per_step[1:]) if i % 100 == 0]
    got = trial.value[1]
    return len(got) == len(after) and np.allclose(np.asarray(got, dtype=float), after)


def _flat_db(trial: Trial) -> bool:
    value = trial.value
    return isinstance(value, (tuple, list)) and len(value) == 3 and isinstance(value[2], np.ndarray) and \
        value[2].ndim == 1


def _db_over_examples(trial: Trial) -> bool:
    value = trial.value
    m_ = trial.case.args[1][0].shape[1] if len(trial.case.args) == 2 else trial.case.args[1][0][0].shape[1]
    return isinstance(value, (tuple, list)) and len(value) == 3 and isinstance(value[2], np.ndarray) and \
        value[2].shape == (1, m_)


def _reshaped_not_transposed(trial: Trial):
    if len(trial.case.args) == 2:
        dZ, (A, _, _) = trial.case.args
    else:
        dA, ((A, W, b), Z), name = trial.case.args
        dZ = dA * slope_of(name, Z)
    return dZ @ A.reshape(A.shape[::-1]) / A.shape[1]


def _scaled(index, factor_of):
    """The learner's item ``index`` equals the truth times factor_of(trial)."""
    def candidate(trial: Trial):
        return trial.expected[index] * factor_of(trial)
    return candidate


def _m_linear(trial: Trial) -> int:
    return (trial.case.args[1][0] if len(trial.case.args) == 2 else trial.case.args[1][0][0]).shape[1]


def _first(value):
    return value[0]


LAYER_BACKWARD_MISTAKES = (
    m.returns("dW and db are gradients of the mean cost: they carry the 1/m (dW = dZ·A_prevᵀ / m).",
              _scaled(1, _m_linear), part=lambda v: v[1], checks=("parameter_gradients",)),
    m.returns("db carries the 1/m too: db = (1/m) Σ over the examples of dZ.",
              _scaled(2, _m_linear), part=lambda v: v[2], checks=("parameter_gradients",)),
    m.returns("dA_prev = Wᵀ·dZ has no 1/m: gradients of activations are per example; only dW and db are averaged.",
              _scaled(0, lambda t: 1 / _m_linear(t)), part=lambda v: v[0], checks=("input_gradient",)),
    m.when("db must keep its column shape (n, 1): sum with axis=1, keepdims=True.", _flat_db, checks=("structure",)),
    m.when("db sums over the examples (axis=1), giving one number per unit; axis=0 sums over units instead.",
           _db_over_examples, checks=("structure",)),
    m.returns("The sign is flipped: dW = dZ·A_prevᵀ / m.", _scaled(1, lambda t: -1), part=lambda v: v[1],
              checks=("parameter_gradients",)),
    m.returns("reshape is not a transpose: A_prev.reshape(m, n_prev) keeps the entries in memory order, "
              "A_prev.T swaps rows and columns. dW = dZ·A_prevᵀ / m.", _reshaped_not_transposed,
              part=lambda v: v[1], checks=("parameter_gradients",)),
)


def _layer_dw(trial: Trial, name: str):
    """dW of linear_activation_backward had the derivative of ``name`` been used."""
    dA, ((A, W, b), Z), _ = trial.case.args
    dZ = dA * slope_of(name, Z)
    return dZ @ A.T / A.shape[1]


def _forward_cache_order(trial: Trial) -> bool:
    value = trial.value
    A, W, b = trial.case.args[:3]
    cache = value[1] if isinstance(value, (tuple, list)) and len(value) == 2 else None
    return isinstance(cache, (tuple, list)) and len(cache) == 3 and any(
        isinstance(c, np.ndarray) for c in cache) and not (
        m.close(cache[0], A) and m.close(cache[1], W) and m.close(cache[2], b)) and sorted(
        (np.shape(c) for c in cache)) == sorted((A.shape, W.shape, b.shape))


def _activation_cache_order(trial: Trial) -> bool:
    value = trial.value
    cache = value[1] if isinstance(value, (tuple, list)) and len(value) == 2 else None
    return isinstance(cache, (tuple, list)) and len(cache) == 2 and isinstance(cache[0], np.ndarray) and \
        isinstance(cache[1], (tuple, list))


def _cache_holds_a(trial: Trial) -> bool:
    value = trial.value
    cache = value[1] if isinstance(value, (tuple, list)) and len(value) == 2 else None
    A = trial.expected[0]
    return isinstance(cache, (tuple, list)) and len(cache) == 2 and m.close(cache[1], A) and \
        not m.close(A, trial.expected[1][1])



_UNPACK_HINT = ("In this contract sigmoid(Z), relu(Z) and tanh(Z) return A alone (the course notebook's helpers "
                "return (A, cache)); the activation's cache is Z, which you already have.")


EXERCISES = (
    Exercise(
        function("deep_network.linear_forward"),
        (Probe("typical", (
            p.structure("structure", "returns (Z, cache) with Z of shape (n, m) and cache = (A, W, b)", LINEAR_FORWARD),
            p.values("computes_Z", "Z = W·A + b", LINEAR_FORWARD, LINEAR_ALGEBRA, select=_pick(0)),
            p.values("cache", "the cache holds (A, W, b), in that order", LINEAR_FORWARD, EXACT, select=_pick(1)),
            p.inputs_unchanged(("A", "W", "b")),
        ), st.tuples(SIZES3, s.SEEDS).map(lambda t: dense_case(*t)),
            tuple(dense_case(t, 3) for t in SIZE_EXAMPLES), max_examples=9, return_args=True),),
        (
            m.returns("Z = W·A + b: the bias b is missing.", lambda t: t.case.args[1] @ t.case.args[0], part=_first),
            m.returns("Z has shape (n, m) = (rows of W, columns of A): compute np.dot(W, A) + b, not its transpose.",
                      lambda t: (t.case.args[1] @ t.case.args[0] + t.case.args[2]).T, part=_first),
            m.when("The cache holds (A, W, b) in exactly this order: the backward pass unpacks it that way.",
                   _forward_cache_order, checks=("cache",)),
        ),
        note=notes.DEEP,
    ),
    Exercise(
        function("deep_network.linear_activation_forward"),
        (Probe("typical", (
            p.structure("structure", "returns (A, cache) with cache = ((A_prev, W, b), Z)", ACTIVATION_FORWARD),
            p.values("computes_A", "A = g(W·A_prev + b) with the activation named by its last argument",
                     ACTIVATION_FORWARD, LINEAR_ALGEBRA, select=_pick(0)),
            p.values("cache", "the cache holds ((A_prev, W, b), Z)", ACTIVATION_FORWARD, LINEAR_ALGEBRA,
                     select=_pick(1)),
            p.inputs_unchanged(("A_prev", "W", "b", "activation")),
        ), st.tuples(SIZES3, s.SEEDS, st.sampled_from(NAMES)).map(lambda t: activation_case(*t)),
            tuple(activation_case(t, 5, name) for t, name in zip(SIZE_EXAMPLES, NAMES * 2)),
            max_examples=14, return_args=True),),
        (
            m.when("Your function mixes up the activations: for one activation name it applies another one.",
                   lambda t: _other_activation(t) is not None, checks=("computes_A",)),
            m.returns("A is Z itself: apply the activation to Z.", _z_of, part=_first, checks=("computes_A",)),
            m.when(_UNPACK_HINT, _unpacked_rows, checks=("structure",)),
            m.when("The cache is (linear_cache, Z) in this order: the backward pass unpacks it that way.",
                   _activation_cache_order, checks=("structure", "cache")),
            m.when("The cache must hold Z, the input of the activation (the backward pass needs it), not A.",
                   _cache_holds_a, checks=("cache",)),
        ),
        uses=("deep_network.linear_forward", "activations.sigmoid", "activations.relu", "activations.tanh"),
        note=notes.DEEP, exception_hints=(("ValueError", "values to unpack", _UNPACK_HINT),
                                          ("TypeError", "cannot unpack", _UNPACK_HINT)),
    ),
    Exercise(
        function("deep_network.L_model_forward"),
        (Probe("networks", (
            p.structure("structure", "returns (AL, caches) with one cache ((A_prev, W, b), Z) per layer", MODEL_FORWARD),
            p.values("computes_AL", "AL: ReLU in layers 1 to L−1, sigmoid in layer L", MODEL_FORWARD, LINEAR_ALGEBRA,
                     select=_pick(0)),
            p.values("caches", "caches[l−1] is the cache of layer l, for every layer", MODEL_FORWARD, LINEAR_ALGEBRA,
                     select=_pick(1)),
            p.inputs_unchanged(("X", "parameters")),
        ), st.tuples(NETWORK_DIMS, s.SEEDS).map(lambda t: network_case(t[0][0], t[0][1], t[1])),
            tuple(network_case(d, m_, 11) for d, m_ in NETWORK_EXAMPLES), max_examples=9, return_args=True),),
        (
            m.returns("Every layer uses the sigmoid; the hidden layers (1 to L−1) use ReLU.",
                      _forward_with(lambda L: ["sigmoid"] * L), part=_first),
            m.returns("The output layer L uses the sigmoid, not ReLU.", _forward_with(lambda L: ["relu"] * L),
                      part=_first),
            m.when("caches has the wrong number of entries: one cache per layer, L = len(parameters) // 2 layers, "
                   "and the loop over the hidden layers is for l in range(1, L).",
                   lambda t: _caches_count(t) not in (None, layer_count(t.case.args[1])), checks=("structure",)),
            m.when("The caches are in reverse order: caches[0] belongs to layer 1, caches[L−1] to layer L "
                   "(append each layer's cache as the forward pass goes).", _caches_reversed),
        ),
        uses=("deep_network.linear_activation_forward", "deep_network.linear_forward", "activations.sigmoid",
              "activations.relu", "activations.tanh"),
        note=notes.DEEP,
    ),
    Exercise(
        function("deep_network.compute_cost"),
        (Probe("costs", (
            p.structure("scalar", "returns the cost as one number (float, np.float64 or 0-d array)", "the cost"),
            p.values("value", "cost = −(1/m) Σ [y·log(a) + (1 − y)·log(1 − a)]", "the cost", COST),
            p.inputs_unchanged(("AL", "Y")),
        ), st.tuples(st.integers(1, 8), s.SEEDS).map(lambda t: cost_case(*t)),
            (Case((np.array([[0.8, 0.9, 0.4]]), np.array([[1.0, 1.0, 0.0]]))), cost_case(1, 2),
             Case((np.array([[1e-6, 1 - 1e-6, 0.5, 1e-6]]), np.array([[0.0, 1.0, 1.0, 1.0]])))),
            max_examples=15, return_args=True),),
        (
            m.returns("The cost is a mean over the m examples: divide the sum by m.",
                      lambda t: t.expected * t.case.args[1].shape[1]),
            m.returns("The minus sign in front is missing: cost = −(1/m) Σ [y·log(a) + (1 − y)·log(1 − a)].",
                      lambda t: -t.expected),
            m.returns("The (1 − y)·log(1 − a) term is missing: it is what penalises confident mistakes on y = 0.",
                      lambda t: float(-np.sum(t.case.args[1] * np.log(t.case.args[0])) / t.case.args[1].shape[1])),
            *m.log_guard_mistakes("AL"),
        ),
        note=notes.DEEP,
    ),
    Exercise(
        function("deep_network.linear_backward"),
        (Probe("typical", (
            p.structure("structure", "returns (dA_prev, dW, db) shaped like A_prev, W and b", LAYER_BACKWARD,
                        expected=lambda t: (t.case.args[1][0], t.case.args[1][1], t.case.args[1][2])),
            Check("parameter_gradients", "dW and db are the slopes of the mean cost (with 1/m)",
                  layer_parameter_gradients),
            Check("input_gradient", "dA_prev = Wᵀ·dZ, per example (no 1/m)", layer_input_gradient),
            p.inputs_unchanged(("dZ", "cache")),
        ), st.tuples(SIZES3, s.SEEDS).map(lambda t: linear_backward_case(*t)),
            tuple(linear_backward_case(t, 4) for t in SIZE_EXAMPLES), max_examples=9, return_args=True),),
        LAYER_BACKWARD_MISTAKES, note=notes.DEEP,
    ),
    Exercise(
        function("deep_network.linear_activation_backward"),
        (Probe("typical", (
            p.structure("structure", "returns (dA_prev, dW, db) shaped like A_prev, W and b", LAYER_BACKWARD,
                        expected=lambda t: t.case.args[1][0]),
            Check("parameter_gradients", "dW and db are the slopes of the mean cost through the activation",
                  layer_parameter_gradients),
            Check("input_gradient", "dA_prev is the slope through the activation, per example (no 1/m)",
                  layer_input_gradient),
            p.inputs_unchanged(("dA", "cache", "activation")),
        ), st.tuples(SIZES3, s.SEEDS, st.sampled_from(NAMES)).map(lambda t: activation_backward_case(*t)).filter(
            lambda c: np.all(np.abs(c.args[1][1]) >= 1e-3)),
            tuple(activation_backward_case(t, 6, name) for t, name in zip(SIZE_EXAMPLES, ("relu", "sigmoid", "tanh",
                                                                                          "relu"))),
            max_examples=14, return_args=True),),
        LAYER_BACKWARD_MISTAKES + (
            m.when("Your function mixes up the activations: the derivative used does not belong to the activation "
                   "named by its last argument.",
                   lambda t: any(
                       m.close(t.value[1], _layer_dw(t, name)) for name in NAMES if name != t.case.args[2])),
        ),
        uses=("deep_network.linear_backward", "activations.sigmoid_backward", "activations.relu_backward",
              "activations.tanh_backward", "activations.sigmoid", "activations.relu", "activations.tanh"),
        note=notes.DEEP,
    ),
    Exercise(
        function("deep_network.L_model_backward"),
        (Probe("networks", (
            p.structure("structure", "returns grads with exactly dA0..dA(L−1), dW1..dWL, db1..dbL, each shaped "
                        "like what it is the gradient of", ("grads", lambda key: key)),
            Check("parameter_gradients", "every dW[l] and db[l] is the slope of the cost (finite differences)",
                  network_parameter_gradients),
            Check("activation_gradients", "every dA[l] is m times the slope of the cost with respect to A[l]",
                  network_activation_gradients),
            p.inputs_unchanged(("AL", "Y", "caches")),
        ), st.tuples(BINARY_DIMS, s.SEEDS).map(lambda t: backward_case(t[0][0], t[0][1], t[1])).filter(
            lambda c: kink_free(c.context["X"], c.context["parameters"])),
            tuple(backward_case(d, m_, 13) for d, m_ in NETWORK_EXAMPLES if kink_free(*network(d, m_, 13, "hundredths"))),
            max_examples=8, return_args=True),),
        (
            m.when("grads has an extra dA{L}: gradients of activations go from dA{L-1} down to dA0 (the loop is one "
                   "layer off).", lambda t: f"dA{layer_count(t.case.context['parameters'])}" in t.value,
                   checks=("structure",)),
            m.when("Layer L goes backward through the sigmoid and layers 1 to L−1 through relu; yours uses the "
                   "wrong activation for some layers.", _activation_mix_up),
            m.when("grads stops before the first layer: the loop runs over every layer, l = L, L−1, ..., 1 "
                   "(and produces dA0 too).", lambda t: _missing_layers(t) == {1}, checks=("structure",)),
            m.when("grads lacks some layers: the loop must cover all L = len(caches) layers, whatever the depth.",
                   lambda t: len(_missing_layers(t) or ()) > 0 and _missing_layers(t) != {1}, checks=("structure",)),
            m.when("Every gradient has the wrong sign: dAL = −(Y/AL − (1 − Y)/(1 − AL)).",
                   lambda t: _grads_close(t, {k: -v for k, v in t.expected.items()})),
        ),
        uses=("deep_network.linear_activation_backward", "deep_network.linear_backward", "activations.sigmoid_backward",
              "activations.relu_backward", "activations.tanh_backward", "activations.sigmoid", "activations.relu",
              "activations.tanh"),
        note=notes.DEEP, weight=3.0,
    ),
    Exercise(
        function("deep_network.update_parameters"),
        (Probe("networks", (
            p.structure("structure", "returns parameters with W1, b1, ..., WL, bL (the dA entries of grads are "
                        "not parameters)", ("parameters", lambda key: key)),
            p.values("step", "W[l] − learning_rate·dW[l] and b[l] − learning_rate·db[l], for every layer",
                     ("parameters", lambda key: key), LINEAR_ALGEBRA),
            p.inputs_unchanged(("parameters", "grads", "learning_rate"), may_change=("parameters",)),
        ), st.tuples(s.layer_dims(1, 4, 4), s.SEEDS, st.sampled_from((0.05, 0.1, 0.3, 0.75, 1.5))).map(
            lambda t: update_case(*t)),
            (update_case([3, 2, 1], 1, 0.1), update_case([2, 1], 2, 0.75), update_case([3, 4, 4, 4, 1], 3, 0.3)),
            max_examples=9, return_args=True),),
        (
            m.returns("The sign of the step is flipped: the update goes uphill. Gradient descent subtracts, "
                      "W = W − learning_rate·dW.", lambda t: _updated(t, -t.case.args[2])),
            m.when("The sign of the step is flipped for some parameters: every W and b moves against its "
                   "gradient, W = W − learning_rate·dW and b = b − learning_rate·db.", _some_signs_flipped),
            m.when("Your function ignores its learning_rate argument (it uses a fixed number).", _learning_rate_ignored),
            m.when("The last layer is not updated: the loop runs over l = 1, ..., L (range(1, L + 1)), "
                   "with L = len(parameters) // 2.", _last_layer_skipped),
            m.when("The last layer is missing: the loop runs over l = 1, ..., L (range(1, L + 1)), "
                   "with L = len(parameters) // 2.", _last_layer_missing, checks=("structure",)),
            m.returns("The biases are not updated: b[l] = b[l] − learning_rate·db[l] too.",
                      lambda t: {k: (v - t.case.args[2] * t.case.args[1]["d" + k] if k.startswith("W") else v)
                                 for k, v in t.case.args[0].items()}),
        ),
        note=notes.DEEP,
    ),
    Exercise(
        function("deep_network.L_layer_model"),
        (
            Probe("descent", (
                Check("structure", "returns (parameters, costs), parameters shaped by layers_dims",
                      model_structure),
                Check("start", "starts (num_iterations=0) with zero biases and random weights that break the "
                      "symmetry", start_point),
                Check("same_start", "starts from the same weights when NumPy is seeded the same way", same_start),
                Check("gradient_descent", "k iterations are k gradient-descent steps from its own start "
                      "(its parameters after num_iterations=0, same seed)", descends),
                Check("costs", "costs holds the cost of iterations 0, 100, 200, ...", records_costs),
            ), st.tuples(s.layer_dims(1, 3, 4).map(lambda d: list(d[:-1]) + [1]), st.integers(1, 5), s.SEEDS,
                         st.sampled_from((0.1, 0.5, 1.0)), st.integers(1, 3)).map(lambda t: model_case(*t)),
                # The plateau first: a loop that waits for the cost to move (or to become small) shows at once.
                # Then three iterations: "every iteration" ([J0, J1, J2]) and "also the last" ([J0, J2])
                # give different lists, so the feedback can tell the two mistakes apart.
                (plateau_case(), model_case([3, 2, 1], 4, 1, 0.5, 3), model_case([2, 3, 3, 3, 1], 3, 2, 1.0, 2)),
                max_examples=6, seconds=10.0, run=from_its_start),
            Probe("scale", (
                Check("start_scale", "starts from initialize_parameters_deep's weights, N(0, 0.01²) (300·200 of "
                      "them)", start_scale),
            ), examples=(scale_case(),), seconds=5.0),
            Probe("learning", (
                Check("costs", "costs holds the cost of iterations 0, 100, 200, ...", records_costs),
                Check("lowers_cost", "lowers the cost on a small separable data set", lowers_cost),
                Check("gradient_descent", "k iterations are k gradient-descent steps from its own start "
                      "(its parameters after num_iterations=0, same seed)", descends),
            ), examples=(separable_case(),), seconds=20.0, run=from_its_start),
            Probe("defaults", (
                Check("default_rate", "uses the default learning_rate=0.0075 when called without it", descends),
            ), examples=(default_rate_case([3, 2, 1], 4, 3, 2),), seconds=10.0, run=from_its_start),
            Probe("signature", (
                Check("default_arguments", "declares the contract's defaults num_iterations=3000 and "
                      "print_cost=False", p.declared_defaults),
            ), examples=(Case((), context={"defaults": {"num_iterations": 3000, "print_cost": False}}),),
                run=signature_only),
        ),
        (
            m.when("Its start changes from call to call under the same seed, so no run can be replayed. "
                   + p.unseeded_start_hint(INITIALIZER), lambda t: not _start_repeats(t),
                   checks=("gradient_descent", "default_rate")),
            m.when("Called without learning_rate, your function trains at another rate: the default value is "
                   "learning_rate=0.0075.", lambda t: "num_iterations" in t.case.kwargs, checks=("default_rate",)),
            m.when("Your function ignores its learning_rate argument (it trains at a fixed rate).",
                   lambda t: any(_descent_with(t, rate=r) for r in (0.0075, 0.01, 0.1, 1.2) if r != _rate(t)),
                   checks=("gradient_descent",)),
            *m.iteration_count_mistakes(_descent_with),
            m.when("costs should hold only the cost of iterations 0, 100, 200, ... (if i % 100 == 0), not every "
                   "iteration's.", _costs_every_iteration, checks=("costs",)),
            m.when("costs holds the cost of iterations 0, 100, 200, ... only: the last iteration's cost is not "
                   "one of them (printing it is fine; appending it is not).", _costs_with_last, checks=("costs",)),
            m.when("Record the cost computed in the iteration, before that iteration's update.",
                   _costs_after_update, checks=("costs",)),
        ),
        uses=("initialization.initialize_parameters_deep", "deep_network.L_model_forward", "deep_network.compute_cost",
              "deep_network.L_model_backward", "deep_network.update_parameters", "deep_network.predict",
              "deep_network.linear_activation_forward", "deep_network.linear_forward",
              "deep_network.linear_activation_backward", "deep_network.linear_backward", "activations.sigmoid",
              "activations.relu", "activations.tanh", "activations.sigmoid_backward", "activations.relu_backward",
              "activations.tanh_backward"),
        note=notes.DEEP, budget_seconds=60.0, weight=6.0,
        exception_hints=(("UnboundLocalError", "",
                          "With num_iterations=0 the loop body never runs: initialize the parameters (and costs) "
                          "before the loop, once, with initialize_parameters_deep(layers_dims)."),),
    ),
    Exercise(
        function("deep_network.predict"),
        (Probe("networks", (
            Check("shape", "returns a (1, m) array", predictions_shape),
            Check("thresholds", "predicts 1 where the network's output is above 0.5, else 0", predictions_values),
            p.inputs_unchanged(("X", "parameters")),
        ), st.tuples(BINARY_DIMS, s.SEEDS).map(lambda t: predict_case(t[0][0], t[0][1], t[1])).filter(
            clear_of_half),
            tuple(c for c in (predict_case(d, m_, 9) for d, m_ in
                              (([5, 4, 3, 1], 4), ([3, 1], 1), ([2, 3, 3, 3, 3, 1], 3))) if clear_of_half(c)),
            max_examples=9, return_args=True),),
        (
            m.returns("These are the probabilities AL: threshold them at 0.5 (1 where AL > 0.5, 0 elsewhere).",
                      lambda t: forward(*t.case.args)[0]),
            m.when("Only the first layers are used: a deeper network has L = len(parameters) // 2 layers; "
                   "L_model_forward(X, parameters) runs them all.",
                   lambda t: layer_count(t.case.args[1]) > 2 and t.value.shape[0] == t.case.args[1]["W2"].shape[0]
                   and t.value.shape[0] != 1, checks=("shape",)),
            m.returns("The predictions are inverted: 1 where AL > 0.5.",
                      lambda t: (forward(*t.case.args)[0] <= 0.5).astype(float)),
            m.when("The predictions must be a (1, m) row, not a flat (m,) array.",
                   lambda t: t.value.shape == (t.case.args[0].shape[1],), checks=("shape",)),
        ),
        uses=("deep_network.L_model_forward", "deep_network.linear_activation_forward", "deep_network.linear_forward",
              "activations.sigmoid", "activations.relu"),
        note=notes.DEEP,
    ),
)
