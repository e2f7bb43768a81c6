"""Course-style fixed examples for ``batch_norm``, after CS231n's BatchNormalization notebook.

The notebook's forward test seeds the generator with 231, normalizes a small
batch once with gamma = 1, beta = 0 and once with gamma = [1, 2, 3], beta =
[11, 12, 13], in train mode with bn_param = {"mode": "train"} (so eps and
momentum are the defaults) and looks at the output's means and standard
deviations: the fair model is out compared with np.allclose (the cache is
the learner's own business and the running statistics are not looked at).
Its backward test draws x = 5·randn + 12, gamma, beta and dout, and compares
dx, dgamma and dbeta with numerical gradients; here the cache comes from the
reference's forward pass (the notebook would use the learner's own) and the
three gradients are compared with np.allclose. Both tests use CS231n's
(N, D) layout transposed into ours: units are rows, examples are columns.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

_SOLUTION = Path(__file__).resolve().parents[3] / "solutions" / "batch_norm.py"


def _reference_forward():
    spec = importlib.util.spec_from_file_location("_course_batch_norm_reference", _SOLUTION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.batchnorm_forward


def _bn_param(n: int) -> dict:
    return {"mode": "train", "running_mean": np.zeros((n, 1)), "running_var": np.zeros((n, 1))}


def _forward_example():
    np.random.seed(231)
    Z = 5 * np.random.randn(3, 10) + 12
    calls = [((Z, np.ones((3, 1)), np.zeros((3, 1)), _bn_param(3)), {})]
    gamma = np.array([[1.0], [2.0], [3.0]])
    beta = np.array([[11.0], [12.0], [13.0]])
    calls.append(((Z, gamma, beta, _bn_param(3)), {}))
    return calls


def _backward_example():
    np.random.seed(231)
    n, m = 5, 4
    Z = 5 * np.random.randn(n, m) + 12
    gamma = np.random.randn(n, 1)
    beta = np.random.randn(n, 1)
    dout = np.random.randn(n, m)
    _, cache = _reference_forward()(Z, gamma, beta, _bn_param(n))
    return [((dout, cache), {})]


def _same_out(got, want) -> bool:
    """The pair (out, cache) with out np.allclose to the reference's; the cache is free."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return False
    out = got[0]
    if not isinstance(out, np.ndarray) or out.shape != want[0].shape:
        return False
    try:
        return bool(np.allclose(out, want[0]))
    except (TypeError, ValueError):
        return False


EXAMPLES = {"batchnorm_forward": _forward_example, "batchnorm_backward": _backward_example}
COMPARE = {"batchnorm_forward": _same_out}
