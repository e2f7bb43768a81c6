"""Course-style fixed examples for ``shallow_network`` (the week-3 notebook's kind of test).

Each function is called once (nn_model: one short run) on small arrays drawn
with ``np.random.seed(k)`` and ``np.random.randn``, the sizes of the course's
own cases (n_x = 2, n_h = 4, m = 3; layer_sizes on X (5, 3) and Y (2, 3)),
and the answer is compared with the reference's by types, shapes and
``np.allclose``. Like the course's tests, these never check m = 1, one unit,
large |z|, other learning rates, left-out defaults or in-place changes.
"""
from __future__ import annotations

import numpy as np


def _parameters(seed: int, scale: float = 1.0) -> dict:
    np.random.seed(seed)
    return {"W1": np.random.randn(4, 2) * scale, "b1": np.random.randn(4, 1) * scale,
            "W2": np.random.randn(1, 4) * scale, "b2": np.random.randn(1, 1) * scale}


def _data(seed: int = 1):
    np.random.seed(seed)
    X = np.random.randn(2, 3)
    Y = (np.random.randn(1, 3) > 0).astype(float)
    return X, Y


def _layer_sizes():
    np.random.seed(1)
    X = np.random.randn(5, 3)
    Y = np.random.randn(2, 3)
    return [((X, Y), {})]


def _forward_propagation():
    X, _ = _data(1)
    # Small weights, as the course's case has (and as initialize_parameters gives).
    return [((X, _parameters(2, 0.01)), {})]


def _compute_cost():
    _, Y = _data(1)
    A2 = np.array([[0.5002307, 0.49985831, 0.50023963]])
    return [((A2, Y), {})]


def _backward_propagation():
    X, Y = _data(1)
    parameters = _parameters(2, 0.01)
    parameters["b1"] = np.zeros((4, 1))
    parameters["b2"] = np.zeros((1, 1))
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return [((parameters, cache, X, Y), {})]


def _update_parameters():
    parameters = _parameters(2)
    np.random.seed(3)
    grads = {"dW1": np.random.randn(4, 2), "db1": np.random.randn(4, 1),
             "dW2": np.random.randn(1, 4), "db2": np.random.randn(1, 1)}
    # The course's test leaves learning_rate out: the default 1.2 is used.
    return [((parameters, grads), {})]


def _nn_model():
    X, Y = _data(1)
    return [((X, Y, 4), {"num_iterations": 20, "print_cost": False})]


def _predict():
    X, _ = _data(1)
    return [((_parameters(2), X), {})]


EXAMPLES = {
    "layer_sizes": _layer_sizes,
    "forward_propagation": _forward_propagation,
    "compute_cost": _compute_cost,
    "backward_propagation": _backward_propagation,
    "update_parameters": _update_parameters,
    "nn_model": _nn_model,
    "predict": _predict,
}
