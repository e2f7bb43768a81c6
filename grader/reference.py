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


def load_reference() -> dict[str, types.FunctionType]:
    """Every contract function of the reference, by ``"module.function"``."""
    saved = {m.name: sys.modules.get(m.name) for m in CURRICULUM}
    functions = {}
    try:
        for module_spec, path in zip(CURRICULUM, reference_files()):
            module = types.ModuleType(f"nn_grader_reference.{module_spec.name}")
            module.__file__ = str(path)
            code = compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
            sys.modules[module_spec.name] = module
            exec(code, module.__dict__)
            for function in module_spec.functions:
                functions[function.qualname] = getattr(module, function.name)
    finally:
        for name, previous in saved.items():
            if previous is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = previous
    return functions


_LIBRARY: dict[str, types.FunctionType] | None = None


def library() -> dict[str, types.FunctionType]:
    """The reference functions, loaded once per process."""
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = load_reference()
    return _LIBRARY
