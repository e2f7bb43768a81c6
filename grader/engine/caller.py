"""Calling the learner's function from a check, and answering its calls to the reference.

A :class:`Caller` owns the child process of one exercise. It turns every
outcome into what the engine needs: a :class:`~grader.checks.framework.Trial`
for a returned value, an ordinary exception for a raised one (so Hypothesis
can shrink it), and :class:`Stop` (not an ``Exception``, so Hypothesis lets it
through at once) when the child hung, crashed, flooded its output or the
exercise ran out of time: those are not worth shrinking.
"""
from __future__ import annotations

import time

import numpy as np

from grader.checks.framework import Case, Trial
from grader.curriculum import FUNCTIONS
from grader.sandbox import protocol
from grader.sandbox.client import Child, Crashed, LentFunctionRaised, Raised, Returned, TimedOut, Unsupported

MAX_REFERENCE_ITEMS = 10_000_000


class LearnerRaised(Exception):
    def __init__(self, outcome: Raised):
        super().__init__(outcome.type)
        self.outcome = outcome


class LearnerUnsupported(Exception):
    def __init__(self, outcome: Unsupported):
        super().__init__(outcome.what)
        self.outcome = outcome


class WorkerGone(BaseException):
    """The worker process itself is gone: the exercise must start over with a new one."""


class NotImplementedYet(BaseException):
    """The very first call raised NotImplementedError: the function is still a stub."""


