"""Grading a submission, from a path to a :class:`~grader.results.Report`.

The order of work is chosen for speed: the worker starts first (importing
NumPy and the submission takes it ~0.15 s), and the judge imports Hypothesis
and the checks meanwhile. Then the exercises are shared among one judge
process per core (forked: Hypothesis generation is the bulk of the work and
holds the GIL), each with its own channel to the worker.
"""
from __future__ import annotations

import gc
import json
import os
import select
import signal
import site
import struct
import sys
from pathlib import Path

from grader import reference
from grader.curriculum import CURRICULUM, FUNCTIONS, FunctionSpec
from grader.results import Report
from grader.sandbox import placement
from grader.sandbox.client import (
    ISOLATION_LEVELS,
    Worker,
    WorkerPlan,
    WorkerStartError,
    numpy_location,
    until_ready,
)
from grader.sandbox.confinement import SYSTEM_LIBRARY_DIRS
from grader.selection import parse
from grader.submission import Scratch, Submission, SubmissionError

DEFAULT_SEED = 0


class GradingError(Exception):
    """The grader cannot run (bad path, bad option, no worker): exit code 2."""


def selected_functions(submission: Submission, expression: str | None,
                       only: list[str] | None = None, *, quizzes: bool = False) -> list[FunctionSpec]:
    """The contract functions to grade. With ``quizzes``, a -k that matches only quiz questions is fine."""
    chosen = [f for m in CURRICULUM for f in m.functions]
    if only is not None:
        chosen = [f for f in chosen if f.qualname in only]
    if submission.only_module:
        chosen = [f for f in chosen if f.module == submission.only_module]
    if expression:
        try:
            keep = parse(expression)
        except ValueError as error:
            raise GradingError(str(error)) from None
        chosen = [f for f in chosen if keep(f.qualname)]
        if not chosen and not (quizzes and _matches_a_question(keep)):
            raise GradingError(f"-k {expression!r} matches no function")
    return chosen


def _has_quizzes(submission: Submission, only) -> bool:
    from grader.quiz import ANSWERS_FILENAME

    return not submission.only_module and only is None and (submission.path / ANSWERS_FILENAME).is_file()


def _matches_a_question(keep) -> bool:
    from grader.quiz.bank import questions

    return any(keep(q.qualname) for q in questions())


def _quiz_results(submission: Submission, select: str | None, only, student: str | None) -> list:
    """The quiz questions' results, when the folder has an answers file (and the selection wants them)."""
    from grader.quiz.answers import FILENAME, AnswersError
    from grader.quiz.bank import questions
    from grader.quiz.grading import grade_file
    from grader.results import ExerciseResult, Status

    path = submission.path / FILENAME
    if submission.only_module or not path.is_file():
        return []
    keep = parse(select) if select else None
    if only is not None:
        keep = (lambda inner: lambda name: name in only and (inner is None or inner(name)))(keep)
    try:
        results, notices = grade_file(path, student=student, keep=keep)
    except AnswersError as error:
        message = f"The quiz answers were not graded: {error}"
        submission.notices.append(message)
        return [ExerciseResult(f"quiz.{q.topic}", q.id, Status.ERROR, 0.0, q.points, message)
                for q in questions() if keep is None or keep(q.qualname)]
    submission.notices.extend(notices)
    return results


def _plan(submission: Submission, scratch: Scratch) -> WorkerPlan:
    grader_dir = Path(__file__).resolve().parent
    try:
        reference_dir = reference.reference_dir()
        canaries = [str(p) for p in reference.reference_files()]
    except reference.ReferenceMissing as missing:
        raise GradingError(str(missing)) from None
    numpy_parent = str(numpy_location())
    readable = [sys.base_prefix, sys.prefix, sys.exec_prefix, numpy_parent, *site.getsitepackages(),
                *SYSTEM_LIBRARY_DIRS]
    return WorkerPlan(
        scratch=str(scratch.submission_dir), root_dir=str(scratch.root_dir), output_dir=str(scratch.output_dir),
        modules=[m.name for m in CURRICULUM], present=scratch.present,
        contract={m.name: [f.name for f in m.functions] for m in CURRICULUM},
        draws_random=[q for q, f in FUNCTIONS.items() if f.draws_random],
        readable=readable, masked=[str(reference_dir), str(grader_dir)], canaries=canaries,
        isolation=_allowed_isolation(),
    )


