"""Confine the worker before any learner code runs.

Three levels, tried in order; the report says which one held:

``namespace``
    New mount and PID namespaces (through a user namespace when not root).
    The worker's root becomes a fresh tmpfs holding read-only binds of the
    Python installation, its site directories and the system libraries, with
    the reference solutions and the grader masked by empty mounts, plus the
    scratch folder read-write. Everything else, the learner's own folder and
    the reference included, does not exist for graded code. As root, the
    worker then drops to an unprivileged user, so it cannot remount anything;
    as a normal user, a second user namespace locks the mounts in place.
``chroot``
    Root without mount rights (a plain Docker container): everything graded
    code may import is loaded first, then the worker chroots into the scratch
    folder and drops to an unprivileged user.
``none``
    Neither is possible (macOS, or Linux without user namespaces): learner
    code runs with the user's own rights. Fine for self-study; the report
    says so, and instructors should grade elsewhere.

Only stdlib is imported here.
"""
from __future__ import annotations

import ctypes
import os
import resource
import signal
import sys

NOBODY = 65534
CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 32, 4096, 16384, 1 << 18
MNT_DETACH = 2
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41, "riscv64": 41}
SYSTEM_LIBRARY_DIRS = ("/lib", "/lib64", "/lib32", "/usr/lib", "/usr/lib64", "/usr/lib32", "/usr/local/lib")
DEVICES = ("/dev/null", "/dev/zero", "/dev/urandom", "/dev/random")
LINKER_FILES = ("/etc/ld.so.cache",)


class ConfinementError(Exception):
    pass


_LIBC = None


def _libc():
    # The running interpreter already links libc. ctypes.util.find_library would
    # start a subprocess, and a process started right after unshare(CLONE_NEWPID)
    # becomes the namespace's init: when it exits, no further fork succeeds.
    global _LIBC
    if _LIBC is None:
        _LIBC = ctypes.CDLL(None, use_errno=True)
    return _LIBC


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise ConfinementError(f"{what}: {os.strerror(errno)}")


class _Mounts:
    def __init__(self):
        self.libc = _libc()

    def mount(self, source, target, fstype, flags, data=None):
        encode = lambda s: None if s is None else s.encode()  # noqa: E731
        _check(self.libc.mount(encode(source), encode(target), encode(fstype),
                               ctypes.c_ulong(flags), encode(data)), f"mount {target}")

    def bind(self, source: str, target: str, writable: bool = False) -> None:
        self.mount(source, target, None, MS_BIND | MS_REC)
        flags = MS_BIND | MS_REMOUNT | MS_NOSUID | (0 if writable else MS_RDONLY)
        if not source.startswith("/dev/"):
            flags |= MS_NODEV
        self.mount(None, target, None, flags)

    def mask(self, target: str) -> None:
        self.mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV | MS_RDONLY, "size=4k,mode=555")


