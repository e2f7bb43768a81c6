"""How an answer of each kind is read and judged.

Learners answer in a file or at a prompt, so answers arrive as text, numbers
or lists; each kind reads them leniently (spacing, brackets, case) and
judges them strictly. A judgement is the fraction of the points earned.
"""
from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from fractions import Fraction

KINDS = ("single", "multiple", "number", "shape", "text")


class UnreadableAnswer(ValueError):
    """The answer cannot be read as this kind of answer; the message says what is expected."""


@dataclass(frozen=True)
class Judgement:
    fraction: float  # of the question's points, 0..1
    given: str  # the answer as read, for the report


def letters(count: int) -> list[str]:
    return list(string.ascii_lowercase[:count])


def _is_blank(answer) -> bool:
    return answer is None or (isinstance(answer, str) and not answer.strip()) or answer == []


def is_answered(answer) -> bool:
    return not _is_blank(answer)


# -- reading ---------------------------------------------------------------------
def read_choice(answer, choices: list[str]) -> str:
    """A letter a, b, c, ... (or the text of a choice)."""
    text = str(answer).strip().lower().rstrip(").").lstrip("(")
    labels = letters(len(choices))
    if text in labels:
        return text
    for label, choice in zip(labels, choices):
        if _normal_text(choice) == _normal_text(str(answer)):
            return label
    raise UnreadableAnswer(f"expected one of the letters {', '.join(labels)}")


def read_choices(answer, choices: list[str]) -> list[str]:
    """Letters, as a list or as text such as "a, c" or "ac"."""
    if isinstance(answer, (list, tuple)):
        parts = [str(a) for a in answer]
    else:
        text = str(answer).strip().lower()
        parts = re.split(r"[\s,;/]+", text) if re.search(r"[\s,;/]", text) else list(text)
    picked = sorted({read_choice(p, choices) for p in parts if p.strip()})
    if not picked:
        raise UnreadableAnswer("expected one or more letters, such as \"a, c\"")
    return picked


def read_number(answer) -> float:
    """A number, also written as text ("0.25", "1/4", "2.5e-3")."""
    if isinstance(answer, bool):
        raise UnreadableAnswer("expected a number")
    if isinstance(answer, (int, float)):
        value = float(answer)
    else:
        text = str(answer).strip().replace(" ", "")
        try:
            value = float(Fraction(text)) if "/" in text else float(text)
        except (ValueError, ZeroDivisionError):
            raise UnreadableAnswer("expected a number, such as 0.25 or 1/4") from None
    if not math.isfinite(value):
        raise UnreadableAnswer("expected a finite number")
    return value


def read_shape(answer) -> tuple[int, ...]:
    """A shape: "(4, 3)", "4,3", "[4 3]", "4x3" or a list of integers."""
    if isinstance(answer, (list, tuple)):
        try:
            return tuple(int(a) for a in answer)
        except (TypeError, ValueError):
            raise UnreadableAnswer("expected whole numbers, such as (4, 3)") from None
    text = str(answer)
    if re.search(r"[^\d\s,x×()\[\]]", text.lower()):
        raise UnreadableAnswer("expected a shape such as (4, 3)")
    numbers = re.findall(r"\d+", text)
    if not numbers:
        raise UnreadableAnswer("expected a shape such as (4, 3)")
    return tuple(int(n) for n in numbers)


def _normal_text(text: str) -> str:
    text = text.lower().replace("-", " ").replace("_", " ")
    text = re.sub(r"[^\w\s.]", "", text)
    return " ".join(text.split()).strip(" .")


# -- judging ---------------------------------------------------------------------
def judge(question, answer) -> Judgement:
    """How much of ``question``'s points ``answer`` earns; raises UnreadableAnswer."""
    kind, right = question.kind, question.answer
    if kind == "single":
        got = read_choice(answer, question.choices)
        return Judgement(float(got == right), got)
    if kind == "multiple":
        got = read_choices(answer, question.choices)
        wanted = set(right)
        if question.scoring == "partial":
            hits = len(wanted & set(got))
            misses = len(set(got) - wanted)
            return Judgement(max(0.0, (hits - misses) / len(wanted)), ", ".join(got))
        return Judgement(float(set(got) == wanted), ", ".join(got))
    if kind == "number":
        got = read_number(answer)
        return Judgement(float(abs(got - float(right)) <= question.tolerance), f"{got:g}")
    if kind == "shape":
        got = read_shape(answer)
        return Judgement(float(got == tuple(right)), str(got) if len(got) != 1 else f"({got[0]},)")
    if kind == "text":
        got = _normal_text(str(answer))
        return Judgement(float(got in {_normal_text(a) for a in right}), str(answer).strip())
    raise ValueError(f"unknown kind {kind!r}")


def show_answer(question) -> str:
    """The right answer, as a learner would write it."""
    kind, right = question.kind, question.answer
    if kind == "single":
        return f"{right}) {question.choices[letters(len(question.choices)).index(right)]}"
    if kind == "multiple":
        return ", ".join(right)
    if kind == "number":
        return f"{float(right):.6g}"
    if kind == "shape":
        return "(" + ", ".join(str(d) for d in right) + ("," if len(right) == 1 else "") + ")"
    return str(right[0])
