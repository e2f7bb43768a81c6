"""The quizzes in a terminal: a question, an answer, right or wrong with the explanation at once.

Reads answers line by line, so it works the same at a keyboard and with piped input
(an empty line skips a question, ``q`` stops, the end of the input stops).
"""
from __future__ import annotations

from pathlib import Path
from typing import TextIO

from grader.quiz import answers as answer_file
from grader.quiz import kinds
from grader.quiz.bank import Question, Topic, instantiate, topics

_HOW = {
    "single": "one letter",
    "multiple": "letters, such as a, c",
    "number": "a number",
    "shape": "a shape, such as (4, 3)",
    "text": "a word or a short phrase",
}


def listing() -> str:
    """The topics and how many questions each has."""
    rows = [(t.name, t.title, len(t.questions), sum(q.generated for q in t.questions)) for t in topics()]
    width = max(len(r[0]) for r in rows)
    lines = [f"{name.ljust(width)}  {count:2d} questions ({generated} generated)  {title}"
             for name, title, count, generated in rows]
    total = sum(r[2] for r in rows)
    return "\n".join(lines + [f"{'all'.ljust(width)}  {total:2d} questions"]) + "\n"


def chosen_topics(names: tuple[str, ...]) -> list[Topic]:
    """The topics named (all when none or "all"); ValueError naming the unknown ones."""
    every = list(topics())
    if not names or "all" in names:
        return every
    known = {t.name: t for t in every}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"no quiz topic {', '.join(unknown)} (the topics: {', '.join(known)})")
    return [known[n] for n in names]


def render_question(question: Question, number: int, total: int) -> str:
    lines = [f"[{question.topic} {number}/{total}] {question.text.strip()}"]
    for label, choice in zip(kinds.letters(len(question.choices)), question.choices):
        lines.append(f"  {label}) {choice}")
    lines.append(f"  (answer with {_HOW[question.kind]}; empty line: skip, q: stop)")
    return "\n".join(lines)


def printable(student: str, names: tuple[str, ...] = ()) -> str:
    """Every question with this learner's numbers, for answering in the answers file."""
    out = [f"Questions for student {student!r}" if student else "Questions (no student set: default numbers)"]
    for topic in chosen_topics(names):
        out += ["", f"[{topic.name}] {topic.title}"]
        for question in topic.questions:
            q = instantiate(question, student)
            out.append(f"\n{q.id} ({_HOW[q.kind]}, {q.points:g} point{'s' if q.points != 1 else ''}):")
            out.append("  " + " ".join(q.text.split()))
            for label, choice in zip(kinds.letters(len(q.choices)), q.choices):
                out.append(f"    {label}) {choice}")
    return "\n".join(out) + "\n"


def play(names: tuple[str, ...], student: str, stdin: TextIO, stdout: TextIO,
         save: Path | None = None) -> tuple[float, float]:
    """Ask the questions of the topics ``names``; returns (points earned, points possible)."""
    asked = [instantiate(q, student) for t in chosen_topics(names) for q in t.questions]
    given: dict[str, object] = {}
    earned = possible = 0.0
    right = 0

    def say(text: str = "") -> None:
        stdout.write(text + "\n")
        stdout.flush()

    say(f"{len(asked)} questions. Type your answer and press Enter.")
    for number, question in enumerate(asked, 1):
        say()
        say(render_question(question, number, len(asked)))
        while True:
            stdout.write("> ")
            stdout.flush()
            line = stdin.readline()
            if line and not _interactive(stdin):
                stdout.write(line if line.endswith("\n") else line + "\n")  # piped: show what was answered
            if not line:
                say()
                return _finish(say, earned, possible, right, given, student, save)
            text = line.strip()
            if text.lower() in ("q", "quit", "exit"):
                return _finish(say, earned, possible, right, given, student, save)
            if not text:
                say("skipped")
                break
            try:
                judgement = kinds.judge(question, text)
            except kinds.UnreadableAnswer as unreadable:
                say(f"Could not read that: {unreadable}. Try again.")
                continue
            given[question.id] = text
            possible += question.points
            earned += question.points * judgement.fraction
            if judgement.fraction >= 1:
                right += 1
                say(f"✓ right. {question.explanation.strip()}")
            elif judgement.fraction > 0:
                say(f"~ partly right. Right answer: {kinds.show_answer(question)}. {question.explanation.strip()}")
            else:
                say(f"✗ not quite. Right answer: {kinds.show_answer(question)}. {question.explanation.strip()}")
            break
    return _finish(say, earned, possible, right, given, student, save)


def _interactive(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _finish(say, earned, possible, right, given, student, save) -> tuple[float, float]:
    say("")
    say(f"Score: {earned:g}/{possible:g} points ({right} of {len(given)} answered questions right)")
    if save is not None and given:
        kept: dict[str, object] = {}
        if save.is_file():
            try:
                previous = answer_file.read(save)
                kept, student = previous.by_id, student or previous.student
            except answer_file.AnswersError as error:
                say(f"Not saved: {error}")
                return earned, possible
        kept.update(given)
        answer_file.write(save, student, kept)
        say(f"Your answers are saved in {save}.")
    return earned, possible
