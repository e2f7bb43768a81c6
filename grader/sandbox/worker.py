"""The untrusted side: a process that runs learner code and nothing else.

Started by the judge as ``python -I -S`` with a JSON plan. It imports NumPy,
confines itself (see :mod:`grader.sandbox.confinement`), then forks the
worker proper, which imports the learner's modules once and, on request,
forks a fresh child per graded function. A child talks to the judge over its
own socket: the judge sends calls, the child answers with plain data.

No reference code ever enters this process. When learner code calls another
contract function (``sigmoid`` inside ``linear_activation_forward``), it calls
a proxy that asks the judge to run the reference and waits for the result.

Everything here may be tampered with by learner code that runs in the same
process; the judge trusts nothing that arrives from it beyond "this is what
the learner's code returned".
"""
from __future__ import annotations

import builtins
import importlib.abc
import importlib.util
import gc
import inspect
import json
import os
import select
import signal
import socket
import sys
import types

import numpy as np
import numpy.fft  # noqa: F401  (NumPy 2 loads these lazily; load them while files are visible)
import numpy.linalg  # noqa: F401
import numpy.random  # noqa: F401

from grader.sandbox import confinement, placement, protocol

# What a chroot (no filesystem at all) still lets graded code import.
_CHROOT_PRELOAD = (
    "copy", "math", "random", "functools", "itertools", "collections", "typing", "dataclasses",
    "time", "warnings", "operator", "numbers", "statistics", "decimal", "fractions", "string",
    "re", "json", "abc", "enum", "contextlib", "heapq", "bisect", "traceback", "linecache",
    "numpy.polynomial", "numpy.ma", "numpy.testing",
)
_FLUSH = (sys.stdout, sys.stderr)


class _Nothing:
    """Whatever a plotting call returns: callable, indexable, iterable (fig, ax = ...), a context manager."""

    def __call__(self, *args, **kwargs):
        return self

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    def __getitem__(self, key):
        return self

    def __iter__(self):
        return iter((self, self))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _NoPlotting(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """matplotlib for graded code: every call does nothing.

    Notebook code often plots (older course versions of L_layer_model plot
    their costs). Plots never change a grade, so graded code always gets this
    stand-in, installed or not, and grades do not depend on it.
    """

    def find_spec(self, name, path=None, target=None):
        if name == "matplotlib" or name.startswith("matplotlib."):
            return importlib.util.spec_from_loader(name, self, is_package=True)
        return None

    def create_module(self, spec):
        module = types.ModuleType(spec.name, "A stand-in: plotting does nothing while code is graded.")
        module.__path__ = []
        module.__getattr__ = lambda attribute: _Nothing()
        return module

    def exec_module(self, module):
        pass


class Confined:
    """How the worker ended up confined, and what that means for paths."""

    def __init__(self, mode: str, scratch_seen_as: str):
        self.mode = mode
        self.scratch_seen_as = scratch_seen_as


def _confine(plan: dict) -> Confined:
    """Confine this process, falling back level by level; returns the level reached.

    ``plan["isolation"]`` lists the levels allowed; when none of them can be
    reached, ConfinementError says why and no learner code runs.
    """
    scratch = plan["scratch"]
    allowed = plan["isolation"]
    reasons = []
    if "namespace" in allowed:
        try:
            if not sys.platform.startswith("linux"):
                raise confinement.ConfinementError("namespaces need Linux")
            confinement.enter_namespaces(plan["confine"])
            return Confined("namespace", scratch)
        except (confinement.ConfinementError, OSError) as error:
            if "still visible" in str(error):
                raise
            reasons.append(f"namespace: {error}")
    if "chroot" in allowed:
        if os.getuid() == 0:
            for name in _CHROOT_PRELOAD:
                try:
                    __import__(name)
                except ImportError:
                    pass
            confinement.enter_chroot(scratch)
            return Confined("chroot", "/")
        reasons.append("chroot: needs root")
    if "none" in allowed:
        return Confined("none", scratch)
    raise confinement.ConfinementError("; ".join(reasons) or "no isolation level allowed")


def _flush_output() -> None:
    """Flush what this process printed, before a fork copies the buffers or a redirect changes the files."""
    for stream in _FLUSH:
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def _report(control: socket.socket, message: dict) -> None:
    control.send(protocol.encode(message))


def main(plan_json: str) -> None:
    plan = json.loads(plan_json)
    controls = [socket.socket(fileno=fd) for fd in plan["control_fds"]]
    confinement.limit_memory(plan["limits"]["memory_bytes"])
    try:
        confined = _confine(plan)
    except BaseException as error:  # noqa: BLE001 - anything here means we must not run learner code
        _report(controls[0], {"op": "refused", "reason": str(error)})
        os._exit(3)
    go_read, go_write = os.pipe()
    for stream in _FLUSH:
        stream.flush()
    pid = os.fork()
    if pid:
        # The outer process: tell the judge who the worker is, then just wait.
        os.close(go_read)
        _report(controls[0], {"op": "hello", "worker_pid": pid, "mode": confined.mode})
        os.write(go_write, b"1")
        os.close(go_write)
        for control in controls:
            control.close()
        _, status = os.waitpid(pid, 0)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF if status else 0)
    os.close(go_write)
    os.read(go_read, 1)
    os.close(go_read)
    Worker(plan, controls, confined).run()


