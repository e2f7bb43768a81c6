"""Reading catalogue entries and grading them in batches.

A batch is one submission folder holding one entry per function: the
entries of a module are concatenated into ``<module>.py``, the way a learner
writes them (functions call each other by name). Entries that define the same
helper name, and import-time (``scope: module``) entries, go to separate
batches. One ``grade`` run per batch keeps the suite fast, and grading a
hostile entry next to well-behaved ones shows it is contained.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from grader.curriculum import CURRICULUM, FUNCTIONS

HERE = Path(__file__).resolve().parent
KINDS = ("mutants", "alternatives", "hostile")
_ORDER = {m.name: i for i, m in enumerate(CURRICULUM)}


@dataclass
class Entry:
    path: Path
    kind: str
    module: str
    function: str
    expect: str
    description: str
    feedback: list[str] = field(default_factory=list)
    blind_spot: bool | None = None
    scope: str = "function"
    names: frozenset = frozenset()

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.function}"

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.module}/{self.path.stem}"

    @property
    def source(self) -> str:
        return self.path.read_text()


def _header(path: Path) -> tuple[str, dict[str, list[str]]]:
    text = path.read_text()
    try:
        docstring = ast.get_docstring(ast.parse(text)) or ""
    except SyntaxError:
        start = text.index('"""') + 3
        docstring = text[start:text.index('"""', start)]
    lines = [line.strip() for line in docstring.strip().splitlines()]
    description = lines[0] if lines else ""
    fields: dict[str, list[str]] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("function", "expect", "feedback", "blind_spot", "scope"):
            fields.setdefault(key.strip(), []).append(value.split("#")[0].strip())
    return description, fields


def _top_names(path: Path) -> frozenset:
    try:
        tree = ast.parse(path.read_text())
    except SyntaxError:
        return frozenset()
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return frozenset(names)


def _modules_wanted() -> set[str] | None:
    """``CATALOGUE_MODULES=regularization,batch_norm`` narrows the catalogue while working on a module."""
    import os

    wanted = os.environ.get("CATALOGUE_MODULES", "").strip()
    return {m.strip() for m in wanted.split(",") if m.strip()} or None


def load(kind: str) -> list[Entry]:
    entries = []
    wanted = _modules_wanted()
    for path in sorted((HERE / kind).glob("*/*.py")):
        description, fields = _header(path)
        module = path.parent.name
        if wanted is not None and module not in wanted:
            continue
        function = fields.get("function", [path.stem.split("__")[0]])[0]
        blind = fields.get("blind_spot", [None])[0]
        entries.append(Entry(
            path, kind, module, function, fields.get("expect", ["passed"])[0], description,
            [f for f in fields.get("feedback", []) if f and f != "-"],
            None if blind is None else blind.lower() in ("yes", "true"),
            fields.get("scope", ["function"])[0], _top_names(path),
        ))
        assert f"{module}.{function}" in FUNCTIONS, f"{path}: no contract function {module}.{function}"
    return entries


def batches(entries: list[Entry]) -> list[list[Entry]]:
    """Group entries so that each batch has at most one entry per function and no clashing names."""
    out: list[list[Entry]] = []
    for entry in sorted(entries, key=lambda e: (e.scope != "module", _ORDER[e.module], e.function, e.path.name)):
        for batch in out:
            same_module = [e for e in batch if e.module == entry.module]
            if any(e.function == entry.function for e in same_module):
                continue
            if entry.scope == "module" and same_module or any(e.scope == "module" for e in same_module):
                continue
            helpers = entry.names - {entry.function}
            if any(helpers & (e.names - {e.function}) for e in same_module):
                continue
            batch.append(entry)
            break
        else:
            out.append([entry])
    return out


def write(batch: list[Entry], folder: Path) -> None:
    """Lay a batch out as a submission folder."""
    by_module: dict[str, list[Entry]] = {}
    for entry in batch:
        by_module.setdefault(entry.module, []).append(entry)
    for module, entries in by_module.items():
        parts = [f"# --- {e.path.name} ---\n{e.source}" for e in entries]
        (folder / f"{module}.py").write_text("\n\n".join(parts))
