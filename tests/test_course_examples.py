"""The catalogue's blind-spot claims, proved against a course-style fixed-example test.

A mutant marked ``blind_spot: yes`` must pass ``passes_course_example`` (the
course's kind of test lets it through); one marked ``no`` must fail it.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
CATALOGUE = Path(__file__).resolve().parent / "catalogue"
MUTANTS = CATALOGUE / "mutants"

MODULE_NAMES = ("activations", "initialization", "deep_network")
CONTRACT = {
    "activations": (
        "step", "sigmoid", "tanh", "relu", "leaky_relu",
        "sigmoid_backward", "tanh_backward", "relu_backward", "leaky_relu_backward",
    ),
    "initialization": ("initialize_parameters", "initialize_parameters_deep"),
    "deep_network": (
        "linear_forward", "linear_activation_forward", "L_model_forward", "compute_cost",
        "linear_backward", "linear_activation_backward", "L_model_backward",
        "update_parameters", "L_layer_model", "predict",
    ),
}
KEYS = {"function", "expect", "feedback", "blind_spot"}


def _load(path: Path, name: str, provided: dict[str, ModuleType]) -> ModuleType:
    """Import ``path`` as module ``name`` while ``provided`` stand in sys.modules; then restore."""
    saved = {key: sys.modules.get(key) for key in provided}
    sys.modules.update(provided)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        for key, value in saved.items():
            if value is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = value
    return module


def _load_references() -> dict[str, ModuleType]:
    refs: dict[str, ModuleType] = {}
    for name in MODULE_NAMES:
        refs[name] = _load(SOLUTIONS / f"{name}.py", f"_reference_{name}", dict(refs))
    return refs


REFERENCES = _load_references()
COURSE = _load(CATALOGUE / "course_examples.py", "_catalogue_course_examples", {})


def _header(path: Path) -> dict[str, list[str]]:
    """The ``key: value`` lines of a catalogue entry's docstring."""
    text = path.read_text()
    match = re.match(r'\s*"""(.*?)"""', text, re.S)
    assert match, f"{path.name}: no module docstring"
    lines = match.group(1).strip().splitlines()
    assert lines and lines[0].strip() and ":" not in lines[0].split()[0], f"{path.name}: no description line"
    fields: dict[str, list[str]] = {}
    for line in lines[1:]:
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        assert sep, f"{path.name}: not a key: value line: {line!r}"
        fields.setdefault(key.strip(), []).append(value.strip())
    return fields


MUTANT_FILES = sorted(MUTANTS.glob("*/*.py"))


def _mutant_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _load_mutant(path: Path) -> ModuleType:
    module_name = path.parent.name
    unique = "_mutant_" + re.sub(r"\W", "_", f"{module_name}__{path.stem}")
    mutant = _load(path, unique, dict(REFERENCES))
    reference = REFERENCES[module_name]
    # The grader hands the graded function reference versions of everything else.
    for name, value in vars(reference).items():
        if not name.startswith("__") and name not in vars(mutant):
            setattr(mutant, name, value)
    return mutant


@pytest.mark.parametrize("path", MUTANT_FILES, ids=_mutant_id)
def test_header_is_well_formed(path: Path) -> None:
    fields = _header(path)
    assert set(fields) <= KEYS, f"unknown keys {set(fields) - KEYS}"
    module_name = path.parent.name
    assert module_name in CONTRACT
    (function,) = fields["function"]
    assert function in CONTRACT[module_name]
    assert path.stem.startswith(function + "__") and len(path.stem) > len(function) + 2
    assert fields["expect"] in (["failed"], ["error"])
    assert fields["blind_spot"] in (["yes"], ["no"])


@pytest.mark.parametrize("path", MUTANT_FILES, ids=_mutant_id)
def test_blind_spot_claim_holds(path: Path) -> None:
    fields = _header(path)
    (function,) = fields["function"]
    blind = fields["blind_spot"] == ["yes"]
    mutant = _load_mutant(path)
    candidate = getattr(mutant, function)
    reference = getattr(REFERENCES[path.parent.name], function)
    np.random.seed(0)
    passed = COURSE.passes_course_example(function, candidate, reference)
    if blind:
        assert passed, "claimed blind spot, but the course-style example catches it"
    else:
        assert not passed, "not claimed a blind spot, but the course-style example lets it through"


@pytest.mark.parametrize("function", [f for fs in CONTRACT.values() for f in fs])
def test_reference_passes_course_example(function: str) -> None:
    module_name = next(m for m, fs in CONTRACT.items() if function in fs)
    reference = getattr(REFERENCES[module_name], function)
    np.random.seed(0)
    assert COURSE.passes_course_example(function, reference, reference)


def test_catalogue_size_and_coverage() -> None:
    assert len(MUTANT_FILES) >= 60
    per_function = Counter((p.parent.name, _header(p)["function"][0]) for p in MUTANT_FILES)
    for module_name, functions in CONTRACT.items():
        for function in functions:
            assert per_function[(module_name, function)] >= 2, f"{module_name}.{function}"
    blind = sum(_header(p)["blind_spot"] == ["yes"] for p in MUTANT_FILES)
    assert 3 * blind >= len(MUTANT_FILES), f"only {blind} of {len(MUTANT_FILES)} are blind spots"
