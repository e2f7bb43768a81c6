"""What a course-style notebook test checks, so the catalogue can prove its blind spots.

The course's own tests call each function once, on small fixed inputs built
with ``np.random.seed(k)`` and ``np.random.randn``, and compare the result with
stored numbers. A mutant marked ``blind_spot: yes`` must pass such a test (it is
right on that one example) and one marked ``no`` must fail it.
``passes_course_example`` mimics the test: output types and shapes equal to the
reference's, values ``np.allclose`` to them. For the random initializers, where
the course compares exact numbers under one seed, it checks what those numbers
would catch in a loose, statistical way: keys, shapes, float dtype, zero
biases, weights not all equal and a rough scale (0.001 < std < 0.1).

Like the course's tests, it never checks inputs for in-place changes, other
shapes, other values of alpha, large |z| or calls that leave out a default.

Example::

    >>> import numpy as np
    >>> passes_course_example("activations.relu", lambda Z: np.maximum(0, Z), lambda Z: np.maximum(0, Z))
    True
"""
from __future__ import annotations

import copy
from typing import Any, Callable

import numpy as np

SEED = 1
"""Seed of NumPy's global generator before every call of a candidate or the reference."""

RANDOM_FUNCTIONS = frozenset({"initialize_parameters", "initialize_parameters_deep"})
"""Functions that draw from the generator; the course compares them under one seed."""

Call = tuple[tuple, dict]


# ---------------------------------------------------------------- the examples
def _activation_example() -> list[Call]:
    np.random.seed(1)
    Z = np.random.randn(3, 4)
    return [((Z,), {})]


def _leaky_relu_example() -> list[Call]:
    np.random.seed(1)
    Z = np.random.randn(3, 4)
    return [((Z,), {"alpha": 0.01})]


def _backward_example() -> list[Call]:
    np.random.seed(2)
    dA = np.random.randn(3, 4)
    Z = np.random.randn(3, 4)
    return [((dA, Z), {})]


def _leaky_relu_backward_example() -> list[Call]:
    np.random.seed(2)
    dA = np.random.randn(3, 4)
    Z = np.random.randn(3, 4)
    return [((dA, Z), {"alpha": 0.01})]


def _linear_forward_example() -> list[Call]:
    np.random.seed(1)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return [((A, W, b), {})]


def _linear_activation_forward_example() -> list[Call]:
    np.random.seed(2)
    A_prev = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return [((A_prev, W, b, "sigmoid"), {}), ((A_prev, W, b, "relu"), {})]


def _L_model_forward_example() -> list[Call]:
    np.random.seed(6)
    X = np.random.randn(5, 4)
    W1 = np.random.randn(4, 5)
    b1 = np.random.randn(4, 1)
    W2 = np.random.randn(3, 4)
    b2 = np.random.randn(3, 1)
    W3 = np.random.randn(1, 3)
    b3 = np.random.randn(1, 1)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
    return [((X, parameters), {})]


def _compute_cost_example() -> list[Call]:
    Y = np.asarray([[1.0, 1.0, 0.0]])
    AL = np.array([[0.8, 0.9, 0.4]])
    return [((AL, Y), {})]


def _linear_backward_example() -> list[Call]:
    np.random.seed(1)
    dZ = np.random.randn(1, 2)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return [((dZ, (A, W, b)), {})]


def _linear_activation_backward_example() -> list[Call]:
    np.random.seed(2)
    dA = np.random.randn(1, 2)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    Z = np.random.randn(1, 2)
    cache = ((A, W, b), Z)
    return [((dA, cache, "sigmoid"), {}), ((dA, cache, "relu"), {})]


def _L_model_backward_example() -> list[Call]:
    # A two-layer network, with caches made by a real forward pass (the contract
    # promises consistent inputs; the course's own case is not consistent).
    np.random.seed(3)
    X = np.random.randn(4, 2)
    W1 = np.random.randn(3, 4)
    b1 = np.random.randn(3, 1)
    W2 = np.random.randn(1, 3)
    b2 = np.random.randn(1, 1)
    Y = np.array([[1.0, 0.0]])
    Z1 = np.dot(W1, X) + b1
    A1 = np.maximum(0, Z1)
    Z2 = np.dot(W2, A1) + b2
    AL = 1 / (1 + np.exp(-Z2))
    caches = [((X, W1, b1), Z1), ((A1, W2, b2), Z2)]
    return [((AL, Y, caches), {})]


def _update_parameters_example() -> list[Call]:
    # As in the course's case, grads holds only dW and db (no dA keys).
    np.random.seed(2)
    W1 = np.random.randn(3, 4)
    b1 = np.random.randn(3, 1)
    W2 = np.random.randn(1, 3)
    b2 = np.random.randn(1, 1)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    np.random.seed(3)
    dW1 = np.random.randn(3, 4)
    db1 = np.random.randn(3, 1)
    dW2 = np.random.randn(1, 3)
    db2 = np.random.randn(1, 1)
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return [((parameters, grads, 0.1), {})]


def _L_layer_model_example() -> list[Call]:
    np.random.seed(1)
    X = np.random.randn(10, 6)
    Y = (np.random.randn(1, 6) > 0).astype(float)
    layers_dims = [10, 5, 6, 1]
    return [((X, Y, layers_dims), {"learning_rate": 0.0075, "num_iterations": 2, "print_cost": False})]


def _predict_example() -> list[Call]:
    np.random.seed(1)
    X = np.random.randn(4, 5)
    W1 = np.random.randn(3, 4)
    b1 = np.random.randn(3, 1)
    W2 = np.random.randn(1, 3)
    b2 = np.random.randn(1, 1)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return [((X, parameters), {})]


