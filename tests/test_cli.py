"""The grade command as a learner or a CI script uses it."""
from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys

import pytest

from grader import __version__
from grader.curriculum import CURRICULUM, FUNCTIONS, MODULES


def _environment(root, extra: dict) -> dict:
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment.update(PYTHONPATH=str(root), **extra)
    return environment


def run(root, *args, env=None, cwd=None):
    environment = _environment(root, env or {})
    return subprocess.run([sys.executable, "-m", "grader", *args], capture_output=True, text=True,
                          env=environment, cwd=cwd or root)


def test_stubs_are_listed_as_not_implemented_and_exit_1(root):
    done = run(root, "exercises/")
    assert done.returncode == 1
    for qualname in FUNCTIONS:
        name = qualname.split(".")[1]
        assert any(name in line and "not implemented yet" in line for line in done.stdout.splitlines()), name
    progress = ", ".join(f"{m.name} 0/{len(m.functions)}" for m in CURRICULUM)
    assert f"Progress: {progress}" in done.stdout
    assert "Next up: activations.step" in done.stdout
    assert done.stderr == ""


def test_json_report_is_the_only_thing_on_stdout(root):
    done = run(root, "--format", "json", "-k", "relu", "solutions/")
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert report["version"] == 1
    assert {"score", "max_score", "exercises", "isolation", "seed"} <= set(report)
    assert [e["function"] for e in report["exercises"]] == ["relu", "leaky_relu", "relu_backward",
                                                            "leaky_relu_backward", "prelu", "prelu_backward"]
    for exercise in report["exercises"]:
        assert set(exercise) >= {"module", "function", "status", "score", "max_score", "feedback", "checks"}
        assert exercise["status"] == "passed" and exercise["score"] == exercise["max_score"]
        for check in exercise["checks"]:
            assert set(check) >= {"name", "status", "message"}


@pytest.mark.parametrize("args, fragment", [
    (("nowhere/",), "no such file or folder"),
    (("-k", "relu and (", "solutions/"), "-k"),
    (("-k", "zzz", "solutions/"), "matches no function"),
    (("--format", "xml", "solutions/"), "--format"),
    ((), "missing PATH"),
    (("--seed", "-1", "solutions/"), "--seed"),
    (("setup.cfg",), "not an exercise module"),
    (("--bogus", "solutions/"), "--bogus"),
])
def test_usage_errors_are_one_line_and_exit_2(root, args, fragment):
    done = run(root, *args)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("grade: error:") and fragment in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_version_and_help(root):
    done = run(root, "--version")
    assert done.returncode == 0 and __version__ in done.stdout and "hypothesis" in done.stdout
    done = run(root, "--help")
    assert done.returncode == 0 and "Examples:" in done.stdout and "grade -k sigmoid" in done.stdout


def test_one_module_file_grades_that_module_only(root, tmp_path):
    shutil.copy(root / "solutions" / "deep_network.py", tmp_path / "deep_network.py")
    done = run(root, "--format", "json", str(tmp_path / "deep_network.py"))
    report = json.loads(done.stdout)
    assert {e["module"] for e in report["exercises"]} == {"deep_network"}
    assert len(report["exercises"]) == len(MODULES["deep_network"].functions)
    assert done.returncode == 0, [e["feedback"] for e in report["exercises"] if e["status"] != "passed"]


def test_a_missing_module_is_reported_missing(root, tmp_path):
    shutil.copy(root / "solutions" / "activations.py", tmp_path / "activations.py")
    done = run(root, "--format", "json", str(tmp_path))
    statuses = {(e["module"], e["status"]) for e in json.loads(done.stdout)["exercises"]}
    assert statuses == {("activations", "passed")} | {(m, "missing") for m in MODULES if m != "activations"}
    assert done.returncode == 1


def _on_a_terminal(root, env):
    main, secondary = pty.openpty()
    environment = _environment(root, env)
    process = subprocess.Popen([sys.executable, "-m", "grader", "-k", "step", "solutions/"], cwd=root,
                               stdout=secondary, stderr=secondary, env=environment)
    os.close(secondary)
    output = b""
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(main, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(30)
    os.close(main)
    return output.decode()


def test_colour_only_on_a_terminal_and_never_with_no_color(root):
    assert "\x1b[" in _on_a_terminal(root, {})
    assert "\x1b[" not in _on_a_terminal(root, {"NO_COLOR": "1"})
    assert "\x1b[" not in run(root, "-k", "step", "solutions/").stdout


def test_an_interrupt_stops_everything_at_once(root, tmp_path):
    import glob
    import signal
    import time

    # Its own temporary folder, so that other graders running on the machine do not count.
    process = subprocess.Popen([sys.executable, "-m", "grader", "solutions/"], cwd=root,
                               env=_environment(root, {"TMPDIR": str(tmp_path)}),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.8)
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - started < 5
    assert process.returncode in (0, 130)  # 0 only if it finished before the signal arrived
    if process.returncode == 130:
        assert err.strip() == "grade: error: interrupted" and "Traceback" not in err
    time.sleep(0.3)
    assert glob.glob(f"{tmp_path}/nn-grader-*") == []
    listing = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "grader.sandbox import worker" not in listing
