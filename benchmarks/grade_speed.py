"""How fast is grading, relative to the unavoidable floor?

In one run this times, as fresh processes (median of several repeats):

* the floor:      python -c "import numpy, hypothesis, click"
* grade solutions/            (every check runs: the whole curriculum, nine modules)
* grade exercises/            (every function is a stub)
* grade -k sigmoid solutions/ (one function, plus sigmoid_backward which matches too)

and prints each as a ratio to the floor. Targets: the whole curriculum at most
6x the floor, one function at most 2x. Usage:

    python benchmarks/grade_speed.py [--repeats N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"grade solutions/": 6.0, "grade -k sigmoid solutions/": 2.0}


def _grade(*args: str) -> list[str]:
    return [sys.executable, "-m", "grader", *args]


COMMANDS = {
    "floor (import numpy, hypothesis, click)": [sys.executable, "-c", "import numpy, hypothesis, click"],
    "grade solutions/": _grade("solutions/"),
    "grade exercises/": _grade("exercises/"),
    "grade -k sigmoid solutions/": _grade("-k", "sigmoid", "solutions/"),
}


def timed(commands: dict[str, list[str]], repeats: int) -> dict[str, float]:
    """Median wall time of each command; the commands take turns, so drift hits them alike."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    repeats = parser.parse_args().repeats
    # numpy, hypothesis and click come precompiled; so should we, even where
    # PYTHONDONTWRITEBYTECODE keeps Python from caching bytecode itself.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "grader")], check=True)
    timed(COMMANDS, 1)  # warm the file cache
    results = timed(COMMANDS, repeats)
    floor = next(iter(results.values()))
    print(f"{'command':45} {'seconds':>8} {'x floor':>8}  target")
    missed = False
    for name, seconds in results.items():
        ratio = seconds / floor
        target = TARGETS.get(name)
        verdict = "" if target is None else f"<= {target:g}x " + ("ok" if ratio <= target else "MISSED")
        missed |= target is not None and ratio > target
        print(f"{name:45} {seconds:8.3f} {ratio:8.2f}  {verdict}")
    print(f"(median of {repeats} runs each, {os.cpu_count()} cores)")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
