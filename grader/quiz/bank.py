"""The question bank: ``bank/<topic>.toml``, read and checked.

A topic file holds a ``title``, fixed ``[[questions]]`` and ``[[generated]]``
templates. A fixed question has ``id``, ``kind`` (single, multiple, number,
shape, text), ``text``, ``answer``, ``explanation`` and optionally ``points``
(default 1), ``choices`` (single and multiple), ``scoring`` ("all-or-nothing",
the default, or "partial"; multiple only) and ``tolerance`` (number only,
absolute). A generated question names a ``family`` from
:mod:`grader.quiz.families` that draws its numbers and computes its answer;
its ``text`` and ``explanation`` are templates filled with those numbers.
The README ("Quizzes") shows an example of each.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from grader.quiz import families, kinds, toml

BANK = Path(__file__).resolve().parent / "bank"
_ID_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz0123456789-_")


class BankError(ValueError):
    """A topic file is malformed; the message names the file, the question and the problem."""


@dataclass(frozen=True)
class Question:
    id: str
    topic: str
    kind: str
    text: str
    answer: object
    explanation: str
    points: float = 1.0
    choices: tuple[str, ...] = ()
    scoring: str = "all-or-nothing"
    tolerance: float = 1e-9
    family: str | None = None  # generated questions only
    template: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def qualname(self) -> str:
        return f"quiz.{self.topic}.{self.id}"

    @property
    def generated(self) -> bool:
        return self.family is not None


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    questions: tuple[Question, ...]
    note: str = ""


def student_seed(student: str, question_id: str) -> int:
    """The seed of one generated question for one learner: the same every time, different per learner."""
    digest = hashlib.sha256(f"{student.strip().lower()}\x00{question_id}".encode()).digest()
    return int.from_bytes(digest[:4], "little")


def instantiate(question: Question, student: str) -> Question:
    """A generated question with this learner's numbers (a fixed question as it is)."""
    if not question.generated:
        return question
    drawn = families.FAMILIES[question.family](student_seed(student, question.id))
    text = question.template["text"].format(**drawn.values)
    explanation = question.template["explanation"].format(**drawn.values)
    return replace(question, text=text, explanation=explanation, answer=drawn.answer, kind=drawn.kind,
                   tolerance=drawn.tolerance)


def _fail(path: Path, where: str, problem: str):
    raise BankError(f"{path.name}: {where}: {problem}")


def _question(path: Path, topic: str, entry: dict, generated: bool) -> Question:
    if not isinstance(entry, dict):
        _fail(path, "a question", "is not a table")
    qid = entry.get("id")
    if not isinstance(qid, str) or not qid or set(qid) - _ID_CHARACTERS:
        _fail(path, f"question {qid!r}", "needs an id of lower-case letters, digits, - and _")
    where = f"question {qid}"
    for key in ("text", "explanation"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            _fail(path, where, f"needs a {key}")
    points = entry.get("points", 1)
    if isinstance(points, bool) or not isinstance(points, (int, float)) or points <= 0:
        _fail(path, where, "points must be a positive number")
    if generated:
        family = entry.get("family")
        if family not in families.FAMILIES:
            _fail(path, where, f"unknown family {family!r} (known: {', '.join(sorted(families.FAMILIES))})")
        sample = families.FAMILIES[family](0)
        for key in ("text", "explanation"):
            try:
                entry[key].format(**sample.values)
            except (KeyError, IndexError, ValueError) as error:
                _fail(path, where, f"its {key} uses a placeholder the family does not give: {error}")
        return Question(qid, topic, sample.kind, entry["text"], None, entry["explanation"], float(points),
                        family=family, template={"text": entry["text"], "explanation": entry["explanation"]})
    kind = entry.get("kind")
    if kind not in kinds.KINDS:
        _fail(path, where, f"kind must be one of {', '.join(kinds.KINDS)}")
    choices = tuple(entry.get("choices", ()))
    answer = entry.get("answer")
    scoring = entry.get("scoring", "all-or-nothing")
    tolerance = entry.get("tolerance", 1e-9)
    if kind in ("single", "multiple"):
        if len(choices) < 2 or not all(isinstance(c, str) and c.strip() for c in choices):
            _fail(path, where, "needs at least two choices")
        labels = kinds.letters(len(choices))
        picks = answer if isinstance(answer, list) else [answer]
        if kind == "single" and (not isinstance(answer, str) or answer not in labels):
            _fail(path, where, f"answer must be one of the letters {', '.join(labels)}")
        if kind == "multiple" and (not picks or not all(p in labels for p in picks)):
            _fail(path, where, f"answer must be a list of letters among {', '.join(labels)}")
        if scoring not in ("all-or-nothing", "partial"):
            _fail(path, where, 'scoring must be "all-or-nothing" or "partial"')
        answer = answer if kind == "single" else sorted(set(picks))
    elif kind == "number":
        if isinstance(answer, bool) or not isinstance(answer, (int, float)):
            _fail(path, where, "answer must be a number")
        if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0:
            _fail(path, where, "tolerance must be a non-negative number")
    elif kind == "shape":
        if not isinstance(answer, list) or not answer or not all(type(d) is int and d >= 0 for d in answer):
            _fail(path, where, "answer must be a list of whole numbers, such as [4, 3]")
        answer = tuple(answer)
    elif kind == "text":
        answer = answer if isinstance(answer, list) else [answer]
        if not all(isinstance(a, str) and a.strip() for a in answer):
            _fail(path, where, "answer must be a text or a list of accepted texts")
    return Question(qid, topic, kind, entry["text"], answer, entry["explanation"], float(points), choices,
                    scoring, float(tolerance))


def load_topic(path: Path) -> Topic:
    try:
        data = toml.loads(path.read_text(encoding="utf-8"))
    except toml.TOMLDecodeError as error:
        raise BankError(f"{path.name}: not valid TOML: {error}") from None
    name = path.stem
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        _fail(path, "the file", "needs a title")
    questions = [_question(path, name, dict(e), False) for e in data.get("questions", [])]
    questions += [_question(path, name, dict(e), True) for e in data.get("generated", [])]
    return Topic(name, title, tuple(questions), str(data.get("note", "")))


@lru_cache(maxsize=None)
def topics(folder: Path = BANK) -> tuple[Topic, ...]:
    """Every topic, in teaching order (the ``order`` file lists them; others follow alphabetically)."""
    order_file = folder / "order.txt"
    order = order_file.read_text().split() if order_file.exists() else []
    paths = sorted(folder.glob("*.toml"), key=lambda p: (order.index(p.stem) if p.stem in order else len(order),
                                                         p.stem))
    loaded = tuple(load_topic(p) for p in paths)
    seen: dict[str, str] = {}
    for topic in loaded:
        for question in topic.questions:
            if question.id in seen:
                raise BankError(f"question id {question.id} is used in {seen[question.id]} and {topic.name}")
            seen[question.id] = topic.name
    return loaded


def questions(student: str = "", folder: Path = BANK) -> list[Question]:
    """Every question, generated ones with this learner's numbers."""
    return [instantiate(q, student) for t in topics(folder) for q in t.questions]
