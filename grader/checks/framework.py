"""The vocabulary for declaring what a graded function must do.

* A :class:`Case` is one set of arguments (plus what the checks need to judge
  the answer, such as the network the arguments were computed from).
* A :class:`Trial` is one call of the learner's function on a case, as the
  checks see it: the value that came back, the inputs after the call, and
  the reference's answer, computed on demand.
* A :class:`Check` is one named property, with the sentence the learner reads;
  its ``verify`` raises :class:`Mismatch` when a trial breaks it.
* A :class:`Probe` generates cases (a Hypothesis strategy, plus examples that
  are always tried: m = 1, a one-unit layer, ...) and runs its checks on every
  call, so one call serves several checks.
* A :class:`Mistake` recognises a known wrong answer and names it.
* An :class:`Exercise` gathers the probes and mistakes of one function, and
  the reference functions its code may call.

Declarations live in ``grader/checks/<module>.py``, one module per exercise
module, next to each other.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

import numpy as np

from grader.curriculum import FunctionSpec


class Mismatch(Exception):
    """A check's verdict on one trial: what is wrong, and what to show for it."""

    def __init__(self, message: str, *, expected: str | None = None, got: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.expected = expected
        self.got = got
        self.hint = hint


class NotApplicable(Exception):
    """A check cannot judge this trial (say, a value check when the shape is already wrong)."""


@dataclass(frozen=True)
class Case:
    """Arguments for one call, and how to show them to the learner.

    ``recipe`` replaces the plain ``f(args)`` rendering when the arguments are
    derived from something simpler (caches from a forward pass, say); it is a
    function, called only when a failure is shown.
    ``context`` carries whatever the checks need that is not an argument.
    """

    args: tuple
    kwargs: dict = field(default_factory=dict)
    recipe: Callable[[], str] | None = None
    context: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        # Hypothesis formats every explicit example, even one that passes; printing the
        # arrays would cost more than the call. Feedback renders cases its own way.
        return f"Case({len(self.args)} args)"

    def _repr_pretty_(self, printer, cycle) -> None:
        # Hypothesis's printer walks dataclasses field by field, past __repr__: a tenth of a module's time.
        printer.text(repr(self))

    @property
    def size(self) -> int:
        """How big the case is, to prefer the smallest failing one."""
        total = 0
        stack = [self.args, self.kwargs]
        while stack:
            item = stack.pop()
            if isinstance(item, np.ndarray):
                total += item.size
            elif isinstance(item, (list, tuple)):
                stack.extend(item)
                total += 1
            elif isinstance(item, dict):
                stack.extend(item.values())
            else:
                total += 1
        return total


class Trial:
    """One call of the learner's function, as the checks see it."""

    def __init__(self, case: Case, value, args_after, reference: Callable, extra: dict | None = None):
        self.case = case
        self.value = value
        self.args_after = args_after
        self.reference = reference
        self.extra = extra or {}
        self.notes: list[str] = []

    @cached_property
    def expected(self):
        """The reference's answer on a private copy of the same arguments."""
        return self.reference(*copy.deepcopy(self.case.args), **copy.deepcopy(self.case.kwargs))


@dataclass(frozen=True)
class Check:
    """One named property of a function.

    ``verify`` raises :class:`Mismatch` when a trial breaks the property, and
    :class:`NotApplicable` when another check already covers what is wrong.
    """

    name: str
    sentence: str
    verify: Callable[[Trial], None]


RUNS = "runs"
RUNS_SENTENCE = "runs without an exception on valid inputs and returns plain NumPy data"


def single_call(case: Case, caller) -> Trial:
    """The usual way to try a case: call the function once."""
    return caller.trial(case)


def three_calls(case: Case, caller) -> Trial:
    """The same seed twice, then another seed."""
    first = caller.trial(case, seed=101)
    first.extra["again"] = caller.trial(case, seed=101).value
    first.extra["other"] = caller.trial(case, seed=202).value
    return first


def signature_only(case: Case, caller) -> Trial:
    """No call: the learner's signature, as the worker read it, is what is judged."""
    return Trial(case, None, None, lambda *a, **k: None, {"signature": caller.signature})


@dataclass(frozen=True)
class Probe:
    """Cases to try and the checks that judge every call on them.

    With ``cases=None`` only the ``examples`` are tried (fixed scenarios such
    as a statistical test on one large layer).
    """

    name: str
    checks: tuple[Check, ...]
    cases: object = None  # a Hypothesis strategy of Case, or None
    examples: tuple[Case, ...] = ()
    max_examples: int = 20
    return_args: bool = False
    seconds: float = 2.0
    run: Callable = single_call


@dataclass(frozen=True)
class Mistake:
    """A known wrong answer: when ``matches`` holds on a failing trial, ``hint`` names it."""

    hint: str
    matches: Callable[[Trial], bool]
    checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    """Everything the grader checks about one contract function."""

    function: FunctionSpec
    probes: tuple[Probe, ...]
    mistakes: tuple[Mistake, ...] = ()
    uses: tuple[str, ...] = ()
    note: str = ""
    budget_seconds: float = 30.0
    weight: float = 1.0
    exception_hints: tuple[tuple[str, str, str], ...] = ()  # (exception type, message fragment, hint)

    @property
    def cost(self) -> float:
        """A rough measure of the work, to share exercises evenly among judge processes."""
        return self.weight * sum((p.max_examples if p.cases is not None else 0) + len(p.examples)
                                 for p in self.probes)

    @property
    def checks(self) -> list[Check]:
        seen, out = set(), []
        for probe in self.probes:
            for check in probe.checks:
                if check.name not in seen:
                    seen.add(check.name)
                    out.append(check)
        return out