class Worker:
    """Imports the submission once, then forks a child per graded function."""

    def __init__(self, plan: dict, controls: list[socket.socket], confined: Confined):
        self.plan = plan
        self.controls = controls
        self.confined = confined
        self.scratch = confined.scratch_seen_as
        self.contract: dict[str, list[str]] = plan["contract"]
        self.own_functions: dict[str, object] = {}
        self.learner_modules: list[types.ModuleType] = []

    # -- start-up -------------------------------------------------------
    def run(self) -> None:
        global _DRAWS_RANDOM
        _DRAWS_RANDOM = frozenset(self.plan["draws_random"])
        confinement.die_with_parent()
        as_root = os.getuid() == 0
        confinement.drop_privileges()
        if as_root:
            confinement.limit_processes(64)
        confinement.forbid_new_privileges()
        confinement.limit_output(self.plan["limits"]["output_bytes"])
        os.chdir(self.scratch)
        self._capture_output(os.path.join(self.scratch, ".nn-grader", "import.out"))
        sys.dont_write_bytecode = True
        sys.path.insert(0, self.scratch)
        sys.meta_path.insert(0, _NoPlotting())
        _install_steady_clock()
        self.pristine = _Pristine()
        for module in self.plan["modules"]:
            self._import(module)
        gc.freeze()
        _report(self.controls[0], {"op": "ready"})
        self._serve()

    def _capture_output(self, path: str) -> None:
        _flush_output()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)

    def _import(self, name: str) -> None:
        control = self.controls[0]
        filename = self.plan["present"].get(name)
        if filename is None or name in self.plan["skip"]:
            sys.modules[name] = self._stand_in(name)
            return
        _report(control, {"op": "importing", "module": name})
        path = os.path.join(self.scratch, filename)
        try:
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
        except BaseException as error:  # noqa: BLE001 - learner code may raise anything at import
            self.pristine.restore()
            sys.modules[name] = self._stand_in(name)
            _report(control, {"op": "imported", "module": name, "ok": False, "error": _describe_error(error, self.scratch)})
            return
        # Whatever the module patched while importing (builtins, numpy, ...) stops here:
        # it must not reach the grader's machinery or the other modules' functions.
        self.pristine.restore()
        sys.modules[name] = module
        report = {"op": "imported", "module": name, "ok": True, "functions": {}}
        for function in self.contract.get(name, []):
            report["functions"][function] = self._adopt(module, name, function)
        self._note_learner_modules()
        _report(control, report)

    def _adopt(self, module: types.ModuleType, module_name: str, function: str) -> dict:
        """Record the learner's own function (or inject a proxy where there is none)."""
        qualname = f"{module_name}.{function}"
        value = module.__dict__.get(function, _MISSING)
        if value is _MISSING:
            setattr(module, function, _proxy(qualname))
            return {"kind": "missing"}
        if not callable(value):
            return {"kind": "not_callable", "type": _safe(lambda: type(value).__name__)}
        self.own_functions[qualname] = value
        return {"kind": "function", "signature": _signature(value)}

    def _stand_in(self, name: str) -> types.ModuleType:
        module = types.ModuleType(name, "Stand-in: every function is the reference, run by the judge.")
        for function in self.contract.get(name, []):
            setattr(module, function, _proxy(f"{name}.{function}"))
        return module

    def _note_learner_modules(self) -> None:
        self.learner_modules = [
            m for m in list(sys.modules.values()) if _is_learner_file(getattr(m, "__file__", None), self.scratch)
        ]

    # -- serving ----------------------------------------------------------
    def _serve(self) -> None:
        """Fork one shard server per control channel, then wait for them all."""
        servers = []
        for control in self.controls:
            _flush_output()
            pid = os.fork()
            if pid == 0:
                for other in self.controls:
                    if other is not control:
                        other.close()
                try:
                    confinement.die_with_parent()
                    Shard(self, control).serve()
                finally:
                    os._exit(0)
            servers.append(pid)
        for control in self.controls:
            control.close()
        for pid in servers:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        os._exit(0)


