"""Every Hypothesis setting the grader depends on, in one place.

A grade must not depend on the machine, the clock, the environment (``CI``
changes Hypothesis's defaults) or on which modules happen to be imported, so
every setting is explicit, each probe has a fixed seed derived from its name,
nothing is written outside a private folder, and the mining of literals from
imported source files (Hypothesis 6.131+) is switched off.
"""
from __future__ import annotations

import functools
import os
import zlib
from contextlib import contextmanager

from hypothesis import HealthCheck, Phase, Verbosity, settings

_CONSTANTS_OFF = False


def disable_source_constants() -> None:
    """Stop Hypothesis from mixing literals of imported modules into generated data.

    Otherwise the inputs would change with whatever the process imported:
    the same submission could be graded on other inputs under pytest than
    on the command line. There is no public setting for this, so this
    replaces the one internal function that collects them (tested in
    tests/test_engine.py, which fails if a Hypothesis upgrade moves it).
    """
    global _CONSTANTS_OFF
    if _CONSTANTS_OFF:
        return
    from hypothesis.internal.conjecture import providers

    empty = providers.Constants()
    providers._get_local_constants = lambda: empty
    _CONSTANTS_OFF = True


_PRNG_CHEAP = False


def cheap_global_seeding() -> None:
    """Seed the global generators before each example without saving and restoring them.

    Hypothesis saves, reseeds and restores Python's and NumPy's global generators
    around every example (so a test suite's global state is left alone): about
    0.2 ms an example. The judge only needs each example to start from the same
    state, whatever ran before it in this process, so plain reseeding does. The
    engine now runs only to shrink a failure (see grader.engine.generation),
    where this still saves that much per step. Like disable_source_constants this
    replaces one internal function (tests/test_engine.py checks it is there).
    """
    global _PRNG_CHEAP
    if _PRNG_CHEAP:
        return
    from hypothesis.internal import entropy

    def seeder_and_restorer(seed: int = 0):
        return (lambda: seed_globals(seed)), (lambda: None)

    entropy.get_seeder_and_restorer = seeder_and_restorer
    _PRNG_CHEAP = True


_RANDOM_CHECK_OFF = False


def skip_random_module_check() -> None:
    """Stop Hypothesis from comparing the ``random`` module's state around every draw.

    It does so (two getstate() calls of 625 numbers each, per example) only to warn when a
    strategy uses the global ``random``; ours never do. The engine now runs only to shrink a
    failure, where this saves that much per step. Like the two above, this replaces one internal
    (tests/test_engine.py checks it is there).
    """
    global _RANDOM_CHECK_OFF
    if _RANDOM_CHECK_OFF:
        return
    from contextlib import nullcontext

    from hypothesis import control

    control.deprecate_random_in_strategy = lambda *args, **kwargs: nullcontext()
    _RANDOM_CHECK_OFF = True


def seed_globals(seed: int = 0) -> None:
    """Python's and NumPy's global generators as every example starts with them (generated or fixed)."""
    import random

    import numpy as np

    random.seed(seed)
    np.random.seed(seed % 2**32)


@contextmanager
def private_storage(folder: str):
    """Hypothesis writes nothing into the learner's folder, only into ``folder``."""
    previous = os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY")
    os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = folder
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("HYPOTHESIS_STORAGE_DIRECTORY", None)
        else:
            os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = previous


def probe_seed(run_seed: int, qualname: str, probe: str) -> int:
    """A stable seed per probe: the same run seed always replays the same inputs."""
    return zlib.crc32(f"{run_seed}:{qualname}:{probe}".encode())


@functools.lru_cache(maxsize=None)
def probe_settings(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        derandomize=False,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
        print_blob=False,
    )
