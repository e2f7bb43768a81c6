"""One grading run inside the judge: preconditions, sharding, and an exercise at a time."""
from __future__ import annotations

import copy

from grader.checks import registry
from grader.checks.framework import Exercise
from grader.curriculum import FunctionSpec
from grader.engine.caller import Caller, WorkerGone
from grader.engine.exercise_runner import run_exercise
from grader.engine.hypothesis_setup import (
    cheap_global_seeding,
    disable_source_constants,
    private_storage,
    skip_random_module_check,
)
from grader.feedback import compose
from grader.results import ExerciseResult, Status
from grader.sandbox.client import IMPORT_SECONDS, ImportResult, Worker, WorkerLost, WorkerStartError, until_ready

RESTARTS = 2


class Session:
    def __init__(self, scratch, references: dict, seed: int, modules=None):
        disable_source_constants()
        cheap_global_seeding()
        skip_random_module_check()
        self.scratch = scratch
        self.references = references
        self.seed = seed
        self.exercises: dict[str, Exercise] = registry(modules)

    # -- the whole selection -----------------------------------------------------
    def grade_all(self, functions: list[FunctionSpec], worker: Worker, submission, shards: int) -> list[ExerciseResult]:
        from grader.grading import run_sharded

        results: dict[str, ExerciseResult] = {}
        runnable = []
        for spec in functions:
            early = self._precondition(spec, worker.imports, submission)
            if early is not None:
                results[spec.qualname] = early
            else:
                runnable.append(spec)
        if runnable:
            exercises = sorted((self.exercises[s.qualname] for s in runnable), key=lambda e: -e.cost)
            _warm_up()
            channels = _Channels(worker)

            def run_one(shard: int, exercise: Exercise) -> dict:
                with private_storage(str(self.scratch.hypothesis_dir)):
                    return self._grade_with_restarts(exercise, channels, shard).to_dict()

            def lost(exercise: Exercise) -> dict:
                return compose.ungraded(exercise, Status.ERROR, "the grader failed while grading this function "
                                        "(an internal error; please report it)").to_dict()

            for data in run_sharded(exercises, shards, run_one, on_lost=lost):
                result = ExerciseResult.from_dict(data)
                results[result.qualname] = result
        return [results[spec.qualname] for spec in functions]

    def _grade_with_restarts(self, exercise: Exercise, channels: "_Channels", shard: int) -> ExerciseResult:
        for attempt in range(RESTARTS + 1):
            try:
                return self._grade_one(exercise, channels.control(shard), channels.worker.imports)
            except (WorkerGone, WorkerLost):
                if attempt < RESTARTS:
                    channels.replace(shard)
        return compose.ungraded(
            exercise, Status.ERROR,
            "the sandbox running your code kept dying, probably because of code that runs when your modules "
            "are imported (a thread, or a signal handler)")

    def _grade_one(self, exercise: Exercise, control, imports: dict[str, ImportResult]) -> ExerciseResult:
        spec = exercise.function

        def spawn(qualname: str = spec.qualname, allowed: tuple[str, ...] = tuple(exercise.uses)):
            try:
                return control.spawn(qualname, list(allowed))
            except WorkerLost as lost:
                raise WorkerGone(str(lost)) from None

        info = imports[spec.module].functions.get(spec.name, {})
        caller = Caller(exercise, spawn, self.references, output_limit=control.plan.output_bytes,
                        output_size=lambda child: self.scratch.output_size(f"{child.token}.out"),
                        signature=info.get("signature"),
                        uses_of=lambda qualname: self.exercises[qualname].uses if qualname in self.exercises else ())
        try:
            return run_exercise(exercise, caller, self.seed, _signature_note(spec, info.get("signature")))
        finally:
            control.reset()

    # -- functions that cannot be called at all ------------------------------------------
    def _precondition(self, spec: FunctionSpec, imports: dict[str, ImportResult], submission) -> ExerciseResult | None:
        exercise = self.exercises[spec.qualname]
        filename = f"{spec.module}.py"
        if spec.module not in submission.files:
            return compose.ungraded(exercise, Status.MISSING, f"There is no {filename} in {submission.path}.")
        found = imports.get(spec.module)
        if found is None or found.status == "missing":
            return compose.ungraded(exercise, Status.MISSING, f"There is no {filename} in {submission.path}.")
        if found.status == "timeout":
            return compose.ungraded(exercise, Status.TIMEOUT,
                                    f"Importing {filename} took longer than {IMPORT_SECONDS:g} s: "
                                    "is there a loop at module level?")
        if found.status == "crashed":
            return compose.ungraded(exercise, Status.ERROR,
                                    f"{filename} ended the whole process while being imported "
                                    "(os._exit, or a crash at module level).")
        if found.status == "error":
            return compose.ungraded(exercise, Status.ERROR, _import_error_text(filename, found.error or {}))
        info = found.functions.get(spec.name, {"kind": "missing"})
        if info.get("kind") == "missing":
            return compose.ungraded(exercise, Status.MISSING,
                                    f"{filename} has no function named {spec.name} (the contract: {spec.signature}).")
        if info.get("kind") == "not_callable":
            return compose.ungraded(exercise, Status.ERROR,
                                    f"{spec.name} in {filename} is a {info.get('type')}, not a function.")
        return None


