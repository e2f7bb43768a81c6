"""Which CPU each process runs on: a judge and the graded code it talks to share one.

A judge and the child running a learner's function take turns: every call,
every reference answer and every call-back is a message one way and a reply
the other, and a training function makes hundreds of them. When the two
processes sit on different CPUs, each message has to wake a sleeping CPU.
On the 2-core VMs we grade on, a reference call's round trip (arrays of a
few hundred numbers) then took 310 µs of wall time and about 320 µs of CPU;
with both processes on one CPU, 140–180 µs and about 160 µs (a bare 50-byte
ping-pong: 58 µs against 14 µs). Grading the whole curriculum got about 10%
faster. So each judge is placed on a CPU of its own (round robin over the
CPUs this process may use) and tells the worker where to place the child it
asks for. The worker's server for that judge moves there too, so the child
is forked where it will run: a fork on the judge's CPU started the child in
1.45 ms against 1.7 to 2.3 ms from anywhere.

Placement only ever narrows a process to CPUs it was already allowed; where
the platform has no affinity calls, or the request makes no sense, nothing
changes and grading is merely slower.
"""
from __future__ import annotations

import os


def allowed_cpus() -> list[int]:
    """The CPUs this process may run on, in order (empty where the platform cannot say)."""
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


def take_cpu(index: int) -> None:
    """Run this process (and what it forks from now on) on the ``index``-th allowed CPU, round robin."""
    cpus = allowed_cpus()
    if len(cpus) > 1:
        follow([cpus[index % len(cpus)]])


def follow(cpus) -> None:
    """Run this process on ``cpus`` (a judge's, sent with a request), if that is a list of CPUs it may use."""
    if not isinstance(cpus, list) or not cpus or not all(type(cpu) is int for cpu in cpus):
        return
    try:
        os.sched_setaffinity(0, cpus)
    except (AttributeError, OSError, ValueError, OverflowError):
        pass
