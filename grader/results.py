"""What grading produces: plain, frozen data that every report format is rendered from.

The dictionary form (``to_dict``) is the JSON report's schema, version 1.
Fields are only ever added, never renamed (see README, "JSON report").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

SCHEMA_VERSION = 1


class Status(str, Enum):
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    TIMEOUT = "timeout"
    NOT_IMPLEMENTED = "not_implemented"
    MISSING = "missing"
    NOT_ANSWERED = "not_answered"  # a quiz question left empty


class CheckStatus(str, Enum):
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    TIMEOUT = "timeout"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class CheckResult:
    """One named check of one function.

    ``message`` is the full sentence; ``input`` (pasteable Python), ``expected``,
    ``got`` and ``hint`` are its parts, when there are any.
    """

    name: str
    description: str
    status: CheckStatus
    message: str = ""
    input: str | None = None
    expected: str | None = None
    got: str | None = None
    hint: str | None = None

    def to_dict(self) -> dict:
        return {
            "name": self.name, "description": self.description, "status": self.status.value,
            "message": self.message, "input": self.input, "expected": self.expected, "got": self.got,
            "hint": self.hint,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "CheckResult":
        return cls(data["name"], data["description"], CheckStatus(data["status"]), data["message"],
                   data["input"], data["expected"], data["got"], data["hint"])


def status_of(checks) -> Status:
    """A function's status from its checks: a timeout over an error over a failure; skipped is not passed."""
    statuses = {c.status for c in checks}
    if CheckStatus.TIMEOUT in statuses:
        return Status.TIMEOUT
    if CheckStatus.ERROR in statuses:
        return Status.ERROR
    if CheckStatus.FAILED in statuses or CheckStatus.SKIPPED in statuses:
        return Status.FAILED
    return Status.PASSED


@dataclass(frozen=True)
class ExerciseResult:
    """The grade of one contract function."""

    module: str
    function: str
    status: Status
    score: float
    max_score: float
    feedback: str
    checks: tuple[CheckResult, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.function}"

    def to_dict(self) -> dict:
        return {
            "module": self.module, "function": self.function, "status": self.status.value,
            "score": self.score, "max_score": self.max_score, "feedback": self.feedback,
            "checks": [c.to_dict() for c in self.checks], "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "ExerciseResult":
        return cls(data["module"], data["function"], Status(data["status"]), data["score"], data["max_score"],
                   data["feedback"], tuple(CheckResult.from_dict(c) for c in data["checks"]),
                   tuple(data["notes"]))


@dataclass(frozen=True)
class Report:
    """The grade of a whole submission."""

    submission: str
    seed: int
    isolation: str
    exercises: tuple[ExerciseResult, ...]
    notices: tuple[str, ...] = field(default_factory=tuple)

    @property
    def score(self) -> float:
        return sum(e.score for e in self.exercises)

    @property
    def max_score(self) -> float:
        return sum(e.max_score for e in self.exercises)

    @property
    def passed(self) -> bool:
        return all(e.status is Status.PASSED for e in self.exercises)

    @property
    def exit_code(self) -> int:
        """0 when every graded function passed, 1 otherwise (a broken submission is still a grade)."""
        return 0 if self.passed else 1

    def to_dict(self) -> dict:
        from grader import __version__

        return {
            "version": SCHEMA_VERSION,
            "grader": __version__,
            "submission": self.submission,
            "seed": self.seed,
            "isolation": self.isolation,
            "score": self.score,
            "max_score": self.max_score,
            "notices": list(self.notices),
            "exercises": [e.to_dict() for e in self.exercises],
        }
