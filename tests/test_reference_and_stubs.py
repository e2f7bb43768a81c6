"""The grader on its own files: the reference passes everything, every stub is 'not implemented yet'."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from grader.curriculum import FUNCTIONS
from grader.grading import grade
from grader.results import CheckStatus, Status


@pytest.fixture(scope="module")
def solutions_report(root):
    return grade(str(root / "solutions"))


def test_every_reference_function_passes(solutions_report):
    assert [e.qualname for e in solutions_report.exercises] == list(FUNCTIONS)
    failures = [e.feedback for e in solutions_report.exercises if e.status is not Status.PASSED]
    assert not failures, "\n\n".join(failures)
    assert solutions_report.exit_code == 0
    assert solutions_report.score == solutions_report.max_score
    assert all(c.status is CheckStatus.PASSED for e in solutions_report.exercises for c in e.checks)


def test_every_stub_is_not_implemented_yet(root):
    report = grade(str(root / "exercises"))
    code = [e for e in report.exercises if not e.module.startswith("quiz.")]
    quiz = [e for e in report.exercises if e.module.startswith("quiz.")]
    assert {e.status for e in code} == {Status.NOT_IMPLEMENTED}
    assert [e.qualname for e in code] == list(FUNCTIONS)
    assert report.exit_code == 1
    assert all("not implemented yet" in e.feedback for e in code)
    assert quiz and {e.status for e in quiz} == {Status.NOT_ANSWERED}, "the answers template is all unanswered"


def test_the_reference_runs_sandboxed(solutions_report):
    expected = "namespace" if sys.platform.startswith("linux") else "none"
    assert solutions_report.isolation == expected


def test_grading_writes_nothing_into_the_submission(root, tmp_path):
    submission = tmp_path / "mine"
    submission.mkdir()
    for name in ("activations.py", "initialization.py"):
        (submission / name).write_text((root / "solutions" / name).read_text())
    before = sorted(p.name for p in submission.iterdir())
    environment = dict(os.environ, CI="true", PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-m", "grader", "--format", "json", "-k", "relu", str(submission)],
                          capture_output=True, text=True, cwd=submission, env=environment)
    assert done.returncode == 0, done.stderr
    json.loads(done.stdout)
    assert sorted(p.name for p in submission.iterdir()) == before  # no .hypothesis/, no __pycache__/