def _import_error_text(filename: str, error: dict) -> str:
    kind = error.get("type", "Exception")
    message = str(error.get("message", "")).strip()
    where = error.get("where")
    at = f" (line {where[1]})" if where and where[1] else ""
    if kind == "SystemExit":
        text = f"{filename} called sys.exit() while being imported{at}."
    else:
        text = f"{filename} could not be imported: {kind}" + (f": {message}" if message else "") + f"{at}."
    source_line = str(error.get("text") or "")
    if kind == "SyntaxError" and source_line[:1] in ("%", "!"):
        text += (f" The line {source_line!r} is a Jupyter notebook command, not Python: remove it "
                 "(and other lines starting with % or !).")
    if kind in ("ModuleNotFoundError", "ImportError"):
        if "solutions" in message or "grader" in message:
            text += " Graded code cannot import the grader or its reference solutions."
        elif "dnn_utils" in message or "dnn_app_utils" in message:
            text += (" dnn_utils is a helper module of the course notebooks. Here, import the activations from "
                     "your own activations.py (from activations import sigmoid, relu, ...); note that they return "
                     "A alone, where the notebook's helpers return (A, cache).")
        else:
            text += (" Graded code sees only the .py files next to your exercises, NumPy and the standard "
                     "library; course helper files (testCases, dnn_utils, ...) are not there.")
    text += " Every function in it is ungraded until it imports."
    return text


def _signature_note(spec: FunctionSpec, signature) -> str | None:
    """A note when the learner's parameters differ from the contract (the calls decide the grade)."""
    if not isinstance(signature, list):
        return None
    try:
        params = [(str(p[0]), str(p[1]), p[2]) for p in signature if p[1] not in ("VAR_POSITIONAL", "VAR_KEYWORD")]
    except (TypeError, IndexError):
        return None
    mine = ", ".join(name + (f"={default}" if default is not None else "") for name, _, default in params)
    contract = ", ".join(p.render() for p in spec.parameters)
    defaults_differ = any(
        not p.required and (i >= len(params) or params[i][2] != repr(p.default))
        for i, p in enumerate(spec.parameters)
    )
    if len(params) != len(spec.parameters) or defaults_differ:
        return f"Your signature is {spec.name}({mine}); the contract's is {spec.name}({contract})."
    return None


class _Channels:
    """Each judge process's way to the worker: its own channel, or a private worker once that one died."""

    def __init__(self, worker: Worker):
        self.worker = worker
        self.replacements: dict[int, Worker] = {}

    def control(self, shard: int):
        replacement = self.replacements.get(shard)
        return replacement.controls[0] if replacement else self.worker.controls[shard]

    def replace(self, shard: int) -> None:
        old = self.replacements.pop(shard, None)
        if old is not None:
            old.kill()
        try:
            self.replacements[shard] = until_ready(Worker.start(copy.deepcopy(self.worker.plan), 1), 1)
        except WorkerStartError:
            pass


def _warm_up() -> None:
    """Run a trivial property once, so each forked judge starts with Hypothesis's lazy parts loaded."""
    from hypothesis import given, settings, strategies

    @settings(max_examples=2, database=None, deadline=None)
    @given(strategies.integers(0, 3))
    def nothing(_):
        pass

    nothing()
