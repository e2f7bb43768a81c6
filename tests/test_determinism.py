"""The same submission always gets the same report, byte for byte, wherever it runs."""
from __future__ import annotations

import os
import subprocess
import sys


def _buggy(root, folder):
    """A submission with a few typical bugs, so the report has failures and minimal examples."""
    source = (root / "solutions" / "activations.py").read_text()
    source = source.replace("    E = np.exp(-np.abs(Z))\n    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))",
                            "    return np.exp(Z) / (1 + np.exp(Z))")
    source = source.replace("return np.where(Z > 0, Z, alpha * Z)", "return np.where(Z > 0, Z, 0.01 * Z)")
    (folder / "activations.py").write_text(source)
    network = (root / "solutions" / "deep_network.py").read_text()
    network = network.replace("keepdims=True) / m", ") / m").replace("for l in range(1, L + 1):\n        updated",
                                                                        "for l in range(1, L):\n        updated")
    (folder / "deep_network.py").write_text(network)


def _report(root, folder, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")}
    environment.update(PYTHONPATH=str(root), **env)
    done = subprocess.run([sys.executable, "-m", "grader", "--format", "json", str(folder)],
                          capture_output=True, env=environment, cwd=folder)
    assert done.returncode == 1, done.stderr
    return done.stdout


def test_two_runs_give_byte_identical_json(root, tmp_path):
    _buggy(root, tmp_path)
    first = _report(root, tmp_path)
    second = _report(root, tmp_path, CI="true", PYTHONHASHSEED="123")
    assert first == second
    assert b'"status": "failed"' in first


def test_text_report_is_stable_too(root, tmp_path):
    _buggy(root, tmp_path)
    environment = dict(os.environ, PYTHONPATH=str(root))
    runs = [subprocess.run([sys.executable, "-m", "grader", "--jobs", str(jobs), str(tmp_path)], capture_output=True,
                           env=environment).stdout for jobs in (1, 2)]
    assert runs[0] == runs[1]
