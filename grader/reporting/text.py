"""The report a learner reads in a terminal."""
from __future__ import annotations

from grader import __version__
from grader.curriculum import CURRICULUM
from grader.results import Report, Status

_MARKS = {
    Status.PASSED: ("✓", "passed", "green"),
    Status.FAILED: ("✗", "failed", "red"),
    Status.ERROR: ("!", "error", "red"),
    Status.TIMEOUT: ("⏱", "timed out", "red"),
    Status.NOT_IMPLEMENTED: ("…", "not implemented yet", "yellow"),
    Status.MISSING: ("?", "missing", "yellow"),
    Status.NOT_ANSWERED: ("·", "not answered yet", "yellow"),
}
_ASCII = {"✓": "+", "✗": "x", "⏱": "t", "…": ".", "─": "-", "·": "-"}
_COLOURS = {"green": 32, "red": 31, "yellow": 33, "bold": 1, "dim": 2}
_ISOLATION = {
    "namespace": "sandboxed",
    "chroot": "sandboxed (chroot)",
    "none": "NOT sandboxed: your code ran with your own rights",
    "not needed": "quizzes only",
}


class _Pen:
    def __init__(self, colour: bool, unicode: bool):
        self.colour = colour
        self.unicode = unicode

    def __call__(self, text: str, style: str | None = None) -> str:
        if not self.unicode:
            text = "".join(_ASCII.get(c, c) for c in text)
        if self.colour and style:
            return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m"
        return text


def render(report: Report, *, colour: bool = False, unicode: bool = True) -> str:
    """The whole text report, ending with a newline."""
    pen = _Pen(colour, unicode)
    results = {e.qualname: e for e in report.exercises}
    lines = [pen(f"nn-grader {__version__}: {report.submission} (seed {report.seed}, "
                 f"{_ISOLATION.get(report.isolation, report.isolation)})", "bold"), ""]
    for notice in report.notices:
        lines += [pen("Note: ", "yellow") + notice, ""]
    progress = []
    for module in CURRICULUM:
        graded = [results[f.qualname] for f in module.functions if f.qualname in results]
        if not graded:
            continue
        passed = sum(e.status is Status.PASSED for e in graded)
        progress.append(f"{module.name} {passed}/{len(graded)}")
        lines.append(pen(f"{module.name}", "bold") + pen(f"  {passed}/{len(graded)}", "dim"))
        width = max(len(e.function) for e in graded)
        for e in graded:
            mark, word, style = _MARKS[e.status]
            lines.append(f"  {pen(mark, style)} {e.function.ljust(width)}  {pen(word, style)}")
        lines.append("")
    for topic, entries in _quiz_topics(report):
        answered = sum(e.status is not Status.NOT_ANSWERED for e in entries)
        right = sum(e.status is Status.PASSED for e in entries)
        progress.append(f"quiz {topic} {right}/{len(entries)}")
        lines.append(pen(f"quiz: {topic}", "bold") + pen(f"  {right}/{len(entries)} right, "
                                                         f"{answered} answered", "dim"))
        width = max(len(e.function) for e in entries)
        for e in entries:
            mark, word, style = _MARKS[e.status]
            if e.status is Status.FAILED and 0 < e.score:
                word = f"partly right ({_points(e.score)}/{_points(e.max_score)})"
            lines.append(f"  {pen(mark, style)} {e.function.ljust(width)}  {pen(word, style)}")
        lines.append("")
    for names, feedback in _failures(report):
        title = names[0] if len(names) == 1 else (f"{names[0].rsplit('.', 1)[0]}: "
                                                  f"{', '.join(n.rsplit('.', 1)[1] for n in names)}")
        rule = "─" * max(0, 60 - len(title) - 4)
        lines.append(pen(f"── {title} {rule}", "bold"))
        lines.append(feedback)
        lines.append("")
    for e in report.exercises:
        for note in e.notes if e.status is Status.PASSED else ():
            lines.append(pen("Note ", "yellow") + f"({e.function}): {note}")
    if any(e.status is Status.PASSED and e.notes for e in report.exercises):
        lines.append("")
    code = [e for e in report.exercises if not e.module.startswith("quiz.")]
    quiz = [e for e in report.exercises if e.module.startswith("quiz.")]
    parts = []
    if code:
        parts.append(f"{sum(e.status is Status.PASSED for e in code)}/{len(code)} functions passed")
    if quiz:
        parts.append(f"{sum(e.status is Status.PASSED for e in quiz)}/{len(quiz)} quiz questions right")
    lines.append(f"Progress: {', '.join(progress)}")
    upcoming = _next_function(report)
    if upcoming:
        lines.append(f"Next up: {upcoming} (the first function, in teaching order, that has not passed yet)")
    summary = f"Score: {', '.join(parts)}, {_points(report.score)}/{_points(report.max_score)} points"
    lines.append(pen(summary, "green" if report.passed else "bold"))
    return "\n".join(lines) + "\n"


def _quiz_topics(report: Report) -> list[tuple[str, list]]:
    topics: dict[str, list] = {}
    for e in report.exercises:
        if e.module.startswith("quiz."):
            topics.setdefault(e.module.split(".", 1)[1], []).append(e)
    return list(topics.items())


def _next_function(report: Report) -> str | None:
    results = {e.qualname: e for e in report.exercises}
    for module in CURRICULUM:
        for spec in module.functions:
            result = results.get(spec.qualname)
            if result is not None and result.status is not Status.PASSED:
                return spec.qualname
    return None


def _failures(report: Report) -> list[tuple[list[str], str]]:
    """Feedback to show, once per distinct text: a module that did not import fails all its functions alike."""
    shown: dict[str, list[str]] = {}
    for e in report.exercises:
        if e.module.startswith("quiz.") and e.status is Status.ERROR:
            continue  # an unreadable answers file: the notice at the top says it once
        if e.status not in (Status.PASSED, Status.NOT_IMPLEMENTED, Status.NOT_ANSWERED):
            shown.setdefault(e.feedback, []).append(e.qualname)
    return [(names, feedback) for feedback, names in shown.items()]


def _points(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"
