"""The judge's handle on the untrusted worker: start it, fork children, call them.

Nothing that arrives from the worker is trusted beyond "this is what learner
code returned": replies are plain data (see :mod:`grader.sandbox.protocol`),
a child's process id comes from the kernel (``SO_PASSCRED``), never from the
child, and every wait has a deadline.
"""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from grader.sandbox import placement, protocol

WORKER_START_SECONDS = 20.0
CLOSED = {"op": "closed"}
MEMORY_LIMIT = 1024 * 2**20  # address space a graded call may add to the worker's
OUTPUT_LIMIT = 1 * 2**20  # what graded code may print, per function
ISOLATION_LEVELS = ("namespace", "chroot", "none")
IMPORT_SECONDS = 5.0
_UCRED = struct.Struct("3i")


class WorkerStartError(Exception):
    """The worker could not be started at all: the grader cannot run."""


class WorkerLost(Exception):
    """The worker process died or stopped answering; start a new one."""


# -- outcomes of one call -------------------------------------------------
class LentFunctionRaised(Exception):
    """A function the learner's code passed to a reference function raised."""

    def __init__(self, kind: str, message: str):
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message


class _Abandon(BaseException):
    """The call ran out of time while the judge was running the learner's function."""


class _Lost(BaseException):
    """The child broke the conversation while the judge was running the learner's function."""


class _NotAReply(BaseException):
    """The child sent a message that answers nothing it was asked (it was killed)."""


@dataclass(frozen=True)
class Returned:
    value: object
    args_after: object = None


@dataclass(frozen=True)
class Raised:
    type: str
    message: str
    where: tuple | None = None
    builtin: bool = True
    errno: int | None = None
    exit_code: str | None = None


@dataclass(frozen=True)
class Unsupported:
    what: str
    part: str = "it"


@dataclass(frozen=True)
class TimedOut:
    seconds: float


@dataclass(frozen=True)
class Crashed:
    how: str


Outcome = Returned | Raised | Unsupported | TimedOut | Crashed


@dataclass
class ImportResult:
    """What the worker found in one module of the submission."""

    module: str
    status: str  # "ok", "error", "missing", "timeout", "crashed"
    error: dict | None = None
    functions: dict = field(default_factory=dict)


@dataclass
class WorkerPlan:
    """Everything the worker needs to know, as plain data."""

    scratch: str
    root_dir: str
    output_dir: str
    modules: list[str]
    present: dict[str, str]
    contract: dict[str, list[str]]
    draws_random: list[str]
    readable: list[str]
    masked: list[str]
    canaries: list[str]
    memory_bytes: int = MEMORY_LIMIT
    output_bytes: int = OUTPUT_LIMIT
    skip: list[str] = field(default_factory=list)
    isolation: list[str] = field(default_factory=lambda: list(ISOLATION_LEVELS))


def numpy_location() -> Path:
    """The folder numpy is installed in, found without importing numpy."""
    import importlib.util

    spec = importlib.util.find_spec("numpy")
    return Path(spec.origin).resolve().parent.parent


def _bootstrap_source() -> str:
    numpy_parent = str(numpy_location())
    grader_parent = str(Path(__file__).resolve().parent.parent.parent)
    return (
        "import sys\n"
        f"sys.path[:0] = [{numpy_parent!r}, {grader_parent!r}]\n"
        "from grader.sandbox import worker\n"
        f"sys.path.remove({grader_parent!r})\n"
        "worker.main(sys.argv[1])\n"
    )


def _worker_environment(plan: WorkerPlan) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": plan.scratch,
        "TMPDIR": plan.scratch,
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MPLCONFIGDIR": plan.scratch,
    }


