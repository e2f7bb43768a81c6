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
}
_ASCII = {"✓": "+", "✗": "x", "⏱": "t", "…": ".", "─": "-"}
_COLOURS = {"green": 32, "red": 31, "yellow": 33, "bold": 1, "dim": 2}
_ISOLATION = {
    "namespace": "sandboxed",
    "chroot": "sandboxed (chroot)",
    "none": "NOT sandboxed: your code ran with your own rights",
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
    for names, feedback in _failures(report):
        title = names[0] if len(names) == 1 else f"{names[0].split('.')[0]}: {', '.join(n.split('.')[1] for n in names)}"
        rule = "─" * max(0, 60 - len(title) - 4)
        lines.append(pen(f"── {title} {rule}", "bold"))
        lines.append(feedback)
        lines.append("")
    for e in report.exercises:
        for note in e.notes if e.status is Status.PASSED else ():
            lines.append(pen("Note ", "yellow") + f"({e.function}): {note}")
    if any(e.status is Status.PASSED and e.notes for e in report.exercises):
        lines.append("")
    done = sum(e.status is Status.PASSED for e in report.exercises)
    lines.append(f"Progress: {', '.join(progress)}")
    summary = (f"Score: {done}/{len(report.exercises)} functions passed, "
               f"{_points(report.score)}/{_points(report.max_score)} points")
    lines.append(pen(summary, "green" if report.passed else "bold"))
    return "\n".join(lines) + "\n"


def _failures(report: Report) -> list[tuple[list[str], str]]:
    """Feedback to show, once per distinct text: a module that did not import fails all its functions alike."""
    shown: dict[str, list[str]] = {}
    for e in report.exercises:
        if e.status not in (Status.PASSED, Status.NOT_IMPLEMENTED):
            shown.setdefault(e.feedback, []).append(e.qualname)
    return [(names, feedback) for feedback, names in shown.items()]


def _points(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"
