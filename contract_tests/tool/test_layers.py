"""The layers of ARCHITECTURE.md, read from the code's imports: which package may import which, and no circle.

Every ``import`` and ``from ... import`` of the project's packages is read with ``ast`` (those inside a
function too: a lazy import is still an arrow), relative ones resolved to the module they name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# package -> its folder in the repository
PACKAGES = {
    "highlevel_invoices_api": ROOT / "generated" / "highlevel_invoices_api",
    "highlevel_invoices": ROOT / "overrides" / "highlevel_invoices",
    "highlevel_spec": ROOT / "spec" / "highlevel_spec",
    "highlevel_sandbox": ROOT / "sandbox" / "highlevel_sandbox",
    "highlevel_conformance": ROOT / "conformance" / "highlevel_conformance",
    "tools": ROOT / "tools",
}
OURS = {*PACKAGES, "bench", "contract_tests"}

# ARCHITECTURE.md, "Layers": what each package may import of the others (its own modules always).
ALLOWED: dict[str, set[str]] = {
    "highlevel_invoices_api": set(),
    "highlevel_spec": set(),
    "highlevel_invoices": {"highlevel_invoices_api"},
    "highlevel_sandbox": {"highlevel_spec"},
    "highlevel_conformance": {"highlevel_spec", "highlevel_invoices", "highlevel_invoices_api", "highlevel_sandbox"},
    "tools": {"highlevel_spec"},
}
# The one module of a package that may reach further, and why.
BRIDGES: dict[str, set[str]] = {
    # the fixtures hand a test a client on the sandbox and verify its webhooks with the client's verifier
    "highlevel_sandbox.pytest_plugin": {"highlevel_invoices", "highlevel_invoices_api"},
}


def _module_name(package: str, path: Path) -> str:
    parts = list(path.relative_to(PACKAGES[package]).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def _modules() -> dict[str, Path]:
    return {_module_name(package, path): path for package, folder in PACKAGES.items() for path in folder.rglob("*.py")}


MODULES = _modules()


def _imports(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """Each module of ours that ``module`` imports, with the line (a name imported from a package counts as
    its submodule when one of that name exists)."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                yield (f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target), node.lineno


def _graph() -> dict[str, dict[str, int]]:
    graph: dict[str, dict[str, int]] = {}
    for module, path in MODULES.items():
        arrows = graph.setdefault(module, {})
        for target, line in _imports(module, path):
            if target.split(".")[0] in OURS and target != module:
                arrows.setdefault(target, line)
    return graph


GRAPH = _graph()


def test_the_graph_is_read() -> None:
    # A reader that finds nothing passes every rule: make sure it sees the arrows everyone knows.
    assert "highlevel_invoices_api.client" in GRAPH["highlevel_invoices._client"]
    assert "highlevel_spec" in GRAPH["highlevel_sandbox._routes"]
    assert "highlevel_invoices._errors" in GRAPH["highlevel_invoices._transport"]
    assert len(GRAPH) > 100


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_package_imports_only_the_layers_below_it(package: str) -> None:
    wrong = []
    for module, arrows in GRAPH.items():
        if module.split(".")[0] != package:
            continue
        allowed = ALLOWED[package] | BRIDGES.get(module, set()) | {package}
        for target, line in arrows.items():
            if target.split(".")[0] not in allowed:
                wrong.append(f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}")
    assert wrong == [], "imports that break ARCHITECTURE.md's layers:\n" + "\n".join(wrong)


def test_no_package_reaches_into_another_ones_private_modules() -> None:
    wrong = [
        f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}"
        for module, arrows in GRAPH.items()
        for target, line in arrows.items()
        if target.split(".")[0] != module.split(".")[0] and any(part.startswith("_") for part in target.split(".")[1:])
    ]
    assert wrong == []


def _circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph.get(start, {})))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, arrows = work[-1]
            for target in arrows:
                if target not in graph:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph[target])))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}) == [["a", "b", "c"]]
    assert _circles({"a": {"b": 1}, "b": {}}) == []


def test_no_import_circle_among_the_projects_modules() -> None:
    assert _circles(GRAPH) == []
