"""The engine's own guarantees: settings, statistics that never flake, selection."""
from __future__ import annotations

import ast
import re

import numpy as np
import pytest

from grader.checks.statistics import normal_scale_report, variance_ratio_bounds
from grader.engine.hypothesis_setup import disable_source_constants
from grader.selection import SelectionError, parse


def test_hypothesis_no_longer_mines_literals_from_imported_modules():
    from hypothesis.internal.conjecture import providers

    disable_source_constants()
    assert len(providers._get_local_constants()) == 0  # fails if an upgrade moves this internal


def test_hypothesis_no_longer_compares_the_random_module_around_draws():
    import inspect

    from hypothesis import control

    from grader.engine.hypothesis_setup import skip_random_module_check

    # fails if an upgrade moves this internal: prep_args_kwargs_from_strategies must still call it by name
    assert "deprecate_random_in_strategy" in inspect.getsource(control.BuildContext.prep_args_kwargs_from_strategies)
    skip_random_module_check()
    with control.deprecate_random_in_strategy("from {}={!r}", "x", None):
        pass


def test_every_example_starts_from_the_same_global_random_state():
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from hypothesis.internal import entropy

    from grader.engine.hypothesis_setup import cheap_global_seeding

    cheap_global_seeding()
    assert entropy.get_seeder_and_restorer.__module__ == "grader.engine.hypothesis_setup"  # fails if it moves
    seen = []

    @settings(max_examples=5, database=None)
    @given(st.integers())
    def draw(_):
        seen.append(np.random.rand())
        np.random.rand(100)  # whatever one example does to the generator, the next starts afresh

    draw()
    assert len(set(seen)) == 1


def _judged(strategy, max_examples, fails=lambda case: False, probe_seed=7):
    from grader.engine.generation import first_failure

    cases = []

    def judge(case):
        cases.append(case)
        return not fails(case)

    return cases, first_failure(strategy, max_examples, probe_seed, judge)


def test_generated_cases_start_with_the_simplest_and_never_repeat():
    from hypothesis import strategies as st

    cases, failing = _judged(st.tuples(st.integers(1, 5), st.integers(1, 5)), 20)
    assert failing is None and cases[0] == (1, 1)
    assert len(cases) == 20 and len(set(cases)) == 20
    few, _ = _judged(st.integers(1, 3), 10)  # fewer distinct cases than examples: each once
    assert sorted(few) == [1, 2, 3]


def test_generated_cases_are_the_same_for_the_same_seed_and_differ_across_seeds():
    from hypothesis import strategies as st

    strategy = st.lists(st.integers(0, 100), max_size=4)
    assert _judged(strategy, 15)[0] == _judged(strategy, 15)[0]
    assert _judged(strategy, 15)[0] != _judged(strategy, 15, probe_seed=8)[0]


def test_a_generated_failure_is_replayed_then_shrunk_by_hypothesis():
    from hypothesis import given
    from hypothesis import strategies as st

    from grader.engine.generation import shrink_from
    from grader.engine.hypothesis_setup import probe_settings

    strategy = st.tuples(st.integers(1, 5), st.integers(0, 1000))
    cases, failing = _judged(strategy, 50, fails=lambda case: case[1] >= 300)
    assert failing is not None and cases[-1][1] >= 300
    tried = []

    @given(strategy)
    def test(case):
        tried.append(case)
        assert case[1] < 300

    with pytest.raises(AssertionError):
        shrink_from(failing, test, probe_settings(50), 7)
    assert tried[0] == cases[-1]  # the engine starts from the failure it was handed
    assert tried[-1] == (1, 300)  # and reports the smallest


@pytest.mark.parametrize("seed", range(200))
def test_the_scale_check_never_fails_correct_draws(seed):
    rng = np.random.RandomState(seed)
    for shape in ((200, 300), (100, 200)):
        assert normal_scale_report(rng.randn(*shape) * 0.01, 0.01) == []


@pytest.mark.parametrize("seed", range(20))
def test_the_scale_check_catches_a_factor_of_two_or_a_uniform(seed):
    rng = np.random.RandomState(seed)
    assert normal_scale_report(rng.randn(200, 300) * 0.02, 0.01)
    assert normal_scale_report(rng.randn(200, 300) * 0.005, 0.01)
    assert normal_scale_report(rng.rand(200, 300) * 0.01, 0.01)
    assert normal_scale_report((rng.rand(200, 300) - 0.5) * 0.01 * np.sqrt(12), 0.01)  # right variance, uniform


def test_chi_square_bounds_are_tight_enough_on_large_layers():
    low, high = variance_ratio_bounds(60000)
    assert 0.95 < low < 1 < high < 1.05


@pytest.mark.parametrize("expression, chosen", [
    ("sigmoid", {"activations.sigmoid", "activations.sigmoid_backward"}),
    ("activations and not backward", {"activations.step", "activations.sigmoid", "activations.tanh",
                                      "activations.relu", "activations.leaky_relu", "activations.elu",
                                      "activations.softmax", "activations.prelu",
                                      "activations.softmax_cross_entropy"}),
    ("relu or tanh and backward", {"activations.relu", "activations.leaky_relu", "activations.relu_backward",
                                   "activations.leaky_relu_backward", "activations.tanh_backward",
                                   "activations.prelu", "activations.prelu_backward"}),
    ("(relu or tanh) and backward", {"activations.relu_backward", "activations.leaky_relu_backward",
                                     "activations.tanh_backward", "activations.prelu_backward"}),
    ("SIGMOID and not (backward)", {"activations.sigmoid"}),
])
def test_selection_like_pytest(expression, chosen):
    from grader.curriculum import FUNCTIONS

    keep = parse(expression)
    assert {q for q in FUNCTIONS if keep(q) and q.startswith("activations")} == chosen


@pytest.mark.parametrize("expression", ["", "and", "relu and", "(relu", "relu)", "not", "a b"])
def test_bad_selections_say_why(expression):
    with pytest.raises(SelectionError, match="-k"):
        parse(expression)


def test_a_failure_among_generated_cases_is_reported_on_the_smallest_input(tmp_path):
    from grader.grading import grade

    # Wrong from two rows on, whatever the columns: the smallest failing inputs have one column.
    (tmp_path / "activations.py").write_text(
        "import numpy as np\n\n\n"
        "def relu(Z):\n"
        "    return np.maximum(0, Z) * (1.5 if Z.shape[0] >= 2 else 1.0)\n")
    report = grade(str(tmp_path), only=["activations.relu"])
    shapes = [np.array(ast.literal_eval(found)).shape
              for found in re.findall(r"input: +relu\(np\.array\((.*)\)\)", report.exercises[0].feedback)]
    assert len(shapes) >= 2 and all(shape[1] == 1 for shape in shapes), report.exercises[0].feedback


def test_a_failure_that_its_replay_does_not_repeat_is_reported_with_the_state_it_suggests(tmp_path):
    from grader.grading import grade
    from grader.results import Status

    # Wrong once, on the first 2 x 2 input; the engine's replay of that same input is right.
    (tmp_path / "activations.py").write_text(
        "import numpy as np\n_failed = []\n\n\n"
        "def relu(Z):\n"
        "    if Z.shape == (2, 2) and not _failed:\n"
        "        _failed.append(True)\n"
        "        return np.maximum(0, Z) * 1.5\n"
        "    return np.maximum(0, Z)\n")
    result = grade(str(tmp_path), only=["activations.relu"]).exercises[0]
    assert result.status is Status.FAILED
    assert "different results for the same input" in result.feedback
