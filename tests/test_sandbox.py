"""Graded code cannot see or change anything outside its scratch folder, and leaves nothing running."""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from grader.grading import grade, run_sharded
from grader.reference import reference_files
from grader.results import Status

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the sandbox is Linux namespaces")


def _digest(paths) -> dict:
    return {str(p): hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths}


def test_rewriting_the_reference_changes_nothing(root, tmp_path):
    reference = reference_files()
    before = _digest(reference)
    shutil.copy(root / "tests/catalogue/hostile/activations/sigmoid__rewrite_reference.py", tmp_path / "activations.py")
    report = grade(str(tmp_path), only=["activations.sigmoid"])
    assert report.exercises[0].status is Status.FAILED
    assert _digest(reference) == before
    assert not (reference[0].parent / "__pycache__").exists()
    later = grade(str(root / "solutions"), only=["activations.sigmoid", "activations.tanh"])
    assert all(e.status is Status.PASSED for e in later.exercises)


def test_graded_code_cannot_read_the_reference_or_write_outside_its_folder(root, tmp_path):
    submission = tmp_path / "submission"
    submission.mkdir()
    targets = [root / "planted.txt", root / "solutions" / "planted.txt", tmp_path / "planted.txt",
               submission / "planted.txt", Path("/tmp/nn-grader-planted.txt"), Path.home() / "nn-grader-planted.txt"]
    reference = reference_files()[0]
    (submission / "activations.py").write_text(textwrap.dedent(f"""
        import numpy as np

        def relu(Z):
            escaped = []
            for path in {[str(t) for t in targets]!r}:
                try:
                    with open(path, "w") as f:
                        f.write("escaped")
                    escaped.append(path)
                except OSError:
                    pass
            try:
                open({str(reference)!r}).read()
                escaped.append("read the reference")
            except OSError:
                pass
            return np.maximum(0, Z) if not escaped else Z * 0 + 42
    """))
    report = grade(str(submission), only=["activations.relu"])
    assert report.exercises[0].status is Status.PASSED, report.exercises[0].feedback
    assert [t for t in targets if t.exists()] == []


def test_a_stray_numpy_file_is_ignored_and_named(root, tmp_path):
    (tmp_path / "numpy.py").write_text("raise RuntimeError('this is not numpy')\n")
    shutil.copy(root / "solutions" / "activations.py", tmp_path / "activations.py")
    report = grade(str(tmp_path), select="activations")
    assert all(e.status is Status.PASSED for e in report.exercises)
    assert any("numpy.py" in notice for notice in report.notices)


def _sandbox_processes() -> list[str]:
    listing = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in listing.splitlines() if "grader.sandbox import worker" in line]


def test_nothing_keeps_running_after_a_grade(root, tmp_path):
    shutil.copy(root / "tests/catalogue/hostile/deep_network/update_parameters__fork_child.py",
                tmp_path / "deep_network.py")
    before = _sandbox_processes()
    report = grade(str(tmp_path), only=["deep_network.update_parameters"])
    assert report.exercises[0].status is Status.FAILED
    assert _sandbox_processes() == before


def test_a_process_left_behind_cannot_reach_the_functions_graded_after_it(root, tmp_path, monkeypatch):
    # One judge grades every function in turn; sigmoid's background process keeps sending SIGKILL to
    # everything it may signal. It must be gone before the next function's process starts.
    monkeypatch.setenv("NN_GRADER_ISOLATION", "namespace")
    source = (root / "solutions" / "activations.py").read_text()
    (tmp_path / "activations.py").write_text(source + textwrap.dedent("""

        _reference_sigmoid = sigmoid


        def sigmoid(Z):
            import os, signal, time
            if os.fork() == 0:
                os.setsid()
                while True:
                    try:
                        os.kill(-1, signal.SIGKILL)
                    except OSError:
                        pass
                    time.sleep(0.001)
            time.sleep(0.05)
            return _reference_sigmoid(Z)
    """))
    report = grade(str(tmp_path), select="sigmoid or relu or tanh", jobs=1)
    statuses = {e.function: e.status for e in report.exercises}
    assert statuses.pop("sigmoid") in (Status.ERROR, Status.TIMEOUT)
    assert set(statuses.values()) == {Status.PASSED}, report.exercises


