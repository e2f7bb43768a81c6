"""The checks of every exercise, one module per exercise module (``grader/checks/<module>.py``)."""
from __future__ import annotations

from grader.checks.framework import Exercise


def registry() -> dict[str, Exercise]:
    """Every declared exercise, by ``"module.function"``."""
    from importlib import import_module

    from grader.curriculum import CURRICULUM

    out: dict[str, Exercise] = {}
    for module in CURRICULUM:
        try:
            declared = import_module(f"grader.checks.{module.name}").EXERCISES
        except ModuleNotFoundError:
            continue
        for exercise in declared:
            out[exercise.function.qualname] = exercise
    return out
