"""Functions cross the sandbox's boundary (the f of numerical_gradient), and a backward pass can be fed
the cache of the learner's own forward pass (Caller.own)."""
from __future__ import annotations

import numpy as np
import pytest

from grader.checks import properties as p
from grader.checks.framework import Case, Check, Exercise, Mismatch, Probe
from grader.curriculum import function
from grader.grading import grade
from grader.results import Status

SUBMISSION = '''
import numpy as np

def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        keep = x[i]
        x[i] = keep + epsilon
        plus = f(x)
        x[i] = keep - epsilon
        minus = f(x)
        x[i] = keep
        grad[i] = (plus - minus) / (2 * epsilon)
    return grad

def relative_difference(grad, grad_approx):
    return float(np.linalg.norm(grad - grad_approx) / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))
'''


def _cubic(x):
    return float(np.sum(x ** 3))


def _gradient_of_cubic(trial):
    got, x = trial.value, trial.case.args[1]
    if not np.allclose(got, 3 * x ** 2, rtol=1e-5, atol=1e-5):
        raise Mismatch("wrong gradient")


def _callback_exercise(calls: list) -> Exercise:
    def counted(x):
        calls.append(np.array(x))
        return _cubic(x)

    x = np.arange(6.0).reshape(2, 3) / 4
    return Exercise(function("gradient_check.numerical_gradient"), (
        Probe("cubic", (Check("gradient", "matches 3x²", _gradient_of_cubic), p.inputs_unchanged(("f", "x"))),
              examples=(Case((counted, x)),), return_args=True),
    ))


def _own_exercise(seen: list) -> Exercise:
    def run(case, caller):
        seen.append(caller.own("gradient_check.numerical_gradient", Case((_cubic, np.ones((1, 2))))))
        seen.append(caller.own("gradient_check.gradient_check", case))  # stub: nothing usable
        return caller.trial(case)

    def verify(trial):
        if abs(trial.value - 0.2) > 1e-12:
            raise Mismatch("wrong")

    return Exercise(function("gradient_check.relative_difference"), (
        Probe("own", (Check("value", "is 0.2", verify),),
              examples=(Case((np.array([[1.0, 2.0]]), np.array([[1.5, 3.0]]))),), run=run),
    ))


@pytest.fixture
def tiny_registry(monkeypatch):
    calls, seen = [], []
    exercises = {e.function.qualname: e for e in (_callback_exercise(calls), _own_exercise(seen))}
    monkeypatch.setattr("grader.engine.session.registry", lambda modules=None: exercises)
    return calls, seen


def test_a_judge_function_is_called_back_from_learner_code(tmp_path, tiny_registry):
    calls, seen = tiny_registry
    (tmp_path / "gradient_check.py").write_text(SUBMISSION + "\ndef gradient_check(*a, **k):\n"
                                                "    raise NotImplementedError\n")
    report = grade(str(tmp_path), only=["gradient_check.numerical_gradient", "gradient_check.relative_difference"],
                   jobs=1)
    by_name = {e.function: e for e in report.exercises}
    assert by_name["numerical_gradient"].status is Status.PASSED, by_name["numerical_gradient"].feedback
    assert by_name["relative_difference"].status is Status.PASSED, by_name["relative_difference"].feedback
    assert len(calls) >= 12, "f ran judge-side, once per evaluation"
    assert np.allclose(seen[0], [[3.0, 3.0]], atol=1e-5), "the learner's own numerical_gradient, called by the checks"
    assert seen[1] is None, "a stub gives nothing usable"


def test_a_function_crosses_the_protocol_as_a_number():
    from grader.sandbox import protocol

    frame = protocol.encode({"f": protocol.Callback(3), "x": [protocol.Callback(0)]})
    assert protocol.decode(frame) == {"f": protocol.Callback(3), "x": [protocol.Callback(0)]}


LENDING = '''
import numpy as np

def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    x = np.array([[1.0, 2.0]])
    if parameters.get("raise"):
        return numerical_gradient(lambda t: 1 / 0, x)
    slope = numerical_gradient(lambda t: float(np.sum(t ** 3)) + cost_fn(t), x)
    return float(np.max(np.abs(slope - 3 * x ** 2 - 2 * x)))
'''


def _lending_exercise() -> Exercise:
    def small(trial):
        if not isinstance(trial.value, float) or trial.value > 1e-5:
            raise Mismatch(f"got {trial.value!r}")

    def square(t):
        return float(np.sum(t ** 2))

    return Exercise(function("gradient_check.gradient_check"), (
        Probe("lent", (Check("value", "uses the reference numerical_gradient with a lambda", small),),
              examples=(Case((square, {}, {})),)),
    ), uses=("gradient_check.numerical_gradient",))


def test_a_learner_function_lent_to_a_reference_function_runs_in_the_learners_process(tmp_path, monkeypatch):
    exercises = {"gradient_check.gradient_check": _lending_exercise()}
    monkeypatch.setattr("grader.engine.session.registry", lambda modules=None: exercises)
    (tmp_path / "gradient_check.py").write_text(LENDING)
    report = grade(str(tmp_path), only=["gradient_check.gradient_check"], jobs=1)
    (result,) = report.exercises
    assert result.status is Status.PASSED, result.feedback


def test_an_exception_in_a_lent_function_is_the_learners_own(tmp_path, monkeypatch):
    exercise = _lending_exercise()
    failing = Exercise(exercise.function, (Probe("lent", exercise.probes[0].checks,
                                                 examples=(Case((lambda t: 0.0, {"raise": 1}, {})),)),),
                       uses=exercise.uses)
    monkeypatch.setattr("grader.engine.session.registry", lambda modules=None: {"gradient_check.gradient_check": failing})
    (tmp_path / "gradient_check.py").write_text(LENDING)
    (result,) = grade(str(tmp_path), only=["gradient_check.gradient_check"], jobs=1).exercises
    assert result.status is Status.ERROR
    assert "ZeroDivisionError" in result.feedback, result.feedback