@pytest.mark.parametrize("level", ["chroot", "none"])
def test_fallback_isolation_levels_still_grade(root, monkeypatch, level):
    if level == "chroot" and __import__("os").geteuid() != 0:
        pytest.skip("chroot needs root")
    monkeypatch.setenv("NN_GRADER_ISOLATION", level)
    report = grade(str(root / "solutions"), select="activations or initialize_parameters_deep or linear_forward")
    assert report.isolation == level
    assert all(e.status is Status.PASSED for e in report.exercises), [e.feedback for e in report.exercises]


def test_the_worker_refuses_to_run_learner_code_when_the_reference_would_be_visible(root, tmp_path):
    import sys as system

    from grader.sandbox.client import Worker, WorkerPlan, WorkerStartError

    (tmp_path / "sub" / ".nn-grader").mkdir(parents=True)
    (tmp_path / "root").mkdir()
    __import__("os").chmod(tmp_path, 0o755)
    plan = WorkerPlan(scratch=str(tmp_path / "sub"), root_dir=str(tmp_path / "root"),
                      output_dir=str(tmp_path / "sub" / ".nn-grader"), modules=[], present={}, contract={},
                      draws_random=[], readable=[system.base_prefix], masked=[],
                      canaries=[__import__("os").__file__], isolation=["namespace"])
    worker = Worker.start(plan, 1)
    with pytest.raises(WorkerStartError, match="still visible"):
        worker.wait_ready()


def test_an_isolation_level_that_cannot_be_reached_is_refused(tmp_path):
    import os

    from grader.sandbox import worker

    pid = os.fork()
    if pid == 0:
        os.getuid = lambda: 1000  # as a normal user, chroot is out of reach
        try:
            worker._confine({"scratch": str(tmp_path), "isolation": ["chroot"], "confine": {}})
        except worker.confinement.ConfinementError as error:
            os._exit(0 if "chroot: needs root" in str(error) else 2)
        os._exit(1)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


@pytest.mark.skipif(len(getattr(__import__("os"), "sched_getaffinity", lambda _: ())(0)) < 2,
                    reason="needs two CPUs")
def test_each_judge_and_the_code_it_grades_share_one_cpu(tmp_path):
    # Every call is a round trip between the two processes: on one CPU it costs half (see placement).
    (tmp_path / "activations.py").write_text(textwrap.dedent("""
        import os


        def sigmoid(Z):
            raise ValueError(f"on CPUs {sorted(os.sched_getaffinity(0))}")


        relu = sigmoid
    """))
    report = grade(str(tmp_path), only=["activations.sigmoid", "activations.relu"], jobs=2)
    places = [set(re.findall(r"on CPUs (\[[^]]*\])", e.feedback)) for e in report.exercises]
    assert all(len(found) == 1 and "," not in next(iter(found)) for found in places), places


@pytest.mark.skipif(len(getattr(__import__("os"), "sched_getaffinity", lambda _: ())(0)) < 2,
                    reason="needs two CPUs")
def test_the_judges_take_one_cpu_each_round_robin():
    import os

    cpus = sorted(os.sched_getaffinity(0))
    shards = len(cpus) + 1
    found = run_sharded(list(range(4 * shards)), shards,
                        lambda shard, item: {"shard": shard, "cpus": sorted(os.sched_getaffinity(0))},
                        on_lost=lambda item: {})
    assert {(r["shard"], tuple(r["cpus"])) for r in found} <= {(s, (cpus[s % len(cpus)],)) for s in range(shards)}
    assert sorted(os.sched_getaffinity(0)) == cpus  # the parent stays where it was


def test_graded_code_reads_a_clock_that_is_the_same_on_every_run(tmp_path):
    # A seed taken from the clock must not make the grade depend on when it ran.
    (tmp_path / "activations.py").write_text(textwrap.dedent("""
        import datetime
        import time


        def sigmoid(Z):
            raise ValueError(f"clock {time.time()} {time.time_ns()} {datetime.datetime.now().isoformat()}")
    """))
    first, second = (grade(str(tmp_path), only=["activations.sigmoid"]).exercises[0].feedback for _ in range(2))
    readings = re.findall(r"clock (\S+) (\S+) (\S+)", first)
    assert first == second and readings, first
    seconds, nanoseconds, _ = readings[0]
    assert float(seconds) != float(nanoseconds) / 1e9  # every reading moves the clock on