def _prepare_target(root: str, path: str, is_dir: bool) -> str:
    target = root + path
    if is_dir:
        os.makedirs(target, mode=0o755, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
        open(target, "a").close()
    return target


def _covering(paths, candidate: str) -> bool:
    return any(candidate == p or candidate.startswith(p.rstrip("/") + "/") for p in paths)


def _write_id_maps(uid: int, gid: int) -> None:
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"0 {uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"0 {gid} 1")


def enter_namespaces(plan: dict) -> None:
    """Unshare and build the new root; the caller must fork to enter the PID namespace.

    ``plan`` holds ``root_dir`` (an empty folder for the new root), ``scratch``,
    ``readable`` (trees to bind read-only), ``masked`` (trees to hide) and
    ``canaries`` (files that must not be visible afterwards).
    """
    libc = _libc()
    uid, gid = os.getuid(), os.getgid()
    as_root = uid == 0
    flags = CLONE_NEWNS | CLONE_NEWPID | (0 if as_root else CLONE_NEWUSER)
    _check(libc.unshare(flags), "unshare")
    if not as_root:
        _write_id_maps(uid, gid)
    mounts = _Mounts()
    mounts.mount(None, "/", None, MS_REC | MS_PRIVATE)
    root = plan["root_dir"]
    mounts.mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=755")
    readable = sorted({os.path.realpath(p) for p in plan["readable"] if os.path.isdir(p)})
    bound = []
    for path in readable:
        if _covering(bound, path):
            continue
        mounts.bind(path, _prepare_target(root, path, True))
        bound.append(path)
    for path in DEVICES + LINKER_FILES:
        if os.path.exists(path) and not _covering(bound, path):
            mounts.bind(path, _prepare_target(root, path, False))
    for path in sorted({os.path.realpath(p) for p in plan["masked"]}):
        if _covering(bound, path) and os.path.isdir(root + path):
            mounts.mask(root + path)
    scratch = os.path.realpath(plan["scratch"])
    mounts.bind(scratch, _prepare_target(root, scratch, True), writable=True)
    old = os.path.join(root, ".old-root")
    os.mkdir(old)
    arch = os.uname().machine
    if arch not in SYS_PIVOT_ROOT:
        raise ConfinementError(f"pivot_root: unknown architecture {arch}")
    _check(libc.syscall(SYS_PIVOT_ROOT[arch], root.encode(), old.encode()), "pivot_root")
    os.chdir("/")
    _check(libc.umount2(b"/.old-root", MNT_DETACH), "umount old root")
    os.rmdir("/.old-root")
    mounts.mount(None, "/", None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    os.chdir(scratch)
    visible = [c for c in plan["canaries"] if os.path.exists(c)]
    if visible:
        raise ConfinementError(f"the reference is still visible at {visible[0]}")
    if not as_root:
        # A second user namespace owning a new mount namespace locks every
        # mount made above: graded code can neither unmount a mask nor make a
        # read-only bind writable.
        _check(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS), "unshare (lock mounts)")


def own_pid_namespace() -> bool:
    """Give this process (and what it starts) a PID namespace of its own; returns in the new namespace.

    Called once by each shard server (the worker's process behind one judge's
    channel) right after it is forked: graded code then sees only the
    processes of that shard, so kill(-1) or killpg(0) cannot reach the child
    grading another function in parallel. The process in between waits and
    passes on how the inner one ended, signal included. Returns False
    (nothing changed) where namespaces are not available, as under a chroot.
    """
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWPID) != 0:
        return False
    pid = os.fork()
    if pid == 0:
        die_with_parent()
        return True
    signal.signal(signal.SIGTERM, lambda *_: os.kill(pid, signal.SIGKILL))
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)
    os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1)


def limit_processes(count: int) -> None:
    """As an unprivileged user of our own (root mode), cap how many processes graded code may run."""
    try:
        resource.setrlimit(resource.RLIMIT_NPROC, (count, count))
    except (ValueError, OSError):
        pass


def enter_chroot(scratch: str) -> None:
    os.chroot(scratch)
    os.chdir("/")


def drop_privileges() -> None:
    """As root, become ``nobody`` for good; otherwise a no-op."""
    if os.getuid() != 0:
        return
    os.setgroups([])
    os.setresgid(NOBODY, NOBODY, NOBODY)
    os.setresuid(NOBODY, NOBODY, NOBODY)


def forbid_new_privileges() -> None:
    if sys.platform.startswith("linux"):
        _libc().prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        _libc().prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def address_space_in_use() -> int | None:
    """Bytes of virtual memory the process maps now (Linux), else None."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def limit_memory(extra_bytes: int) -> None:
    """Cap the address space at what is mapped now plus ``extra_bytes``."""
    in_use = address_space_in_use()
    if in_use is None:
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (in_use + extra_bytes, in_use + extra_bytes))
    except (ValueError, OSError):
        pass


def limit_output(max_bytes: int) -> None:
    """Writes past ``max_bytes`` in any file fail with EFBIG instead of killing the process."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def limit_cpu(seconds: float) -> None:
    """Allow ``seconds`` more CPU time from now; past it the kernel kills the process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    soft = int(used + seconds) + 1
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 1))
    except (ValueError, OSError):
        pass
