"""The checks of every exercise, one module per exercise module (``grader/checks/<module>.py``)."""
from __future__ import annotations

from grader.checks.framework import Exercise


def registry(modules=None) -> dict[str, Exercise]:
    """Every declared exercise, by ``"module.function"``; only those of ``modules`` when given.

    Each checks module is several hundred lines of declarations, so a run that grades one
    module imports only that module's checks. (A backward pass's checks call the learner's
    forward pass of the same module only, so its declarations are always among them.)
    """
    from importlib import import_module

    from grader.curriculum import CURRICULUM

    out: dict[str, Exercise] = {}
    for module in CURRICULUM:
        if modules is not None and module.name not in modules:
            continue
        try:
            declared = import_module(f"grader.checks.{module.name}").EXERCISES
        except ModuleNotFoundError:
            continue
        for exercise in declared:
            out[exercise.function.qualname] = exercise
    return out
