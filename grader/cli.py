"""The ``grade`` command: a thin layer over :func:`grader.grading.grade`."""
from __future__ import annotations

import os
import sys

import click

from grader import __version__

EXAMPLES = """\b
Examples:
  grade exercises/                     grade every function in the folder
  grade exercises/activations.py       grade one module
  grade -k sigmoid exercises/          only functions whose name contains "sigmoid"
  grade -k "activations and not backward" exercises/
  grade --format json exercises/ > report.json
  grade quiz                           play the conceptual quizzes in the terminal
  grade quiz --list                    the quiz topics

\b
Exit status: 0 every graded function passed, 1 some did not, 2 the grader could not run.
"""


def _version_text() -> str:
    import importlib.metadata as metadata

    parts = []
    for package in ("numpy", "hypothesis", "click"):
        try:
            parts.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            pass
    return f"nn-grader {__version__} ({', '.join(parts)})"


class _OneLineErrors(click.Command):
    """Usage errors as one line on stderr (exit 2), never a traceback."""

    def main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.Abort:
            _fail("interrupted", 130)
        except click.MissingParameter:
            _fail("missing PATH: a folder laid out like exercises/, or one module file (try 'grade --help')", 2)
        except click.ClickException as error:
            _fail(f"{error.format_message()} (try 'grade --help')", 2)
        sys.exit(code if isinstance(code, int) else 0)


def _fail(message: str, code: int):
    click.echo(f"grade: error: {message}", err=True)
    sys.exit(code)


@click.command(cls=_OneLineErrors, epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]},
               no_args_is_help=False)
@click.argument("path", type=click.Path(exists=False, file_okay=True, dir_okay=True), required=True)
@click.option("-k", "select", metavar="EXPR", help="Grade only functions whose module.function matches EXPR "
              "(substrings combined with and/or/not, like pytest's -k).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for scripts (stdout holds only the JSON).")
@click.option("--seed", type=click.IntRange(0, 2**31 - 1), default=0, show_default=True,
              help="Replay the checks with other generated inputs (the same seed gives the same report).")
@click.option("--jobs", type=click.IntRange(1, 64), default=None,
              help="Judge processes to use (default: one per core, at most 4).")
@click.option("--student", metavar="ID", default=None,
              help="Whose generated quiz questions to grade (overrides student in quiz_answers.toml).")
@click.version_option(__version__, "--version", message=_version_text())
def main(path: str, select: str | None, output_format: str, seed: int, jobs: int | None,
         student: str | None) -> int:
    """Grade your neural-network exercises: every function of PATH against the contract.

    PATH is a folder laid out like exercises/ (activations.py, initialization.py,
    shallow_network.py, deep_network.py, ...) or one of those module files. The
    quizzes are graded too when the folder has a quiz_answers.toml.
    """
    import warnings

    from grader.grading import GradingError, grade

    warnings.simplefilter("ignore")  # the judge's own numerical warnings are not for the report
    try:
        report = grade(path, select=select, seed=seed, jobs=jobs, student=student)
    except GradingError as error:
        _fail(str(error), 2)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as error:  # noqa: BLE001 - one line, never a traceback from our internals
        if os.environ.get("NN_GRADER_DEBUG"):
            raise
        _fail(f"internal error ({type(error).__name__}: {error}); please report it "
              "(NN_GRADER_DEBUG=1 shows the traceback)", 2)
    if output_format == "json":
        from grader.reporting import json_report

        click.echo(json_report.render(report), nl=False)
    else:
        from grader.reporting import text

        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        unicode = _can_encode("✓⏱…─✗·")
        click.echo(text.render(report, colour=colour, unicode=unicode), nl=False, color=colour)
    return report.exit_code


def _can_encode(sample: str) -> bool:
    try:
        sample.encode(sys.stdout.encoding or "ascii")
        return True
    except (UnicodeEncodeError, LookupError):
        return False


QUIZ_EXAMPLES = """\b
Examples:
  grade quiz                                  every topic, one question at a time
  grade quiz activations initialization      two topics
  grade quiz --student kim-minji --save exercises/quiz_answers.toml
  grade quiz --list                           the topics and their questions
  grade quiz --print --student kim-minji      all questions with your numbers
"""


@click.command("quiz", cls=_OneLineErrors, epilog=QUIZ_EXAMPLES,
               context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("topics", nargs=-1)
@click.option("--list", "list_topics", is_flag=True, help="List the topics and how many questions each has.")
@click.option("--print", "print_questions", is_flag=True,
              help="Print the questions (with your generated numbers) instead of asking them.")
@click.option("--student", metavar="ID", default=None,
              help="Your id: generated questions draw their numbers from it (default: the answers file's).")
@click.option("--save", "save", metavar="FILE", type=click.Path(dir_okay=False), default=None,
              help="Save your answers into this answers file (e.g. exercises/quiz_answers.toml).")
def quiz(topics: tuple[str, ...], list_topics: bool, print_questions: bool, student: str | None,
         save: str | None) -> int:
    """Play the conceptual quizzes: answer, see at once whether you are right and why.

    TOPICS are quiz topics (see --list); none, or "all", means every topic.
    """
    from pathlib import Path

    from grader.quiz import answers as answer_file
    from grader.quiz import play
    from grader.quiz.bank import BankError

    try:
        if list_topics:
            click.echo(play.listing(), nl=False)
            return 0
        play.chosen_topics(topics)
        save_path = Path(save) if save else None
        if student is None and save_path is not None and save_path.is_file():
            try:
                student = answer_file.read(save_path).student
            except answer_file.AnswersError as error:
                _fail(str(error), 2)
        if print_questions:
            click.echo(play.printable(student or "", topics), nl=False)
            return 0
        play.play(topics, student or "", sys.stdin, sys.stdout, save_path)
    except (ValueError, BankError) as error:
        _fail(str(error), 2)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    return 0


def entry() -> None:
    """The ``grade`` command: ``grade quiz ...`` plays the quizzes, anything else grades a folder."""
    if sys.argv[1:2] == ["quiz"]:
        quiz.main(sys.argv[2:], prog_name="grade quiz")
    else:
        main()
