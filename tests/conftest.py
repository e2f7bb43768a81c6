"""Shared fixtures: grading folders through the real engine, and the catalogue's batches."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from catalogue import loader  # noqa: E402

from grader.grading import grade  # noqa: E402


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


class CatalogueResults:
    """Each catalogue kind graded once per test session, batch by batch."""

    def __init__(self):
        self._graded: dict[str, dict] = {}

    def of(self, kind: str) -> dict:
        if kind not in self._graded:
            results = {}
            for batch in loader.batches(loader.load(kind)):
                with tempfile.TemporaryDirectory() as folder:
                    loader.write(batch, Path(folder))
                    report = grade(folder, only=[e.qualname for e in batch])
                by_name = {e.qualname: e for e in report.exercises}
                neighbours = [(entry, by_name[entry.qualname]) for entry in batch]
                for entry in batch:
                    results[entry.id] = (entry, by_name[entry.qualname], neighbours)
            self._graded[kind] = results
        return self._graded[kind]


@pytest.fixture(scope="session")
def catalogue() -> CatalogueResults:
    return CatalogueResults()