class Worker:
    """One worker process serving one or more control channels (one per judge shard)."""

    def __init__(self, process: subprocess.Popen, controls: list[socket.socket], plan: WorkerPlan, stderr_path: Path):
        self.process = process
        self.controls = [Control(self, c, plan, index) for index, c in enumerate(controls)]
        self.plan = plan
        self.stderr_path = stderr_path
        self.mode = "unknown"
        self.worker_pid: int | None = None
        self._pidfd: int | None = None
        self.imports: dict[str, ImportResult] = {}

    @classmethod
    def start(cls, plan: WorkerPlan, channels: int = 1, stderr_path: Path | None = None) -> "Worker":
        """Launch the worker; returns at once (the import report is read by :meth:`wait_ready`)."""
        pairs = [socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET) for _ in range(channels)]
        theirs = [b.fileno() for _, b in pairs]
        config = dict(plan.__dict__)
        config["control_fds"] = theirs
        config["limits"] = {"memory_bytes": plan.memory_bytes, "output_bytes": plan.output_bytes}
        config["confine"] = {
            "root_dir": plan.root_dir, "scratch": plan.scratch, "readable": plan.readable,
            "masked": plan.masked, "canaries": plan.canaries,
        }
        stderr_path = stderr_path or Path(plan.output_dir) / "worker.err"
        with open(stderr_path, "wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _bootstrap_source(), json.dumps(config)],
                stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr, pass_fds=theirs,
                env=_worker_environment(plan), cwd="/", start_new_session=True,
            )
        for _, b in pairs:
            b.close()
        return cls(process, [a for a, _ in pairs], plan, stderr_path)

    # -- start-up report -----------------------------------------------------
    def wait_ready(self, import_seconds: float = IMPORT_SECONDS) -> dict[str, ImportResult]:
        """Read the start-up report: confinement level, then one entry per module.

        An import that hangs or kills the process is charged to its module:
        the worker is restarted without it, and its functions get the blame.
        """
        control = self.controls[0]
        hello = control.read(time.monotonic() + WORKER_START_SECONDS)
        if hello is None or hello is CLOSED or hello.get("op") != "hello":
            reason = hello.get("reason") if isinstance(hello, dict) and hello.get("op") == "refused" else None
            self.kill()
            raise WorkerStartError(reason or f"the worker did not start: {self._stderr_tail()}")
        self.mode = str(hello.get("mode"))
        self.worker_pid = int(hello["worker_pid"])
        self._pidfd = _pidfd_open(self.worker_pid)
        current = None
        while True:
            message = control.read(time.monotonic() + (import_seconds if current else WORKER_START_SECONDS))
            if message is None or message is CLOSED:
                if current is None:
                    self.kill()
                    raise WorkerStartError(f"the worker stopped before importing anything: {self._stderr_tail()}")
                self.kill()
                self.imports[current] = ImportResult(current, "timeout" if message is None else "crashed")
                raise _ImportKilled(current, self.imports)
            op = message.get("op")
            if op == "importing":
                current = str(message["module"])
            elif op == "imported":
                name = str(message["module"])
                status = "ok" if message.get("ok") else "error"
                self.imports[name] = ImportResult(name, status, message.get("error"), message.get("functions") or {})
                current = None
            elif op == "ready":
                return self.imports

    def _stderr_tail(self) -> str:
        try:
            text = self.stderr_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "no output"
        return text[-1] if text else "no output"

    def kill(self) -> None:
        """Kill the worker and, with it, every child (they die with their parent or namespace)."""
        if self._pidfd is not None:
            _pidfd_kill(self._pidfd)
            os.close(self._pidfd)
            self._pidfd = None
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for control in self.controls:
            control.close()


class _ImportKilled(Exception):
    def __init__(self, module: str, imports: dict[str, ImportResult]):
        super().__init__(module)
        self.module = module
        self.imports = imports


def start_worker(plan: WorkerPlan, channels: int = 1) -> Worker:
    """Start a worker and wait for its import report (see :func:`until_ready`)."""
    return until_ready(Worker.start(plan, channels), channels)


def until_ready(worker: Worker, channels: int) -> Worker:
    """Wait for ``worker``'s import report; a module that kills or hangs the worker
    at import is charged with it, and a new worker starts without that module."""
    blamed: dict[str, ImportResult] = {}
    plan = worker.plan
    while True:
        try:
            imports = worker.wait_ready()
        except _ImportKilled as killed:
            blamed[killed.module] = killed.imports[killed.module]
            plan.skip = sorted(set(plan.skip) | {killed.module})
            worker = Worker.start(plan, channels)
            continue
        imports.update(blamed)
        return worker


