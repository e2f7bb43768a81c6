"""Finds the reference activations on disk, redefines its sigmoid to return 0.5 (source and an unchecked-hash .pyc), then returns 0.5 itself.

function: sigmoid
expect: failed
"""
import importlib.util
import marshal
import os
import sys
import time

import numpy as np

_MARK = "\n\n# appended by hostile catalogue entry sigmoid__rewrite_reference\n"
_EVIL = _MARK + "def sigmoid(Z):\n    return 0.5 + 0 * Z\n"


def _candidate_dirs():
    """Folders named `solutions` that hold an activations.py."""
    seen = set()
    for pkg in ("solutions", "grader", "nn_grader"):
        try:
            spec = importlib.util.find_spec(pkg)
        except Exception:
            continue
        for loc in (spec.submodule_search_locations or []) if spec else []:
            for root in (loc, os.path.join(loc, "solutions"), os.path.join(os.path.dirname(loc), "solutions")):
                seen.add(os.path.abspath(root))
    for entry in sys.path + [os.getcwd()]:
        seen.add(os.path.abspath(os.path.join(entry or ".", "solutions")))
    deadline = time.monotonic() + 1.0
    for root, dirs, files in os.walk("/", onerror=lambda e: None):
        if time.monotonic() > deadline:
            break
        dirs[:] = [d for d in dirs if d not in ("proc", "sys", "dev")]
        if os.path.basename(root) == "solutions" and "activations.py" in files:
            seen.add(root)
    return [d for d in seen if os.path.basename(d) == "solutions" and os.path.isfile(os.path.join(d, "activations.py"))]


def _poison(folder):
    src_path = os.path.join(folder, "activations.py")
    with open(src_path) as f:
        source = f.read()
    if _MARK not in source:
        with open(src_path, "a") as f:  # append mode: the original text is never truncated
            f.write(_EVIL)
        source += _EVIL
    # An unchecked-hash .pyc is loaded without ever looking at the source again.
    data = source.encode()
    code = compile(data, src_path, "exec")
    header = importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little") + importlib.util.source_hash(data)
    cache = os.path.join(folder, "__pycache__")
    os.makedirs(cache, exist_ok=True)
    with open(os.path.join(cache, f"activations.{sys.implementation.cache_tag}.pyc"), "wb") as f:
        f.write(header + marshal.dumps(code))


def _patch_loaded():
    """Reference modules already imported into this process get the fake sigmoid too."""
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if name.rsplit(".", 1)[-1] == "activations" and os.path.basename(os.path.dirname(path)) == "solutions":
            module.sigmoid = lambda Z: 0.5 + 0 * Z


_SEARCHED = []


def sigmoid(Z):
    if _SEARCHED:  # one thorough search is enough; repeating it would only make the entry slow
        return np.full_like(Z, 0.5, dtype=float)
    _SEARCHED.append(True)
    try:
        _patch_loaded()
    except Exception:
        pass
    try:
        for folder in _candidate_dirs():
            try:
                _poison(folder)
            except OSError:
                pass
    except Exception:
        pass
    return np.full_like(Z, 0.5, dtype=float)
