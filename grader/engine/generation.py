"""A probe's generated cases: drawn with Hypothesis's strategies, judged without its engine until one fails.

Most probes pass (every function that is right passes all of them), and a
passing probe needs nothing but its cases drawn and judged. Hypothesis's
engine wraps every example in bookkeeping meant for long test suites: a tree
of the inputs tried so far, mutations of earlier inputs, a proxy of the test
built with its signature, timing. That cost about 0.4 ms per example, more
than drawing the case and judging a simple function's answer together.

So the cases are drawn here, straight from Hypothesis's ``ConjectureData``
with its own provider (the same distributions: boundary values, small sizes
often), the first one the simplest the strategy can produce, as Hypothesis's
own first example is, and no input judged twice. Only a failure starts the
engine: the failing case is handed over as the engine's example database
would hand over an unshrunk failure from an earlier run, so the engine
replays it first and shrinks it to the smallest failing input.

Like :mod:`grader.engine.hypothesis_setup`, this uses Hypothesis internals
(``ConjectureData``, ``BuildContext``, the database's choice encoding);
tests/test_engine.py fails if an upgrade moves them.
"""
from __future__ import annotations

from random import Random
from typing import Callable

from hypothesis import Phase, seed, settings
from hypothesis.control import BuildContext
from hypothesis.database import InMemoryExampleDatabase, choices_to_bytes
from hypothesis.errors import StopTest, UnsatisfiedAssumption
from hypothesis.internal.conjecture.choice import ChoiceTemplate, choices_key
from hypothesis.internal.conjecture.data import ConjectureData

_SIMPLEST = (ChoiceTemplate("simplest", count=None),)
_DRAWS_PER_EXAMPLE = 3  # draws allowed per example wanted: small strategies repeat themselves, filters reject
_KEY = b"nn-grader"
# Where the engine keeps failures that were not shrunk yet. A failure under _KEY itself counts as already
# shrunk (a minimal example saved by an earlier run) and is only replayed.
_NOT_YET_SHRUNK = _KEY + b".secondary"


def first_failure(cases, max_examples: int, probe_seed: int, judge: Callable[[object], bool]) -> tuple | None:
    """Draw up to ``max_examples`` distinct cases and judge each; the choices that drew the first failing one.

    ``judge(case)`` is true when the case passes. Returns None when all pass.
    """
    source = Random(probe_seed)
    seen: set = set()
    for draw in range(max_examples * _DRAWS_PER_EXAMPLE):
        if len(seen) == max_examples:
            break
        data = ConjectureData(random=source, prefix=_SIMPLEST if draw == 0 else None)
        try:
            with BuildContext(data, is_final=False, wrapped_test=None):
                case = data.draw(cases)
        except (StopTest, UnsatisfiedAssumption):
            continue
        choices = tuple(data.choices)
        key = choices_key(choices)
        if key in seen:
            continue
        seen.add(key)
        if not judge(case):
            return choices
    return None


def shrink_from(choices: tuple, test, base: settings, probe_seed: int) -> None:
    """Run ``test`` (a ``@given`` test, undecorated by settings) under Hypothesis's engine, starting from
    the failure that ``choices`` draws: replayed first, then shrunk. Raises what the test raises."""
    database = InMemoryExampleDatabase()
    database.save(_NOT_YET_SHRUNK, choices_to_bytes(choices))
    configured = settings(base, database=database, phases=(Phase.reuse, Phase.generate, Phase.shrink))
    runnable = configured(seed(probe_seed)(test))
    runnable._hypothesis_internal_database_key = _KEY
    runnable()