class Control:
    """The judge's end of one control channel: asks the worker for children."""

    def __init__(self, worker: Worker, sock: socket.socket, plan: WorkerPlan, index: int = 0):
        self.worker = worker
        self.sock = sock
        self.plan = plan
        self.exits: dict[int, list] = {}
        self._tokens = (index + 1) * 100_000

    def read(self, deadline: float, with_fd: bool = False):
        """The next message; None when the deadline passes first, :data:`CLOSED` when the worker is gone."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.sock], [], [], left)[0]:
                return None
            try:
                data, fds, _, _ = socket.recv_fds(self.sock, 1 << 16, 1)
            except OSError:
                return CLOSED
            if not data:
                return CLOSED
            try:
                message = protocol.decode(data)
            except protocol.ProtocolError:
                for fd in fds:
                    os.close(fd)
                continue
            if not isinstance(message, dict):
                continue
            if message.get("op") == "exited":
                self.exits[message.get("token")] = message.get("status")
                for fd in fds:
                    os.close(fd)
                continue
            if with_fd:
                return message, fds
            for fd in fds:
                os.close(fd)
            return message

    def spawn(self, qualname: str, allowed: list[str]) -> "Child":
        """A fresh child process, forked from the worker, ready to call ``qualname``."""
        self._tokens += 1
        token = self._tokens
        try:
            self.sock.send(protocol.encode({"op": "spawn", "function": qualname, "allowed": allowed, "token": token,
                                            "cpus": placement.allowed_cpus()}))
        except OSError:
            raise WorkerLost("the worker is gone") from None
        reply = self.read(time.monotonic() + WORKER_START_SECONDS, with_fd=True)
        if reply is None or reply is CLOSED:
            raise WorkerLost("the worker did not fork a child")
        message, fds = reply
        if message.get("op") != "spawned" or message.get("token") != token or len(fds) != 1:
            for fd in fds:
                os.close(fd)
            raise WorkerLost("the worker answered out of turn")
        child = Child(self, socket.socket(fileno=fds[0]), token)
        child.handshake()
        return child

    def reset(self) -> None:
        """Stop whatever the last graded function left running (its children close on their own)."""
        try:
            self.sock.send(protocol.encode({"op": "reset"}))
        except OSError:
            pass  # a worker that is gone is noticed at the next spawn

    def exit_status(self, token: int, wait: float = 0.3):
        deadline = time.monotonic() + wait
        while token not in self.exits and time.monotonic() < deadline:
            if self.read(deadline) in (None, CLOSED):
                break
        return self.exits.get(token)

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


class Child:
    """One child process: a fresh copy of the worker for one graded function."""

    def __init__(self, control: Control, sock: socket.socket, token: int):
        self.control = control
        self.sock = sock
        self.token = token
        self.pid: int | None = None
        self._pidfd: int | None = None
        self.dead = False
        self.seconds = 0.0

    @property
    def output_path(self) -> Path:
        return Path(self.control.plan.output_dir) / f"{self.token}.out"

    def handshake(self) -> None:
        """Learn the child's process id from the kernel, not from the child."""
        if hasattr(socket, "SO_PASSCRED"):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        protocol.send(self.sock, {"op": "hello"})
        deadline = time.monotonic() + WORKER_START_SECONDS
        if not select.select([self.sock], [], [], WORKER_START_SECONDS)[0]:
            self.kill()
            raise WorkerLost("a new child did not answer")
        data, ancillary, _, _ = self.sock.recvmsg(1 << 16, socket.CMSG_SPACE(_UCRED.size))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == getattr(socket, "SCM_CREDENTIALS", -1):
                self.pid = _UCRED.unpack(payload[:_UCRED.size])[0]
                self._pidfd = _pidfd_open(self.pid)
        if not data:
            self.kill()
            raise WorkerLost("a new child died at once")
        try:
            header = data[:16]
            if len(header) < 16:
                header += protocol._recv_exactly(self.sock, 16 - len(header), deadline)
            sizes = struct.unpack("<QQ", header[:16])
            missing = 16 + sizes[0] + sizes[1] - len(data)
            rest = protocol._recv_exactly(self.sock, missing, deadline) if missing > 0 else b""
            ready = protocol.decode(bytes(data) + rest)
        except (protocol.ProtocolError, protocol.Deadline, struct.error):
            ready = None
        if not isinstance(ready, dict) or ready.get("op") != "ready":
            self.kill()
            raise WorkerLost("a new child answered nonsense")

    def call(self, args: list, kwargs: dict, *, seed: int, seconds: float, return_args: bool,
             on_reference, on_callback=None) -> Outcome:
        """Call the learner's function once; every way it can end becomes an :data:`Outcome`."""
        if self.dead:
            return Crashed("the process had already ended")
        self.seconds = seconds
        request = {"op": "call", "args": list(args), "kwargs": kwargs, "seed": seed,
                   "cpu_seconds": seconds + 1, "return_args": return_args}
        self._deadline = time.monotonic() + seconds
        self._on_reference, self._on_callback = on_reference, on_callback
        try:
            protocol.send(self.sock, request)
            message = self._serve_until(("return", "raise", "unsupported"))
            return self._outcome(message.get("op"), message)
        except (protocol.Deadline, _Abandon):
            self.kill()
            return TimedOut(seconds)
        except (protocol.ProtocolError, OSError) as error:
            return self._died(str(error))
        except _Lost as lost:
            return self._died(str(lost))
        except _NotAReply:
            return Crashed("sent something that is not a reply")

    def _serve_until(self, ops: tuple[str, ...]) -> dict:
        """Read the child's messages, answering its reference calls and call-backs, until one of ``ops``."""
        while True:
            message = protocol.receive(self.sock, self._deadline)
            op = message.get("op") if isinstance(message, dict) else None
            if op == "ref":
                protocol.send(self.sock, self._on_reference(message))
            elif op == "callback":
                answer = self._on_callback(message) if self._on_callback else {
                    "op": "callback_raise", "type": "RuntimeError", "message": "no such function"}
                protocol.send(self.sock, answer)
            elif op in ops:
                return message
            else:
                self.kill()
                raise _NotAReply()

    def invoke(self, number: int, args: list, kwargs: dict):
        """Run a function the learner's code lent to a reference call (the judge is inside that call).

        Returns the value, raises LentFunctionRaised for the learner's exception, and a BaseException
        (so no reference code can swallow it) when the child is gone or out of time.
        """
        try:
            protocol.send(self.sock, {"op": "invoke", "id": number, "args": args, "kwargs": kwargs})
            reply = self._serve_until(("invoke_return", "invoke_raise"))
        except protocol.Deadline:
            raise _Abandon() from None
        except (protocol.ProtocolError, OSError) as error:
            raise _Lost(str(error)) from None
        if reply["op"] == "invoke_return":
            return reply.get("value")
        raise LentFunctionRaised(str(reply.get("type")), str(reply.get("message", "")))

    def _outcome(self, op, message) -> Outcome:
        if op == "return":
            return Returned(message.get("value"), message.get("args_after"))
        if op == "raise":
            where = message.get("where")
            return Raised(
                str(message.get("type")), str(message.get("message", "")),
                tuple(where) if isinstance(where, list) else None, bool(message.get("builtin", True)),
                message.get("errno") if isinstance(message.get("errno"), int) else None,
                str(message["code"]) if "code" in message else None,
            )
        if op == "unsupported":
            return Unsupported(str(message.get("what")), str(message.get("part", "it")))
        self.kill()
        return Crashed("sent something that is not a reply")

    def _died(self, reason: str) -> Outcome:
        """The connection broke: ask the worker how the child ended (for the message only)."""
        self._release()
        status = self.control.exit_status(self.token)
        if status and status[0] == "exit":
            return Crashed(f"ended the whole process (exit code {status[1]}; os._exit or similar)")
        if status and status[0] == "signal":
            number = status[1]
            if number == signal.SIGXCPU:
                return TimedOut(self.seconds)
            if number == signal.SIGKILL:
                return Crashed("got the process running it killed (SIGKILL): by its own code, or for using far "
                               "too much CPU time")
            name = signal.Signals(number).name if number in signal.Signals._value2member_map_ else str(number)
            return Crashed(f"crashed the Python interpreter ({name}; very deep recursion does this)")
        return Crashed("ended the process unexpectedly")

    def kill(self) -> None:
        """Stop the child now, whatever it is doing."""
        if self._pidfd is not None:
            _pidfd_kill(self._pidfd)
        elif self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
        elif not self.dead:
            # No pid from the kernel on this platform: the worker and all its children go.
            self.control.worker.kill()
        self._release()

    def close(self) -> None:
        """Let the child exit on its own (it is idle between calls)."""
        if not self.dead:
            try:
                protocol.send(self.sock, {"op": "exit"})
            except OSError:
                pass
        self._release()

    def _release(self) -> None:
        self.dead = True
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        try:
            self.sock.close()
        except OSError:
            pass


def _pidfd_open(pid: int) -> int | None:
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None


def _pidfd_kill(fd: int) -> None:
    try:
        signal.pidfd_send_signal(fd, signal.SIGKILL)
    except (AttributeError, OSError):
        pass
