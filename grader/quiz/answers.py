"""The learner's answers file, ``quiz_answers.toml``: read (errors with line numbers) and written back.

Layout::

    student = "your-id"          # generated questions draw their numbers from it

    [activations]
    linear-stack = "b"           # one letter
    sigmoid-max-slope = 0.25     # a number

One table per topic, one key per question; an empty string is "not answered yet".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from grader.quiz import ANSWERS_FILENAME, toml
from grader.quiz.bank import Question, topics

FILENAME = ANSWERS_FILENAME

_HOW = {
    "single": "one letter",
    "multiple": 'letters, e.g. "a, c"',
    "number": "a number",
    "shape": 'a shape, e.g. "(4, 3)"',
    "text": "a word or a short phrase",
}


class AnswersError(ValueError):
    """The answers file cannot be read; the message names the file and the line."""


@dataclass
class Answers:
    student: str = ""
    by_id: dict[str, object] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=', re.MULTILINE)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def read(path: Path) -> Answers:
    """The answers in ``path``; AnswersError (with the line) when it is not valid TOML."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AnswersError(f"{path.name} is not UTF-8 text") from None
    except OSError as error:
        raise AnswersError(f"{path.name} cannot be read: {error.strerror}") from None
    try:
        data = toml.loads(text)
    except toml.TOMLDecodeError as error:
        message = str(error)
        where = re.search(r"\(at line (\d+), column (\d+)\)", message)
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", message) or "not valid TOML"
        if where:
            raise AnswersError(f"{path.name}, line {where.group(1)}, column {where.group(2)}: {problem} "
                               "(text answers need quotes: answer = \"b\")") from None
        raise AnswersError(f"{path.name}: {problem}") from None
    answers = Answers()
    student = data.pop("student", "")
    if not isinstance(student, (str, int)) or isinstance(student, bool):
        answers.notices.append(f"{path.name}, line {_line_of(text, 'student')}: student should be a text, "
                               "such as student = \"kim-minji\"; it was ignored")
    else:
        answers.student = str(student)
    known = {t.name: {q.id for q in t.questions} for t in topics()}
    for topic, table in data.items():
        if topic not in known or not isinstance(table, dict):
            answers.notices.append(f"{path.name}, line {_line_of(text, topic) or '?'}: [{topic}] is not a quiz "
                                   f"topic (the topics: {', '.join(known)}); it was ignored")
            continue
        for qid, value in table.items():
            if qid not in known[topic]:
                answers.notices.append(f"{path.name}, line {_line_of(text, qid) or '?'}: [{topic}] has no question "
                                       f"{qid!r}; it was ignored")
                continue
            answers.by_id[qid] = value
    return answers


def render(student: str, by_id: dict[str, object], shown: list[Question] | None = None) -> str:
    """The whole answers file: every question, with the answers given so far."""
    lines = [
        "# Quiz answers for nn-grader. Answer in the quotes, then run: grade exercises/",
        "# (or play the quizzes in the terminal: grade quiz). An empty answer is \"not answered yet\".",
        "# Generated questions (marked 'your numbers') depend on student: see them with",
        "# grade quiz --print, after filling in student.",
        "",
        f"student = {toml.quote(student)}",
    ]
    for topic in topics():
        lines += ["", f"# {topic.title}", f"[{topic.name}]"]
        for question in topic.questions:
            summary = " ".join(question.text.split())
            summary = summary if len(summary) <= 90 else summary[:87] + "..."
            if question.generated:
                summary = "your numbers: see grade quiz --print"
            lines.append(f"# {summary} ({_HOW.get(question.kind, question.kind)})")
            lines.append(f"{question.id} = {toml.value(by_id.get(question.id, ''))}")
    return "\n".join(lines) + "\n"


def write(path: Path, student: str, by_id: dict[str, object]) -> None:
    path.write_text(render(student, by_id), encoding="utf-8")
