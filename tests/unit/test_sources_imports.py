"""The modules of ``briefing.sources`` depend one way: no import cycle, not even through an
import inside a function (an AST scan of every ``import`` statement)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import briefing.sources

PACKAGE = "briefing.sources"
FOLDER = Path(briefing.sources.__file__).parent
MODULES = sorted(p.stem for p in FOLDER.glob("*.py"))


def _imports(module: str) -> set[str]:
    """The modules of the package that ``module`` imports anywhere in its code."""
    tree = ast.parse((FOLDER / f"{module}.py").read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:  # relative: resolve against the package
                names.add(f"{PACKAGE}.{node.module}")
            elif node.module == PACKAGE:
                names.update(f"{PACKAGE}.{alias.name}" for alias in node.names)
            else:
                names.add(node.module)
    found = set()
    for name in names:
        if name == PACKAGE:
            found.add("__init__")
        elif name.startswith(PACKAGE + "."):
            part = name[len(PACKAGE) + 1 :].split(".")[0]
            found.add(part if part in MODULES else "__init__")
    return found - {module}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph``, as a path that returns to its start, or None."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for other in sorted(graph[node]):
            if state.get(other) == "open":
                return path[path.index(other) :] + [other]
            if other not in state and (found := visit(other)):
                return found
        state[node] = "done"
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_sources_package_has_no_import_cycle():
    graph = {module: _imports(module) for module in MODULES}
    graph["__init__"] -= {"__init__"}
    for module, uses in graph.items():  # only the package itself may use everything
        assert "__init__" not in uses, f"{module} imports the package briefing.sources"
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_check_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_on_its_own(module):
    name = PACKAGE if module == "__init__" else f"{PACKAGE}.{module}"
    assert importlib.import_module(name)
