"""The catalogue's blind-spot claims, proved against a course-style fixed-example test.

A mutant marked ``blind_spot: yes`` must pass ``passes_course_example`` (the
course's kind of test lets it through); one marked ``no`` must fail it. The
mutants are our own files, so loading them here, in the test process, is safe.
"""
from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from catalogue import loader

from grader.curriculum import CURRICULUM, FUNCTIONS
from grader.reference import load_module

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = loader.load("mutants")


REFERENCES: dict[str, ModuleType] = {}
for _module in CURRICULUM:
    REFERENCES[_module.name] = load_module(ROOT / "solutions" / f"{_module.name}.py", f"_reference_{_module.name}",
                                     dict(REFERENCES))
COURSE = load_module(ROOT / "tests" / "catalogue" / "course_examples.py", "_catalogue_course_examples", {})


def _load_mutant(entry) -> ModuleType:
    mutant = load_module(entry.path, "_mutant_" + re.sub(r"\W", "_", entry.id), dict(REFERENCES))
    # The grader hands the graded function reference versions of everything else.
    for name, value in vars(REFERENCES[entry.module]).items():
        if not name.startswith("__") and name not in vars(mutant):
            setattr(mutant, name, value)
    return mutant


@pytest.mark.parametrize("entry", MUTANTS, ids=[e.id for e in MUTANTS])
def test_blind_spot_claim_holds(entry) -> None:
    assert entry.blind_spot is not None, "every mutant says whether it is a blind spot"
    candidate = getattr(_load_mutant(entry), entry.function)
    reference = getattr(REFERENCES[entry.module], entry.function)
    np.random.seed(0)
    passed = COURSE.passes_course_example(entry.qualname, candidate, reference)
    if entry.blind_spot:
        assert passed, "claimed blind spot, but the course-style example catches it"
    else:
        assert not passed, "not claimed a blind spot, but the course-style example lets it through"


@pytest.mark.parametrize("qualname", list(FUNCTIONS))
def test_reference_passes_course_example(qualname: str) -> None:
    module, function = qualname.split(".")
    reference = getattr(REFERENCES[module], function)
    np.random.seed(0)
    assert COURSE.passes_course_example(qualname, reference, reference)


@pytest.mark.parametrize("kind", loader.KINDS)
def test_every_entry_header_is_well_formed(kind) -> None:
    for entry in loader.load(kind):
        assert entry.description and entry.path.stem.startswith(entry.function + "__"), entry.id
        allowed = {"mutants": ("failed", "error", "timeout"), "alternatives": ("passed",),
                   "hostile": ("failed", "error", "timeout", "passed")}[kind]
        assert entry.expect in allowed, entry.id
        assert entry.scope in ("function", "module"), entry.id
