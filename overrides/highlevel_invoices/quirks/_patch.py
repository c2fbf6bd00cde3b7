"""The one mechanism the quirk modules share: pre-process a generated model's input.

``wrap_from_dict`` replaces ``Model.from_dict`` with a classmethod that passes
the incoming mapping through ``fix`` first. It is idempotent (a second install
of the same quirk is a no-op), keeps the original on ``Model.__quirk_originals__``
so tests can show the raw behaviour, and never edits ``generated/``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from typing import Any

import attrs

import highlevel_invoices_api.models as _models

Fix = Callable[[Mapping[str, Any]], Mapping[str, Any]]


def wrap_from_dict(model: type[Any], fix: Fix, *, name: str) -> None:
    originals: dict[str, Any] = model.__dict__.get("__quirk_originals__", {})
    if name in originals:
        return
    inner = model.__dict__["from_dict"].__func__

    def from_dict(cls: type[Any], src_dict: Mapping[str, Any]) -> Any:
        # not an object: the generated decoder says so, with the path (a dict skips the ABC check)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return inner(cls, src_dict)
        return inner(cls, fix(src_dict))

    originals = {**originals, name: inner}
    model.__quirk_originals__ = originals
    model.from_dict = classmethod(from_dict)


def original_from_dict(model: type[Any], name: str) -> Callable[[Mapping[str, Any]], Any]:
    """The ``from_dict`` that quirk ``name`` wrapped, bound to ``model`` (for tests)."""
    inner = model.__dict__["__quirk_originals__"][name]
    return lambda src: inner(model, src)


def all_models() -> list[type[Any]]:
    found = []
    for info in pkgutil.iter_modules(_models.__path__):
        module = importlib.import_module(f"{_models.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__:
                found.append(value)
    return found


def models_with_field(field: str) -> list[type[Any]]:
    return [m for m in all_models() if field in {f.name for f in attrs.fields(m)}]
