"""The catalogue: every realistic mistake is caught and named, every valid variant passes,
every attack is contained to its own function (or module)."""
from __future__ import annotations

from collections import Counter

import pytest
from catalogue import loader

from grader.curriculum import CURRICULUM, FUNCTIONS
from grader.results import CheckStatus, Status

MUTANTS = loader.load("mutants")
ALTERNATIVES = loader.load("alternatives")
HOSTILE = loader.load("hostile")


def _ids(entries):
    return [e.id for e in entries]


@pytest.mark.parametrize("entry", MUTANTS, ids=_ids(MUTANTS))
def test_mutant_is_caught_and_named(catalogue, entry):
    _, result, _ = catalogue.of("mutants")[entry.id]
    assert result.status is not Status.PASSED, f"{entry.id} passed: {entry.description}"
    # Wrong values and exceptions are both caught mistakes; which one shows first depends on the input that
    # exposes the bug first, so only a timeout is told apart.
    assert (result.status is Status.TIMEOUT) == (entry.expect == "timeout"), result.feedback
    for phrase in entry.feedback:
        assert phrase.lower() in result.feedback.lower(), f"feedback does not name {phrase!r}:\n{result.feedback}"


@pytest.mark.parametrize("entry", ALTERNATIVES, ids=_ids(ALTERNATIVES))
def test_valid_alternative_passes(catalogue, entry):
    _, result, _ = catalogue.of("alternatives")[entry.id]
    assert result.status is Status.PASSED, result.feedback


@pytest.mark.parametrize("entry", HOSTILE, ids=_ids(HOSTILE))
def test_hostile_entry_is_contained(catalogue, entry):
    _, result, neighbours = catalogue.of("hostile")[entry.id]
    assert result.status.value == entry.expect, result.feedback
    for phrase in entry.feedback:
        assert phrase.lower() in result.feedback.lower(), f"feedback does not name {phrase!r}:\n{result.feedback}"
    # Everything graded in the same run got the grade its own entry declares.
    for peer, other in neighbours:
        assert other.status.value == peer.expect, f"{other.qualname} was affected:\n{other.feedback}"


def test_no_check_is_left_unjudged(catalogue):
    """A failing function's checks either failed, passed or were skipped for a stated reason."""
    for _, result, _ in list(catalogue.of("mutants").values()) + list(catalogue.of("hostile").values()):
        for check in result.checks:
            if check.status is CheckStatus.SKIPPED:
                assert check.message.startswith("not checked: "), check
            assert "cannot interpret" not in check.message, f"{result.qualname}: {check.message}"


def test_catalogue_sizes():
    if loader._modules_wanted() is not None:
        pytest.skip("the catalogue is narrowed by CATALOGUE_MODULES")
    per_function = Counter(e.qualname for e in MUTANTS)
    alternatives = Counter(e.qualname for e in ALTERNATIVES)
    assert all(per_function[q] >= 2 for q in FUNCTIONS), sorted(set(FUNCTIONS) - set(per_function))
    assert all(alternatives[q] >= 1 for q in FUNCTIONS), sorted(set(FUNCTIONS) - set(alternatives))
    for module in CURRICULUM:
        mutants = sum(per_function[f.qualname] for f in module.functions)
        assert mutants >= 4 * len(module.functions), f"{module.name}: {mutants} mutants"
    assert sum(bool(e.blind_spot) for e in MUTANTS) * 4 >= len(MUTANTS)
    named = [e for e in MUTANTS if e.feedback]
    assert len(named) * 2 >= len(MUTANTS), "most mutants should have a recognisable, named mistake"
