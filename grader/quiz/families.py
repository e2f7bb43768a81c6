"""Generated question families: numbers drawn per learner, answers computed here, never stored.

Each family takes a seed (derived from the learner's identity and the
question id, see :func:`grader.quiz.bank.student_seed`) and returns the values
its text template uses, the right answer and how to judge it. NumPy's legacy
``RandomState`` is a frozen stream, so a learner's numbers never change
between versions.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np


@dataclass(frozen=True)
class Drawn:
    values: dict
    answer: object
    kind: str
    tolerance: float = 0.0


def _rng(seed: int) -> np.random.RandomState:
    return np.random.RandomState(seed % 2**32)


def _dims(rng: np.random.RandomState) -> list[int]:
    return [int(n) for n in rng.randint(1, 13, size=rng.randint(3, 6))]


def _layer(rng: np.random.RandomState, dims: list[int]) -> int:
    return int(rng.randint(1, len(dims)))


def weight_shape(seed: int) -> Drawn:
    rng = _rng(seed)
    dims = _dims(rng)
    l = _layer(rng, dims)
    return Drawn({"dims": dims, "l": l, "n_l": dims[l], "n_prev": dims[l - 1], "L": len(dims) - 1},
                 (dims[l], dims[l - 1]), "shape")


def bias_shape(seed: int) -> Drawn:
    rng = _rng(seed)
    dims = _dims(rng)
    l = _layer(rng, dims)
    return Drawn({"dims": dims, "l": l, "n_l": dims[l], "L": len(dims) - 1}, (dims[l], 1), "shape")


def activation_shape(seed: int) -> Drawn:
    rng = _rng(seed)
    dims = _dims(rng)
    l = _layer(rng, dims)
    m = int(rng.randint(2, 65))
    return Drawn({"dims": dims, "l": l, "n_l": dims[l], "m": m, "L": len(dims) - 1}, (dims[l], m), "shape")


def parameter_count(seed: int) -> Drawn:
    rng = _rng(seed)
    dims = _dims(rng)
    weights = sum(dims[l] * dims[l - 1] for l in range(1, len(dims)))
    biases = sum(dims[1:])
    return Drawn({"dims": dims, "L": len(dims) - 1, "weights": weights, "biases": biases},
                 weights + biases, "number")


def _point(rng: np.random.RandomState) -> float:
    return float(rng.randint(-12, 13)) / 4


def sigmoid_slope(seed: int) -> Drawn:
    z = _point(_rng(seed))
    s = 1 / (1 + math.exp(-z))
    return Drawn({"z": z, "s": round(s, 4), "slope": round(s * (1 - s), 4)}, s * (1 - s), "number", 5e-4)


def tanh_slope(seed: int) -> Drawn:
    z = _point(_rng(seed))
    t = math.tanh(z)
    return Drawn({"z": z, "t": round(t, 4), "slope": round(1 - t * t, 4)}, 1 - t * t, "number", 5e-4)


def inverted_dropout(seed: int) -> Drawn:
    rng = _rng(seed)
    keep_prob = float(rng.choice([0.5, 0.6, 0.7, 0.75, 0.8, 0.9]))
    a = [float(v) for v in rng.randint(1, 10, size=4)]
    mask = [int(v) for v in (rng.rand(4) < keep_prob)]
    index = int(rng.randint(0, 4))
    mask[index] = int(rng.rand() < 0.7)
    out = a[index] * mask[index] / keep_prob
    return Drawn({"a": a, "mask": mask, "keep_prob": keep_prob, "i": index + 1, "a_i": a[index],
                  "mask_i": mask[index], "out": round(out, 4)}, out, "number", 5e-3)


def softmax_entry(seed: int) -> Drawn:
    rng = _rng(seed)
    z = [float(v) for v in rng.randint(-3, 4, size=3)]
    k = int(rng.randint(0, 3))
    e = np.exp(np.array(z) - max(z))
    p = float(e[k] / e.sum())
    return Drawn({"z": z, "k": k + 1, "p": round(p, 4)}, p, "number", 5e-4)


def he_variance(seed: int) -> Drawn:
    rng = _rng(seed)
    n_prev, n = int(rng.randint(2, 1025)), int(rng.randint(2, 1025))
    return Drawn({"n_prev": n_prev, "n": n, "var": round(2 / n_prev, 6)}, 2 / n_prev, "number", 2 / n_prev * 0.01)


def xavier_variance(seed: int) -> Drawn:
    rng = _rng(seed)
    n_prev, n = int(rng.randint(2, 1025)), int(rng.randint(2, 1025))
    var = 2 / (n_prev + n)
    return Drawn({"n_prev": n_prev, "n": n, "var": round(var, 6)}, var, "number", var * 0.01)


def batchnorm_step(seed: int) -> Drawn:
    rng = _rng(seed)
    while True:
        z = [float(v) for v in rng.randint(-4, 5, size=4)]
        if len(set(z)) > 1:
            break
    gamma = float(rng.choice([0.5, 1.0, 2.0, 3.0]))
    beta = float(rng.choice([-1.0, 0.0, 0.5, 1.0]))
    j = int(rng.randint(0, 4))
    mean = sum(z) / 4
    var = sum((v - mean) ** 2 for v in z) / 4
    out = gamma * (z[j] - mean) / math.sqrt(var) + beta
    return Drawn({"z": z, "gamma": gamma, "beta": beta, "j": j + 1, "mean": mean, "var": var,
                  "out": round(out, 4)}, out, "number", 5e-3)


FAMILIES: dict[str, Callable[[int], Drawn]] = {
    "weight_shape": weight_shape,
    "bias_shape": bias_shape,
    "activation_shape": activation_shape,
    "parameter_count": parameter_count,
    "sigmoid_slope": sigmoid_slope,
    "tanh_slope": tanh_slope,
    "inverted_dropout": inverted_dropout,
    "softmax_entry": softmax_entry,
    "he_variance": he_variance,
    "xavier_variance": xavier_variance,
    "batchnorm_step": batchnorm_step,
}
