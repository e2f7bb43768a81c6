"""Quiz answers as results in the grader's report: one entry per question, module ``quiz.<topic>``."""
from __future__ import annotations

from pathlib import Path

from grader.quiz import answers as answer_file
from grader.quiz import kinds
from grader.quiz.bank import Question, questions
from grader.results import ExerciseResult, Status


def judge_one(question: Question, answer) -> tuple[Status, float, str]:
    """The status, the points earned and the feedback for one answer."""
    if not kinds.is_answered(answer):
        return Status.NOT_ANSWERED, 0.0, "Not answered yet."
    try:
        judgement = kinds.judge(question, answer)
    except kinds.UnreadableAnswer as unreadable:
        return Status.FAILED, 0.0, (f"Your answer {answer!r} could not be read: {unreadable}.\n"
                                    f"The question: {question.text.strip()}")
    earned = round(question.points * judgement.fraction, 6)
    if judgement.fraction >= 1:
        return Status.PASSED, earned, ""
    partly = f" (partly right: {earned:g} of {question.points:g} points)" if judgement.fraction > 0 else ""
    return Status.FAILED, earned, (f"The question: {question.text.strip()}\n"
                                   f"Your answer: {judgement.given}{partly}\n"
                                   f"Right answer: {kinds.show_answer(question)}\n"
                                   f"Why: {question.explanation.strip()}")


def result_of(question: Question, answer) -> ExerciseResult:
    status, earned, feedback = judge_one(question, answer)
    return ExerciseResult(f"quiz.{question.topic}", question.id, status, earned, question.points, feedback)


def grade_file(path: Path, *, student: str | None = None, keep=None) -> tuple[list[ExerciseResult], list[str]]:
    """Every question's result for the answers in ``path`` (an AnswersError when it cannot be read).

    ``student`` (the --student option) wins over the file's own; ``keep`` filters questions by qualname.
    """
    given = answer_file.read(path)
    who = student if student is not None else given.student
    notices = list(given.notices)
    asked = [q for q in questions(who) if keep is None or keep(q.qualname)]
    if not who.strip() and any(q.generated for q in asked):
        notices.append(f"{path.name} names no student, so the generated questions use everyone's default "
                       "numbers: set student = \"your-id\" (or pass --student).")
    return [result_of(q, given.by_id.get(q.id)) for q in asked], notices
