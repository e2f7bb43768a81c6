"""Grading one function: its probes, run as Hypothesis properties against one child process.

Every call of a probe is judged by all of the probe's checks. A function whose
very first call raises NotImplementedError is a stub: "not implemented yet". The generated
cases are drawn and judged by :mod:`grader.engine.generation`; a failing call hands the
property to Hypothesis's engine, which shrinks it to the smallest failing input,
and each check reports the smallest input on which it failed. A call that
raises is a failure of the ``runs`` check (and is shrunk like any other); a
call that hangs, crashes or floods its output stops the function (no
shrinking: each attempt would cost seconds), and its remaining checks are
reported as skipped.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
from hypothesis import given

from grader.checks.framework import RUNS, RUNS_SENTENCE, Case, Exercise, Mismatch, NotApplicable, Probe
from grader.engine import generation
from grader.engine.caller import Caller, LearnerRaised, LearnerUnsupported, NotImplementedYet, Stop
from grader.engine.hypothesis_setup import probe_seed, probe_settings, seed_globals
from grader.feedback import compose
from grader.feedback.compose import Failure
from grader.results import CheckResult, CheckStatus, ExerciseResult


@dataclass
class Tally:
    """What the probes of one exercise found, check by check."""

    failures: dict[str, Failure] = field(default_factory=dict)
    evaluated: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    stopped: Stop | None = None

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def keep(self, candidates: list[list[Failure]]) -> None:
        """Keep, per check, the failure on the minimal example (the last call), else the smallest case."""
        if not candidates:
            return
        final = {f.check: f for f in candidates[-1]}
        for check, failure in final.items():
            self.failures.setdefault(check, failure)
        for records in candidates[:-1]:
            for failure in records:
                if failure.check in final:
                    continue
                kept = self.failures.get(failure.check)
                if kept is None or (failure.case is not None and kept.case is not None
                                    and failure.case.size < kept.case.size and kept.check not in final):
                    self.failures[failure.check] = failure


class _Failing(Exception):
    """Raised inside a property so that Hypothesis keeps looking for a smaller input."""


def _judge(probe: Probe, case: Case, caller: Caller, tally: Tally) -> list[Failure]:
    try:
        trial = probe.run(case, caller)
    except LearnerRaised as raised:
        return [compose.raised_failure(raised.outcome, case, caller.exercise)]
    except LearnerUnsupported as unsupported:
        return [compose.unsupported_failure(unsupported.outcome, case)]
    found = []
    for check in probe.checks:
        try:
            check.verify(trial)
            tally.evaluated.add(check.name)
        except NotApplicable:
            continue
        except Mismatch as mismatch:
            tally.evaluated.add(check.name)
            found.append(Failure(check.name, case, CheckStatus.FAILED, mismatch.message, mismatch.expected,
                                 mismatch.got, mismatch.hint, trial))
        except Exception as error:  # noqa: BLE001 - a value the check did not foresee is still not a pass
            tally.evaluated.add(check.name)
            found.append(Failure(check.name, case, CheckStatus.FAILED,
                                 f"returned something this check cannot interpret ({type(error).__name__}: {error})",
                                 trial=trial))
    for text in trial.notes:
        tally.note(text)
    return found


def run_probe(probe: Probe, caller: Caller, tally: Tally, run_seed: int) -> None:
    qualname = caller.exercise.function.qualname
    this_seed = probe_seed(run_seed, qualname, probe.name)
    caller.use(probe, this_seed)
    # The fixed scenarios run as they are, in order, up to the first failure: Hypothesis would not
    # shrink them either, and going through its explicit-example machinery costs more than the call.
    for case in probe.examples:
        seed_globals()
        found = _judge(probe, case, caller, tally)
        if found:
            tally.keep([found])
            return
    if probe.cases is None:
        return
    seen: list[list[Failure]] = []

    def passes(case: Case) -> bool:
        seed_globals()
        found = _judge(probe, case, caller, tally)
        if found:
            seen.append(found)
        return not found

    failing = generation.first_failure(probe.cases, probe.max_examples, this_seed, passes)
    if failing is None:
        return

    def attempt(case: Case) -> None:
        if not passes(case):
            raise _Failing()

    try:
        generation.shrink_from(failing, given(probe.cases)(attempt), probe_settings(probe.max_examples), this_seed)
        reproduced = False  # no call failed under the engine, not even the replay of the failing input
    except _Failing:
        reproduced = True
    except Exception:  # noqa: BLE001 - Hypothesis's own complaints (flaky replays) land here
        reproduced = len(seen) > 1
    if not reproduced:
        tally.failures.setdefault(RUNS, Failure(
            RUNS, None, CheckStatus.FAILED,
            "gave different results for the same input: does it keep state between calls, or draw random "
            "numbers without using NumPy's global generator?"))
    tally.keep(seen)


def run_exercise(exercise: Exercise, caller: Caller, run_seed: int, signature_note: str | None = None) -> ExerciseResult:
    """Grade one function whose module imported and which is defined.

    The judge's own arithmetic on odd values (the reference on a learner's nan, a check on an
    overflow) is expected, so warnings and floating-point errors are silenced here, once for the
    whole exercise: checks, reference calls and call-backs all run inside.
    """
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return _run_exercise(exercise, caller, run_seed, signature_note)


def _run_exercise(exercise: Exercise, caller: Caller, run_seed: int, signature_note: str | None) -> ExerciseResult:
    tally = Tally()
    try:
        for probe in exercise.probes:
            run_probe(probe, caller, tally, run_seed)
    except NotImplementedYet:
        return compose.not_implemented(exercise)
    except Stop as stop:
        tally.stopped = stop
        tally.failures.setdefault(RUNS, Failure(
            RUNS, stop.case, CheckStatus.TIMEOUT if stop.status == "timeout" else CheckStatus.ERROR, stop.message))
    finally:
        caller.close()
    checks = [_check_result(RUNS, RUNS_SENTENCE, tally, exercise)]
    checks += [_check_result(c.name, c.sentence, tally, exercise) for c in exercise.checks]
    if signature_note:
        tally.note(signature_note)
    used = tuple(q for q in exercise.uses if q in caller.references_used)
    return compose.graded(exercise, tuple(checks), tuple(tally.notes), used)


def _check_result(name: str, sentence: str, tally: Tally, exercise: Exercise) -> CheckResult:
    failure = tally.failures.get(name)
    if failure is not None:
        return compose.check_failure(failure, sentence, exercise)
    if name == RUNS or name in tally.evaluated:
        if tally.stopped is not None and name not in tally.evaluated:
            return CheckResult(name, sentence, CheckStatus.SKIPPED, "not checked: " + tally.stopped.message)
        return CheckResult(name, sentence, CheckStatus.PASSED)
    reason = tally.stopped.message if tally.stopped else "an earlier check found the result's type or shape wrong"
    return CheckResult(name, sentence, CheckStatus.SKIPPED, f"not checked: {reason}")


