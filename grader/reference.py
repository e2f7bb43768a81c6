"""The reference solutions, loaded into the judge (and only there).

The reference modules import each other the way a learner's do
(``from activations import relu``), so they are loaded in teaching order with
their contract names aliased for the duration. They are compiled from source
every time: a bytecode file planted next to them is never used.
"""
from __future__ import annotations

import sys
import types
from pathlib import Path

from grader.curriculum import CURRICULUM


class ReferenceMissing(Exception):
    pass


def reference_dir() -> Path:
    """Where ``solutions/`` is: next to the grader in a checkout, or installed under the prefix."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "solutions", Path(sys.prefix) / "share" / "nn-grader" / "solutions"):
        if (candidate / f"{CURRICULUM[0].name}.py").is_file():
            return candidate
    raise ReferenceMissing("the reference solutions (solutions/) are not installed with the grader")


def reference_files() -> list[Path]:
    folder = reference_dir()
    return [folder / f"{module.name}.py" for module in CURRICULUM]


def load_module(path: Path, name: str, provided: dict[str, types.ModuleType]) -> types.ModuleType:
    """Compile ``path`` from source into a module named ``name``.

    While it runs, ``provided`` stand in ``sys.modules`` under their keys, so
    that ``from activations import relu`` finds the module meant; everything
    in ``sys.modules`` is as before afterwards.
    """
    saved = {key: sys.modules.get(key) for key in provided}
    module = types.ModuleType(name)
    module.__file__ = str(path)
    try:
        sys.modules.update(provided)
        exec(compile(path.read_bytes(), str(path), "exec", dont_inherit=True), module.__dict__)
    finally:
        for key, previous in saved.items():
            if previous is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = previous
    return module


def load_reference() -> dict[str, types.FunctionType]:
    """Every contract function of the reference, by ``"module.function"``."""
    modules: dict[str, types.ModuleType] = {}
    for module_spec, path in zip(CURRICULUM, reference_files()):
        modules[module_spec.name] = load_module(path, f"nn_grader_reference.{module_spec.name}", dict(modules))
    return {f.qualname: getattr(modules[f.module], f.name) for m in CURRICULUM for f in m.functions}


_LIBRARY: dict[str, types.FunctionType] | None = None


def library() -> dict[str, types.FunctionType]:
    """The reference functions, loaded once per process."""
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = load_reference()
    return _LIBRARY
