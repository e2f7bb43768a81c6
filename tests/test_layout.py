"""exercises/, solutions/ and the contract stay in step, and every function has its checks."""
from __future__ import annotations

import ast

import pytest

from grader.checks import registry
from grader.checks.framework import RUNS
from grader.curriculum import CURRICULUM, FUNCTIONS, REQUIRED


def _signatures(path) -> dict:
    tree = ast.parse(path.read_text())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            args = node.args
            defaults = [None] * (len(args.args) - len(args.defaults)) + [ast.literal_eval(d) for d in args.defaults]
            out[node.name] = [(a.arg, d) for a, d in zip(args.args, defaults)]
    return out


def _contract(module) -> dict:
    return {f.name: [(p.name, None if p.default is REQUIRED else p.default) for p in f.parameters]
            for f in module.functions}


@pytest.mark.parametrize("module", CURRICULUM, ids=lambda m: m.name)
def test_stubs_and_reference_follow_the_contract(root, module):
    contract = _contract(module)
    for folder in ("exercises", "solutions"):
        found = _signatures(root / folder / f"{module.name}.py")
        assert list(found) == list(contract), f"{folder}/{module.name}.py"
        assert found == contract, f"{folder}/{module.name}.py"


@pytest.mark.parametrize("module", CURRICULUM, ids=lambda m: m.name)
def test_stubs_name_their_exercise_twice_and_teach(root, module):
    tree = ast.parse((root / "exercises" / f"{module.name}.py").read_text())
    source = (root / "exercises" / f"{module.name}.py").read_text()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            docstring = ast.get_docstring(node) or ""
            assert len(docstring.splitlines()) >= 8, f"{node.name}: the docstring should teach"
            assert f"# YOUR CODE HERE ({node.name})" in source
            raised = node.body[-1]
            assert isinstance(raised, ast.Raise) and raised.exc.func.id == "NotImplementedError"
            assert raised.exc.args[0].value.startswith(node.name)


def test_every_contract_function_has_checks():
    declared = registry()
    assert list(declared) == list(FUNCTIONS)
    for qualname, exercise in declared.items():
        names = [c.name for c in exercise.checks]
        assert len(names) == len(set(names)) and RUNS not in names, qualname
        assert all(probe.examples or probe.cases is not None for probe in exercise.probes), qualname
        assert all(q in FUNCTIONS and q != qualname for q in exercise.uses), qualname


def test_every_reference_module_is_installed(root):
    """An installed grader reads the reference from share/nn-grader/solutions: setup.cfg must list each module."""
    import configparser

    config = configparser.ConfigParser()
    config.read(root / "setup.cfg")
    listed = config["options.data_files"]["share/nn-grader/solutions"].split()
    assert listed == [f"solutions/{m.name}.py" for m in CURRICULUM]