_FOUNDATION: dict[str, Callable[[], list[Call]]] = {
    "step": _activation_example,
    "sigmoid": _activation_example,
    "tanh": _activation_example,
    "relu": _activation_example,
    "leaky_relu": _leaky_relu_example,
    "sigmoid_backward": _backward_example,
    "tanh_backward": _backward_example,
    "relu_backward": _backward_example,
    "leaky_relu_backward": _leaky_relu_backward_example,
    "initialize_parameters": lambda: [((3, 2, 1), {})],
    "initialize_parameters_deep": lambda: [(([5, 4, 3],), {})],
    "linear_forward": _linear_forward_example,
    "linear_activation_forward": _linear_activation_forward_example,
    "L_model_forward": _L_model_forward_example,
    "compute_cost": _compute_cost_example,
    "linear_backward": _linear_backward_example,
    "linear_activation_backward": _linear_activation_backward_example,
    "L_model_backward": _L_model_backward_example,
    "update_parameters": _update_parameters_example,
    "L_layer_model": _L_layer_model_example,
    "predict": _predict_example,
}

_FOUNDATION_MODULES = {"activations": ("step", "sigmoid", "tanh", "relu", "leaky_relu", "sigmoid_backward",
                                       "tanh_backward", "relu_backward", "leaky_relu_backward"),
                       "initialization": ("initialize_parameters", "initialize_parameters_deep"),
                       "deep_network": ("linear_forward", "linear_activation_forward", "L_model_forward",
                                        "compute_cost", "linear_backward", "linear_activation_backward",
                                        "L_model_backward", "update_parameters", "L_layer_model", "predict")}

EXAMPLES: dict[str, Callable[[], list[Call]]] = {
    f"{module}.{name}": _FOUNDATION[name] for module, names in _FOUNDATION_MODULES.items() for name in names}
"""One course-style example per contract function ("module.function"): a list of (args, kwargs) calls."""

COMPARE: dict[str, Callable[[Any, Any], bool]] = {}
"""How the course's test compares a function's answer with the reference's, where not plain ``_same``."""


def _load_module_examples() -> None:
    """Examples of later modules live in ``course/<module>.py``: ``EXAMPLES`` and ``COMPARE``
    dicts keyed by function name (a missing ``COMPARE`` entry means the plain comparison)."""
    import importlib.util
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parent / "course").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"_course_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, example in getattr(module, "EXAMPLES", {}).items():
            EXAMPLES[f"{path.stem}.{name}"] = example
        for name, compare in getattr(module, "COMPARE", {}).items():
            COMPARE[f"{path.stem}.{name}"] = compare


# ----------------------------------------------------------------- comparisons
def _is_scalar(value: Any) -> bool:
    if isinstance(value, np.ndarray):
        return value.ndim == 0
    return isinstance(value, (float, int, np.floating, np.integer)) and not isinstance(value, bool)


def _same(got: Any, want: Any) -> bool:
    """Types and shapes equal, values allclose; tuples and lists count as the same type."""
    if isinstance(want, dict):
        return isinstance(got, dict) and set(got) == set(want) and all(_same(got[k], want[k]) for k in want)
    if isinstance(want, (tuple, list)):
        return (isinstance(got, (tuple, list)) and len(got) == len(want)
                and all(_same(g, w) for g, w in zip(got, want)))
    if isinstance(want, np.ndarray) and want.ndim > 0:
        if not isinstance(got, np.ndarray) or got.shape != want.shape:
            return False
        try:
            return bool(np.allclose(got, want))
        except (TypeError, ValueError):
            return False
    if _is_scalar(want):
        if not _is_scalar(got):
            return False
        try:
            return bool(np.isclose(float(got), float(want)))
        except (TypeError, ValueError):
            return False
    if isinstance(want, str):
        return got == want
    return type(got) is type(want) and got == want


def _plausible_initialization(got: Any, want: dict) -> bool:
    """Keys, shapes, float dtype, zero biases, weights not all equal, rough scale."""
    if not isinstance(got, dict) or set(got) != set(want):
        return False
    weights = []
    for key, expected in want.items():
        value = got[key]
        if not isinstance(value, np.ndarray) or value.shape != expected.shape:
            return False
        if not np.issubdtype(value.dtype, np.floating):
            return False
        if key.startswith("b"):
            if np.any(value != 0):
                return False
        else:
            if value.size > 1 and np.all(value == value.flat[0]):
                return False
            weights.append(value.ravel())
    if weights:
        std = float(np.std(np.concatenate(weights)))
        if not 0.001 < std < 0.1:
            return False
    return True


# ------------------------------------------------------------------- the check
def passes_course_example(function_name: str, candidate_fn: Callable, reference_fn: Callable) -> bool:
    """Whether ``candidate_fn`` passes a course-style test of ``function_name``.

    - function_name: a contract function as "module.function", a key of ``EXAMPLES``.
    - candidate_fn: the implementation under test.
    - reference_fn: the reference implementation it is compared with.

    Each gets its own deep copy of the example's inputs, after
    ``np.random.seed(SEED)``. An exception raised by the candidate fails it.

    Example: ``passes_course_example("sigmoid", my_sigmoid, solutions.activations.sigmoid)``.
    """
    calls = EXAMPLES[function_name]()
    for args, kwargs in calls:
        np.random.seed(SEED)
        try:
            with np.errstate(all="ignore"):
                got = candidate_fn(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        except Exception:
            return False
        np.random.seed(SEED)
        want = reference_fn(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        if function_name in COMPARE:
            ok = COMPARE[function_name](got, want)
        elif function_name.split(".")[-1] in RANDOM_FUNCTIONS:
            ok = _plausible_initialization(got, want)
        else:
            ok = _same(got, want)
        if not ok:
            return False
    return True


_load_module_examples()
