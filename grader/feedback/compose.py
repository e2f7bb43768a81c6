"""Turning what the checks found into what a learner reads.

Short and concrete: the input (pasteable), what was expected, what came
back, the likely mistake, and the note that explains it. Never the
reference code.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from grader.checks.framework import RUNS, RUNS_SENTENCE, Case, Exercise
from grader.checks.mistakes import exception_hint
from grader.feedback import render
from grader.results import CheckResult, CheckStatus, ExerciseResult, Status, status_of


@dataclass
class Failure:
    """One check failing on one case, before it is put into words."""

    check: str
    case: Case | None
    status: CheckStatus
    message: str
    expected: str | None = None
    got: str | None = None
    hint: str | None = None
    trial: object = None


def input_of(case, exercise: Exercise) -> str | None:
    if case is None:
        return None
    if case.recipe:
        return case.recipe()
    return render.call(exercise.function.name, case.args, case.kwargs)


def raised_failure(outcome, case, exercise: Exercise) -> Failure:
    where = ""
    if outcome.where:
        filename, line, function = (list(outcome.where) + [None, None, None])[:3]
        where = f" ({filename}, line {line}" + (f", in {function})" if function else ")")
    message = outcome.message.strip()
    if outcome.type == "SystemExit":
        text = f"called sys.exit({outcome.exit_code if outcome.exit_code not in (None, 'None') else ''}){where}"
    else:
        text = f"raised {outcome.type}" + (f": {message}" if message else "") + where
    hint = next((h for kind, fragment, h in exercise.exception_hints
                 if kind == outcome.type and fragment in message), None)
    hint = hint or exception_hint(outcome.type, message, exercise.function.signature)
    if outcome.errno == 27:
        text = "printed too much output" + where
    return Failure(RUNS, case, CheckStatus.ERROR, text, hint=hint)


def unsupported_failure(outcome, case) -> Failure:
    what = outcome.what
    hint = None
    if "subclass" in what:
        hint = "Return a plain NumPy array (np.asarray(x) turns a subclass such as np.matrix into one)."
    elif "dtype object" in what or "dtype=object" in what:
        hint = "An array of Python objects usually comes from mixing arrays of different shapes in np.array([...])."
    else:
        hint = "Return NumPy arrays, numbers, strings, or tuples, lists and dicts of them."
    return Failure(RUNS, case, CheckStatus.FAILED, f"returned {what}, which the grader cannot accept"
                   if outcome.part == "it" else f"left {what} in its inputs", hint=hint)


def _hint(failure, exercise: Exercise) -> str | None:
    trial = failure.trial
    if trial is not None:
        for mistake in exercise.mistakes:
            if mistake.checks and failure.check not in mistake.checks:
                continue
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                if mistake.matches(trial):
                    return mistake.hint
    return failure.hint


def check_failure(failure, sentence: str, exercise: Exercise) -> CheckResult:
    return CheckResult(
        failure.check, sentence, failure.status, failure.message, input_of(failure.case, exercise),
        failure.expected, failure.got, _hint(failure, exercise),
    )


def _uses_note(exercise: Exercise, used: tuple[str, ...]) -> str | None:
    if not used:
        return None
    names = ", ".join(q.split(".")[-1] for q in used)
    return (f"While {exercise.function.name} is graded, the contract functions it calls ({names}) are the "
            "reference versions, so a bug in your own copies cannot fail it: only its own code is judged here.")


def graded(exercise: Exercise, checks: tuple[CheckResult, ...], notes: tuple[str, ...], used: tuple[str, ...] = ()
           ) -> ExerciseResult:
    spec = exercise.function
    status = status_of(checks)
    score = float(spec.points) if status is Status.PASSED else 0.0
    lines = [_headline(spec.name, status, checks)]
    hinted: set[str] = set()
    for check in checks:
        if check.status in (CheckStatus.FAILED, CheckStatus.ERROR, CheckStatus.TIMEOUT):
            lines.append(_describe(check, repeat_hint=check.hint not in hinted))
            hinted.add(check.hint)
    if status is not Status.PASSED:
        uses = _uses_note(exercise, used)
        if uses:
            lines.append(uses)
        if exercise.note:
            lines.append(f"See {exercise.note}.")
    lines += [f"Note: {n}" for n in notes]
    return ExerciseResult(spec.module, spec.name, status, score, float(spec.points), "\n".join(lines), checks, notes)


def _headline(name: str, status: Status, checks: tuple[CheckResult, ...]) -> str:
    judged = [c for c in checks if c.name != RUNS]
    if status is Status.PASSED:
        return f"{name} passed all {len(checks)} checks."
    bad = [c for c in checks if c.status is not CheckStatus.PASSED and c.status is not CheckStatus.SKIPPED]
    if status is Status.TIMEOUT:
        return f"{name} ran out of time."
    if status is Status.ERROR:
        return f"{name} stopped with an error."
    return f"{name} failed {len(bad)} of {len(judged) + 1} checks."


def _describe(check: CheckResult, *, repeat_hint: bool = True) -> str:
    lines = [f"- {check.description}: {check.message}" if check.message else f"- {check.description}"]
    if check.input:
        shown = check.input.replace("\n", "\n            ")
        lines.append(f"    input:    {shown}")
    if check.expected is not None:
        lines.append(f"    expected: {check.expected}")
    if check.got is not None:
        lines.append(f"    got:      {check.got}")
    if check.hint and repeat_hint:
        lines.append(f"    likely mistake: {check.hint}")
    elif check.hint:
        lines.append("    likely mistake: the same as above.")
    return "\n".join(lines)


def _skipped(exercise: Exercise, reason: str) -> tuple[CheckResult, ...]:
    names = [(RUNS, RUNS_SENTENCE)] + [(c.name, c.sentence) for c in exercise.checks]
    return tuple(CheckResult(n, s, CheckStatus.SKIPPED, f"not checked: {reason}") for n, s in names)


def not_implemented(exercise: Exercise) -> ExerciseResult:
    spec = exercise.function
    text = (f"{spec.name} is not implemented yet: it still raises NotImplementedError. "
            f"Its docstring explains what {spec.signature} should do.")
    return ExerciseResult(spec.module, spec.name, Status.NOT_IMPLEMENTED, 0.0, float(spec.points), text,
                          _skipped(exercise, "not implemented yet"))


def ungraded(exercise: Exercise, status: Status, text: str) -> ExerciseResult:
    """A function that could not be called at all: missing, or its module failed to import."""
    spec = exercise.function
    return ExerciseResult(spec.module, spec.name, status, 0.0, float(spec.points), text,
                          _skipped(exercise, text))