class Shard:
    """The server behind one control channel: forks a child per graded function, one function at a time.

    It is the first process of a PID namespace of its own (where the kernel allows one), so graded
    code sees only the processes of the function being graded: kill(-1) or killpg(0) cannot reach
    another judge's children, and the init of a namespace takes no signal it has no handler for.
    Between two functions the judge asks for a reset, which stops whatever the last one left behind.
    """

    def __init__(self, worker: Worker, control: socket.socket):
        self.worker = worker
        self.control = control
        self.children: dict[int, int] = {}  # pid -> token
        self.isolated = False

    def serve(self) -> None:
        self.isolated = confinement.own_pid_namespace()
        # As a namespace's init, only signals with a handler reach us from inside: Python's SIGINT handler is one.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        while True:
            ready, _, _ = select.select([self.control], [], [], 0.05)
            self._reap()
            if not ready:
                continue
            try:
                data = self.control.recv(1 << 20)
            except OSError:
                data = b""
            if not data:
                os._exit(0)
            try:
                request = protocol.decode(data)
            except protocol.ProtocolError:
                continue
            op = request.get("op") if isinstance(request, dict) else None
            if op == "spawn":
                self._spawn(request)
            elif op == "reset":
                self._reset()

    def _reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            token = self.children.pop(pid, None)
            if token is not None:
                try:
                    _report(self.control, {"op": "exited", "token": token, "status": _exit_description(status)})
                except OSError:
                    pass

    def _reset(self) -> None:
        """Stop every process the last graded function left: its children, and whatever they started."""
        if self.isolated:
            try:
                os.kill(-1, signal.SIGKILL)  # from a namespace's init: everyone else in it
            except OSError:
                pass
            return
        for pid in self.children:
            try:
                os.killpg(pid, signal.SIGKILL)  # each child leads a process group of its own
            except OSError:
                pass

    def _spawn(self, request: dict) -> None:
        placement.follow(request.get("cpus"))  # the judge's CPU, for this server and the child it forks: see placement
        judge_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        _flush_output()
        pid = os.fork()
        if pid == 0:
            judge_end.close()
            self.control.close()
            try:
                confinement.die_with_parent()
                os.setsid()  # a process group of its own: killpg(0) reaches only this function's processes
                signal.signal(signal.SIGINT, signal.default_int_handler)
                Child(self.worker, child_end, request).serve()
            finally:
                os._exit(0)
        child_end.close()
        self.children[pid] = request.get("token")
        frame = protocol.encode({"op": "spawned", "token": request.get("token")})
        try:
            socket.send_fds(self.control, [frame], [judge_end.fileno()])
        finally:
            judge_end.close()