def _allowed_isolation() -> list[str]:
    """NN_GRADER_ISOLATION (e.g. "namespace") restricts how the worker may be confined."""
    setting = os.environ.get("NN_GRADER_ISOLATION", "").strip()
    if not setting:
        return list(ISOLATION_LEVELS)
    levels = [level.strip() for level in setting.split(",") if level.strip()]
    unknown = [level for level in levels if level not in ISOLATION_LEVELS]
    if unknown or not levels:
        raise GradingError(f"NN_GRADER_ISOLATION={setting!r}: the levels are {', '.join(ISOLATION_LEVELS)}")
    return levels


def grade(path: str, *, select: str | None = None, seed: int = DEFAULT_SEED, jobs: int | None = None,
          only: list[str] | None = None, student: str | None = None) -> Report:
    """Grade the submission at ``path`` (a folder like exercises/, or one module file).

    ``select`` is a ``-k`` expression; ``only`` names exact ``module.function``s (or quiz qualnames).
    The quizzes are graded when the folder has a ``quiz_answers.toml``; ``student`` overrides the
    file's own student (whose identity draws the generated questions' numbers).
    """
    try:
        submission = Submission.locate(path)
    except SubmissionError as error:
        raise GradingError(str(error)) from None
    functions = selected_functions(submission, select, only, quizzes=_has_quizzes(submission, only))
    if not functions:
        quiz_results = _quiz_results(submission, select, only, student)
        return Report(str(path), seed, "not needed", tuple(quiz_results), tuple(submission.notices))
    shards = max(1, min(jobs or _default_jobs(), len(functions), 4))
    scratch = Scratch(submission, confined_user=os.geteuid() == 0)
    worker = None
    try:
        plan = _plan(submission, scratch)
        worker = Worker.start(plan, channels=shards)
        from grader.engine.session import Session  # Hypothesis loads while the worker starts

        quiz_results = _quiz_results(submission, select, only, student)  # so do the quizzes
        session = Session(scratch, reference.library(), seed, {f.module for f in functions})
        try:
            worker = until_ready(worker, shards)
        except WorkerStartError as error:
            raise GradingError(f"could not start the sandbox for graded code: {error}") from None
        results = session.grade_all(functions, worker, submission, shards)
        return Report(str(path), seed, worker.mode, tuple(results) + tuple(quiz_results),
                      tuple(submission.notices))
    finally:
        if worker is not None:
            worker.kill()
        scratch.remove()


def _default_jobs() -> int:
    """One judge process per core: a judge and the graded code it waits on take turns on one CPU."""
    return len(placement.allowed_cpus()) or os.cpu_count() or 1


def run_sharded(items: list, shards: int, run_one, *, on_lost) -> list[dict]:
    """Grade ``items`` with ``shards`` forked processes pulling from one queue.

    ``run_one(shard, item)`` returns a dict (JSON); the queue is a pipe of
    2-byte indices (reads that small are atomic), heaviest items first, so
    the shards stay busy until the end whatever each item costs. Each shard
    takes a CPU of its own, round robin (see :mod:`grader.sandbox.placement`).
    An item whose process died is filled in by ``on_lost(item)``.
    """
    if shards == 1:
        return [run_one(0, item) for item in items]
    gc.freeze()  # the judges share what is loaded so far; the collector need not touch (and copy) it
    queue_read, queue_write = os.pipe()
    os.write(queue_write, b"".join(struct.pack("<H", i) for i in range(len(items))))
    os.close(queue_write)
    readers, pids = [], []
    for shard in range(shards):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            placement.take_cpu(shard)
            code = 0
            try:
                with os.fdopen(write_end, "wb") as out:
                    while len(record := os.read(queue_read, 2)) == 2:
                        index = struct.unpack("<H", record)[0]
                        line = json.dumps([index, run_one(shard, items[index])])
                        out.write(line.encode() + b"\n")
                        out.flush()
            except BaseException:  # noqa: BLE001 - the parent reports this shard's items as lost
                code = 1
            finally:
                os._exit(code)
        os.close(write_end)
        readers.append(read_end)
        pids.append(pid)
    os.close(queue_read)
    chunks = {fd: [] for fd in readers}
    try:
        open_fds = set(readers)
        while open_fds:
            ready, _, _ = select.select(list(open_fds), [], [])
            for fd in ready:
                data = os.read(fd, 1 << 20)
                if data:
                    chunks[fd].append(data)
                else:
                    open_fds.discard(fd)
                    os.close(fd)
    except BaseException:
        for pid in pids:  # interrupted: the judges stop now, not when their queue is empty
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        raise
    finally:
        for pid in pids:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
    results: dict[int, dict] = {}
    for fd in readers:
        for line in b"".join(chunks[fd]).splitlines():
            try:
                index, result = json.loads(line)
            except ValueError:
                continue
            results[index] = result
    return [results[i] if i in results else on_lost(item) for i, item in enumerate(items)]


