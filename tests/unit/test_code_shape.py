"""The shape the code keeps (issue 15's "done when"), checked on every run: modules under 400
lines and functions under 60 (the package, the benchmarks, the training scripts and the
tests), and no module's state set from another module (a flag set from outside, or a
``global`` rebound at run time). A scan of the source, no import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import briefing

ROOT = Path(briefing.__file__).resolve().parent.parent
PACKAGE = ROOT / "briefing"
SCRIPTS = [ROOT / "benchmarks"]
CODE = [PACKAGE, *SCRIPTS, ROOT / "tests"]
MODULE_LINES = 400
FUNCTION_LINES = 60


def _files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_no_module_is_over_400_lines():
    lines = {_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in _files(*CODE)}
    assert {name: n for name, n in lines.items() if n > MODULE_LINES} == {}


def test_no_function_is_over_60_lines():
    long = {
        f"{_name(path)}:{node.lineno} {node.name}": node.end_lineno - node.lineno + 1
        for path in _files(*CODE)
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > FUNCTION_LINES
    }
    assert long == {}


def _module_names(tree: ast.Module) -> set[str]:
    """The names under which ``tree`` holds modules: ``import x.y [as z]``, and ``from
    briefing.p import m`` where ``m`` is a module of the package."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.asname or a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefing"):
            folder = ROOT.joinpath(*(node.module or "").split("."))
            for alias in node.names:
                if (folder / f"{alias.name}.py").is_file() or (folder / alias.name).is_dir():
                    names.add(alias.asname or alias.name)
    return names


def _base(node: ast.expr) -> ast.expr:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node


def _set_from_outside(tree: ast.Module, name: str) -> list[str]:
    """``module.NAME = ...`` and ``setattr(module, ...)`` in ``tree`` (of the file ``name``),
    for the modules it imports."""
    modules = _module_names(tree)
    found = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
        ):
            targets = [ast.Attribute(node.args[0], "?")]
        for target in targets:
            base = _base(target)
            named = isinstance(target, ast.Attribute) and isinstance(base, ast.Name)
            if named and base.id in modules:
                found.append(f"{name}:{node.lineno} {ast.unparse(target)}")
    return found


@pytest.mark.parametrize("folders", [[PACKAGE], SCRIPTS], ids=["briefing", "scripts"])
def test_no_module_flag_is_set_from_outside(folders):
    """What a module holds is changed through its functions' parameters, never by another
    module assigning to it (the benchmarks once tuned the summarizer that way)."""
    files = _files(*folders)
    assert [hit for path in files for hit in _set_from_outside(_tree(path), _name(path))] == []


def test_no_module_rebinds_its_own_state():
    """No ``global``: settings and stores are values passed where needed (``config.Settings``,
    ``service.Service``), not module state a function replaces."""
    rebound = [
        f"{_name(path)}:{node.lineno} global {', '.join(node.names)}"
        for path in _files(PACKAGE)
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Global)
    ]
    assert rebound == []


def test_the_scan_sees_a_flag_set_from_outside():
    source = (
        "from briefing.analysis.positions import tagger\n"
        "import briefing.service as service\n"
        "tagger.MODEL = 'x'\n"
        "setattr(service, 'WINDOW', 2)\n"
        "local = object()\n"
        "local.x = 1\n"
    )
    found = _set_from_outside(ast.parse(source), "probe")
    assert found == ["probe:3 tagger.MODEL", "probe:4 service.?"]