_CLOCK_START = 1_700_000_000.0  # a fixed date (November 2023); any will do


def _install_steady_clock() -> None:
    """Graded code reads a wall clock that starts at a fixed date and moves one second per reading.

    Code that seeds NumPy from the clock (np.random.seed(int(time.time()))) would otherwise get a
    grade that depends on when it ran: two calls within one second agree, two seconds apart they
    do not. With this clock every run reads the same times and no two readings are equal, so such
    code always gets the verdict the contract gives a generator the grader cannot seed. Durations
    (time.perf_counter, time.monotonic) and time.sleep are the real ones.
    """
    import datetime
    import itertools
    import time

    readings = itertools.count()

    def wall_clock() -> float:
        return _CLOCK_START + next(readings)

    class SteadyDatetime(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls.fromtimestamp(wall_clock(), tz)

        @classmethod
        def today(cls):
            return cls.fromtimestamp(wall_clock())

        @classmethod
        def utcnow(cls):
            return cls.fromtimestamp(wall_clock(), datetime.timezone.utc).replace(tzinfo=None)

    time.time = wall_clock
    time.time_ns = lambda: int(wall_clock()) * 1_000_000_000
    SteadyDatetime.__name__ = SteadyDatetime.__qualname__ = "datetime"
    datetime.datetime = SteadyDatetime


class _Pristine:
    """The namespaces of builtins and of every module loaded before learner code, to restore later."""

    def __init__(self):
        self.modules = dict(sys.modules)
        self.namespaces = {name: dict(vars(m)) for name, m in self.modules.items() if hasattr(m, "__dict__")}
        self.builtins = dict(vars(builtins))

    def restore(self) -> None:
        _restore(vars(builtins), self.builtins)
        for name, module in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
            saved = self.namespaces.get(name)
            if saved is not None:
                _restore(vars(module), saved)


def _restore(namespace: dict, saved: dict) -> None:
    for key in [k for k in namespace if k not in saved]:
        del namespace[key]
    for key, value in saved.items():
        if namespace.get(key, _MISSING) is not value:
            namespace[key] = value


class Child:
    """One fresh process per graded function: calls in, plain data out."""

    def __init__(self, worker: Worker, channel: socket.socket, request: dict):
        self.worker = worker
        self.channel = channel
        self.qualname = request["function"]
        self.allowed = set(request.get("allowed", ()))
        self.token = request.get("token")

    def serve(self) -> None:
        global _CHANNEL
        _CHANNEL = self.channel
        confinement.die_with_parent()
        out = os.path.join(self.worker.scratch, ".nn-grader", f"{self.token}.out")
        self.worker._capture_output(out)
        self._install_references()
        target = self.worker.own_functions.get(self.qualname)
        while True:
            try:
                request = protocol.receive(self.channel)
            except (protocol.ProtocolError, OSError):
                os._exit(0)
            op = request.get("op") if isinstance(request, dict) else None
            if op == "hello":
                protocol.send(self.channel, {"op": "ready"})
            elif op == "call" and target is not None:
                self._call(target, request)
            else:
                os._exit(0)

    def _install_references(self) -> None:
        """Point every allowed contract function the learner's code can reach at the reference."""
        own = self.worker.own_functions
        target = own.get(self.qualname)
        replace = {id(fn): _proxy(q) for q, fn in own.items() if q in self.allowed and fn is not target}
        if not replace:
            return
        for module in self.worker.learner_modules:
            namespace = module.__dict__
            for key, value in list(namespace.items()):
                if id(value) in replace:
                    namespace[key] = replace[id(value)]
                elif type(value) is dict:
                    for k, v in list(value.items()):
                        if id(v) in replace:
                            value[k] = replace[id(v)]
                elif type(value) is list:
                    for i, v in enumerate(value):
                        if id(v) in replace:
                            value[i] = replace[id(v)]

    def _call(self, target, request: dict) -> None:
        args = protocol.replace_leaves(request.get("args", ()), _bind_callback)
        kwargs = protocol.replace_leaves(request.get("kwargs", {}), _bind_callback)
        np.random.seed(request.get("seed", 0))
        confinement.limit_cpu(request.get("cpu_seconds", 2.0))
        try:
            value = target(*args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - every way learner code can stop is a result
            reply = {"op": "raise", **_describe_error(error, self.worker.scratch)}
        else:
            reply = {"op": "return", "value": value}
            if request.get("return_args"):
                reply["args_after"] = protocol.replace_leaves([list(args), kwargs], _unbind_callback)
        try:
            frame = protocol.encode(reply)
        except protocol.Unsupported as what:
            part = "its inputs, changed by the call," if "args_after" in reply and _encodable(reply["value"]) else "it"
            frame = protocol.encode({"op": "unsupported", "what": str(what), "part": part})
        except BaseException as error:  # noqa: BLE001 - a hostile __repr__ or similar
            frame = protocol.encode({"op": "unsupported", "what": _safe(lambda: type(error).__name__), "part": "it"})
        for stream in _FLUSH:
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001
                pass
        self.channel.sendall(frame)


_CHANNEL: socket.socket | None = None
_DRAWS_RANDOM: frozenset = frozenset()
_MISSING = object()


def _proxy(qualname: str):
    """A stand-in for a contract function: the judge runs the reference and sends the result."""
    module_name, name = qualname.split(".")

    def reference(*args, **kwargs):
        if _CHANNEL is None:
            raise RuntimeError(f"{name} from {module_name}.py is not available while modules are being imported")
        local: list = []
        request = {"op": "ref", "function": qualname, "args": _lend(list(args), local), "kwargs": _lend(kwargs, local)}
        if qualname in _DRAWS_RANDOM:
            request["rng"] = np.random.get_state()
        protocol.send(_CHANNEL, request)
        reply = _await_reply(local)
        if reply.get("rng") is not None:
            np.random.set_state(reply["rng"])
        if reply.get("op") == "ref_return":
            return reply["value"]
        raise _rebuild_exception(reply.get("type"), reply.get("message", ""))

    reference.__name__ = reference.__qualname__ = name
    reference.__module__ = module_name
    reference.__doc__ = f"The reference {name}, run by the grader."
    return reference


def _lend(value, local: list):
    """Arguments for the judge: its own call-backs by number, the learner's functions as lent ones.

    A learner's function (the lambda its gradient_check hands to numerical_gradient) stays here; the
    judge gets its number, negative, and asks this process to run it while the reference works.
    """
    def leaf(item):
        number = getattr(item, "_nn_grader_callback", None) if callable(item) else None
        if type(number) is int:
            return protocol.Callback(number)
        if callable(item) and not isinstance(item, (type, np.ndarray)):
            local.append(item)
            return protocol.Callback(-len(local))
        return item

    return protocol.replace_leaves(value, leaf)


def _await_reply(local: list) -> dict:
    """The judge's answer to a reference call, running the lent functions it asks for meanwhile."""
    while True:
        reply = protocol.receive(_CHANNEL)
        if not isinstance(reply, dict) or reply.get("op") != "invoke":
            return reply if isinstance(reply, dict) else {}
        number = reply.get("id")
        if type(number) is not int or not 1 <= -number <= len(local):
            answer = {"op": "invoke_raise", "type": "RuntimeError", "message": "no such function"}
        else:
            try:
                args = protocol.replace_leaves(reply.get("args", []), _bind_callback)
                value = local[-number - 1](*args, **protocol.replace_leaves(reply.get("kwargs", {}), _bind_callback))
                answer = {"op": "invoke_return", "value": _lend(value, local)}
            except Exception as error:  # noqa: BLE001 - the judge reports it as the learner's exception
                answer = {"op": "invoke_raise", "type": type(error).__name__, "message": str(error)[:500]}
        try:
            protocol.send(_CHANNEL, answer)
        except protocol.Unsupported as what:
            protocol.send(_CHANNEL, {"op": "invoke_raise", "type": "TypeError",
                                     "message": f"your function returned {what}, not arrays and numbers"})


def _bind_callback(value):
    """A judge's function, received as a :class:`protocol.Callback`, as something learner code can call."""
    if type(value) is not protocol.Callback:
        return value
    number = value.number

    def function(*args, **kwargs):
        try:
            protocol.send(_CHANNEL, {"op": "callback", "id": number,
                                     "args": protocol.replace_leaves(list(args), _unbind_callback),
                                     "kwargs": protocol.replace_leaves(kwargs, _unbind_callback)})
        except protocol.Unsupported as what:
            raise TypeError(f"the grader's function takes arrays and numbers; it cannot take {what}") from None
        reply = protocol.receive(_CHANNEL)
        if reply.get("op") == "callback_return":
            return reply.get("value")
        raise _rebuild_exception(reply.get("type"), reply.get("message", ""))

    function.__name__ = function.__qualname__ = "f"
    function.__doc__ = "A function given by the grader (it runs in the grader's process)."
    function._nn_grader_callback = number
    return function


def _unbind_callback(value):
    number = getattr(value, "_nn_grader_callback", None) if callable(value) else None
    return protocol.Callback(number) if type(number) is int else value


def _rebuild_exception(type_name, message):
    import builtins

    kind = getattr(builtins, str(type_name), None)
    if isinstance(kind, type) and issubclass(kind, Exception):
        try:
            return kind(message)
        except Exception:  # noqa: BLE001
            pass
    return RuntimeError(f"{type_name}: {message}")


def _encodable(value) -> bool:
    try:
        protocol.encode(value)
        return True
    except BaseException:  # noqa: BLE001
        return False


def _without_scratch(text: str, scratch: str) -> str:
    """Messages name files relative to the learner's folder: the scratch path changes every run."""
    if scratch in ("", "/"):
        return text
    return text.replace(os.path.join(scratch, ""), "").replace(scratch, ".")


def _is_learner_file(path, scratch: str) -> bool:
    """A file from the submission (under a chroot, every path starts with "/", so it must also exist)."""
    return isinstance(path, str) and path.startswith(os.path.join(scratch, "")) and os.path.isfile(path)


def _safe(produce, fallback: str = "?") -> str:
    try:
        return str(produce())[:2000]
    except BaseException:  # noqa: BLE001
        return fallback


def _describe_error(error: BaseException, scratch: str) -> dict:
    """Plain data about an exception: its type, message, and where in learner code it happened."""
    kind = type(error)
    where = None
    tb = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if _is_learner_file(filename, scratch):
            where = [os.path.relpath(filename, scratch), tb.tb_lineno, tb.tb_frame.f_code.co_name]
        tb = tb.tb_next
    description = {
        "type": _safe(lambda: kind.__name__),
        "builtin": kind.__module__ == "builtins",
        "message": _without_scratch(_safe(lambda: error), scratch),
        "where": where,
    }
    if isinstance(error, SyntaxError):
        description["where"] = [os.path.relpath(str(error.filename or ""), scratch), error.lineno, None]
        description["message"] = _safe(lambda: error.msg)
        description["text"] = _safe(lambda: (error.text or "").strip())[:200]
    if isinstance(error, OSError) and error.errno is not None:
        description["errno"] = error.errno
    if isinstance(error, SystemExit):
        description["code"] = _safe(lambda: error.code)
    return description


def _signature(function) -> list | None:
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return None
    out = []
    for p in parameters:
        default = None if p.default is inspect.Parameter.empty else _safe(lambda: repr(p.default))[:60]
        out.append([p.name, p.kind.name, default])
    return out


def _exit_description(status: int) -> list:
    if os.WIFSIGNALED(status):
        return ["signal", os.WTERMSIG(status)]
    return ["exit", os.WEXITSTATUS(status)]


if __name__ == "__main__":  # pragma: no cover - started through grader.sandbox.client
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    main(sys.argv[1])