class Stop(BaseException):
    """The exercise cannot go on: ``status`` is "timeout" or "error"."""

    def __init__(self, status: str, message: str, case: Case | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.case = case


class Caller:
    def __init__(self, exercise, spawn, references: dict, *, output_limit: int, output_size, signature=None,
                 uses_of=lambda qualname: ()):
        self.exercise = exercise
        self.signature = signature
        self.spawn = spawn
        self.references = references
        self.allowed = set(exercise.uses)
        self.output_limit = output_limit
        self.output_size = output_size
        self.child: Child | None = None
        self.spent = 0.0
        self.seed = 0
        self.calls = 0
        self.references_used: set[str] = set()
        self.return_args = False
        self.seconds = 2.0
        self.others: dict[str, Child] = {}
        self.given_up: set[str] = set()
        self.uses_of = uses_of

    def use(self, probe, seed: int) -> None:
        self.return_args = probe.return_args
        self.seconds = probe.seconds
        self.seed = seed % 2**32

    def trial(self, case: Case, *, seed: int | None = None) -> Trial:
        remaining = self.exercise.budget_seconds - self.spent
        if remaining <= 0:
            raise Stop("timeout", f"the checks of this function took longer than {self.exercise.budget_seconds:g} s "
                                  "in total: each call should take milliseconds", case)
        if self.child is None or self.child.dead:
            self.child = self.spawn()
        seconds = min(self.seconds, remaining)
        started = time.monotonic()
        outcome = _invoke(self.child, case, seed=self.seed if seed is None else seed, seconds=seconds,
                          return_args=self.return_args, on_reference=self.answer_reference)
        self.spent += time.monotonic() - started
        if self.output_size(self.child) >= self.output_limit:
            self.child.kill()
            raise Stop("error", f"your code printed more than {self.output_limit // 2**20} MiB of output", case)
        if isinstance(outcome, Returned):
            return Trial(case, outcome.value, outcome.args_after, self.references[self.exercise.function.qualname])
        self.calls += 1
        if isinstance(outcome, Raised):
            if self.calls == 1 and outcome.type == "NotImplementedError":
                raise NotImplementedYet()
            raise LearnerRaised(outcome)
        if isinstance(outcome, Unsupported):
            raise LearnerUnsupported(outcome)
        if isinstance(outcome, TimedOut):
            raise Stop("timeout", f"took longer than {outcome.seconds:g} s", case)
        assert isinstance(outcome, Crashed)
        raise Stop("error", f"your code {outcome.how}", case)

    def own(self, qualname: str, case: Case, *, seed: int | None = None):
        """What the learner's own ``qualname`` returns on ``case``, or None when it gives nothing usable.

        For a backward pass whose cache only the learner's forward pass knows the layout of: the
        checks make the cache with the learner's forward, and fall back to the reference's when this
        returns None (not implemented, raised, too slow, or not plain data). The call counts against
        this exercise's time budget; its failures are the forward pass's own exercise's business.
        """
        remaining = self.exercise.budget_seconds - self.spent
        if remaining <= 0:
            raise Stop("timeout", f"the checks of this function took longer than {self.exercise.budget_seconds:g} s "
                                  "in total: each call should take milliseconds", case)
        if qualname in self.given_up:
            return None
        uses = tuple(self.uses_of(qualname))
        child = self.others.get(qualname)
        if child is None or child.dead:
            child = self.others[qualname] = self.spawn(qualname, uses)
        started = time.monotonic()
        outcome = _invoke(child, case, seed=self.seed if seed is None else seed, seconds=min(self.seconds, remaining),
                          return_args=False,
                          on_reference=lambda message: self.answer_reference(message, allowed=set(uses), caller=qualname))
        self.spent += time.monotonic() - started
        if self.output_size(child) >= self.output_limit:
            child.kill()
            self.given_up.add(qualname)
            return None
        if isinstance(outcome, (TimedOut, Crashed)):
            self.given_up.add(qualname)  # one slow or crashing forward pass must not eat this exercise's budget
        return outcome.value if isinstance(outcome, Returned) else None

    def close(self) -> None:
        if self.child is not None:
            self.child.close()
            self.child = None
        for child in self.others.values():
            child.close()
        self.others.clear()

    # -- the learner's code calls a reference function ---------------------------
    def answer_reference(self, message: dict, *, allowed: set | None = None, caller: str | None = None) -> dict:
        qualname = message.get("function")
        name = (caller or self.exercise.function.qualname).split(".")[-1]
        if allowed is None:
            allowed = self.allowed
        if qualname not in allowed or qualname not in self.references:
            callee = str(qualname).split(".")[-1]
            return _refuse("RuntimeError", f"{name} may not call {callee} while it is graded")
        args, kwargs = message.get("args"), message.get("kwargs")
        if not isinstance(args, list) or not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
            return _refuse("TypeError", "malformed call")
        if _too_big(args) or _too_big(list(kwargs.values())):
            return _refuse("MemoryError", f"the grader refuses to run {qualname.split('.')[-1]} on inputs this large")
        spec = FUNCTIONS[qualname]
        if caller is None:
            self.references_used.add(qualname)
        saved = np.random.get_state() if spec.draws_random else None
        try:
            if spec.draws_random:
                np.random.set_state(message.get("rng"))
            value = self.references[qualname](*args, **kwargs)  # quietly: see run_exercise
            reply = {"op": "ref_return", "value": value}
            if spec.draws_random:
                reply["rng"] = np.random.get_state()
            return reply
        except LentFunctionRaised as error:  # the learner's own function, passed in, raised: their exception
            return _refuse(error.kind, error.message[:500])
        except Exception as error:  # noqa: BLE001 - bad input from learner code
            return _refuse(type(error).__name__, str(error)[:500])
        finally:
            if saved is not None:
                np.random.set_state(saved)


def _invoke(child: Child, case: Case, *, seed: int, seconds: float, return_args: bool, on_reference):
    """One call in the sandbox, with the judge's functions among the arguments passed as call-backs."""
    callbacks = _Callbacks(child)
    outcome = child.call(
        callbacks.export(list(case.args)), callbacks.export(dict(case.kwargs)), seed=seed, seconds=seconds,
        return_args=return_args, on_reference=lambda message: on_reference(callbacks.restore(message)),
        on_callback=callbacks.answer,
    )
    if isinstance(outcome, Returned) and outcome.args_after is not None:
        outcome = Returned(outcome.value, callbacks.restore(outcome.args_after))
    return outcome


class _Callbacks:
    """The judge's functions in one call's arguments (say, ``f`` for ``numerical_gradient``), by number.

    Learner code gets stand-ins that call back; each call runs here, on the judge's side, with
    arguments that came from learner code (so checked like a reference call's).
    """

    def __init__(self, child: Child):
        self.functions: list = []
        self.child = child

    def export(self, value):
        def leaf(item):
            if callable(item) and not isinstance(item, (type, np.ndarray)):
                self.functions.append(item)
                return protocol.Callback(len(self.functions) - 1)
            return item

        return protocol.replace_leaves(value, leaf)

    def restore(self, value):
        def leaf(item):
            if type(item) is protocol.Callback and 0 <= item.number < len(self.functions):
                return self.functions[item.number]
            if type(item) is protocol.Callback and item.number < 0:
                return self._lent(item.number)
            return item

        return protocol.replace_leaves(value, leaf)

    def _lent(self, number: int):
        """A function the learner's code passed to a reference function: it runs in the learner's process."""
        def function(*args, **kwargs):
            return self.restore(self.child.invoke(number, self.export(list(args)), self.export(kwargs)))

        return function

    def answer(self, message: dict) -> dict:
        number, args, kwargs = message.get("id"), message.get("args"), message.get("kwargs")
        if type(number) is not int or not 0 <= number < len(self.functions):
            return {"op": "callback_raise", "type": "RuntimeError", "message": "no such function"}
        if not isinstance(args, list) or not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
            return {"op": "callback_raise", "type": "TypeError", "message": "malformed call"}
        if _too_big(args) or _too_big(list(kwargs.values())):
            return {"op": "callback_raise", "type": "MemoryError", "message": "inputs too large"}
        try:
            value = self.functions[number](*self.restore(args), **self.restore(kwargs))  # quietly: see run_exercise
            return {"op": "callback_return", "value": value}
        except Exception as error:  # noqa: BLE001 - learner code called it with something odd
            return {"op": "callback_raise", "type": type(error).__name__, "message": str(error)[:500]}


def _refuse(kind: str, message: str) -> dict:
    return {"op": "ref_raise", "type": kind, "message": message}


def _too_big(values: list) -> bool:
    """Guard the judge against a reference call that would build something huge."""
    arrays, numbers = [], []
    stack = list(values)
    while stack:
        item = stack.pop()
        if isinstance(item, np.ndarray):
            arrays.append(item)
        elif isinstance(item, (list, tuple)):
            if len(item) > 10_000:
                return True
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (int, np.integer)) and not isinstance(item, bool):
            numbers.append(int(item))
    if sum(a.size for a in arrays) > MAX_REFERENCE_ITEMS:
        return True
    rows = max((a.shape[0] for a in arrays if a.ndim >= 1), default=1)
    cols = max((a.shape[-1] for a in arrays if a.ndim >= 1), default=1)
    if rows * cols > MAX_REFERENCE_ITEMS:
        return True
    numbers = sorted((abs(n) for n in numbers), reverse=True)[:2]
    return len(numbers) == 2 and numbers[0] * numbers[1] > MAX_REFERENCE_ITEMS
