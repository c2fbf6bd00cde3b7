"""The generated package is exactly what the pinned generator makes of the spec, and it imports."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import highlevel_invoices_api
from contract_tests import spec_tools
from tools.generate import DEFAULT_OUTPUT, generate


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_regeneration_is_byte_for_byte_identical(tmp_path: Path) -> None:
    fresh = tmp_path / "highlevel_invoices_api"
    generate(fresh)
    committed, regenerated = _files(DEFAULT_OUTPUT), _files(fresh)
    assert sorted(set(regenerated) - set(committed)) == [], "files the generator makes that generated/ lacks"
    assert sorted(set(committed) - set(regenerated)) == [], "files in generated/ the generator no longer makes"
    changed = sorted(name for name in committed if committed[name] != regenerated[name])
    assert changed == [], "generated/ differs from a fresh generation: run `make generate`"


MODULES = sorted(
    m.name for m in pkgutil.walk_packages(highlevel_invoices_api.__path__, prefix="highlevel_invoices_api.")
)


@pytest.mark.parametrize("name", MODULES)
def test_every_generated_module_imports(name: str) -> None:
    assert importlib.import_module(name).__name__ == name


def _endpoint_modules() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for name in MODULES:
        if ".api." in name and name.count(".") == 3:
            module = importlib.import_module(name)
            found[name.rsplit(".", 1)[-1]] = module
    return found


def test_one_endpoint_module_per_operation() -> None:
    expected = {op["operationId"].replace("-", "_") for _, _, op in spec_tools.operations()}
    assert set(_endpoint_modules()) == expected


@pytest.mark.parametrize("func", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
def test_no_endpoint_takes_the_version_header(func: str) -> None:
    for name, module in _endpoint_modules().items():
        params = inspect.signature(getattr(module, func)).parameters
        assert "version" not in params, name
