"""Each generated ``from_dict`` passes its fields to the constructor by position: in the class's own order.

The model template (overrides/templates/model.py.jinja) calls ``cls(a, b, ...)``
positionally because keyword matching cost about 1 µs a model. A field passed
in the wrong place would be a silent swap between two fields of the same type,
so this test reads every ``cls(...)`` call and compares it with attrs' order.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from typing import Any

import attrs
import pytest

import highlevel_invoices_api.models as models_package


def _models() -> list[type[Any]]:
    found = []
    for info in pkgutil.iter_modules(models_package.__path__):
        module = importlib.import_module(f"{models_package.__name__}.{info.name}")
        found += [
            v for v in vars(module).values() if isinstance(v, type) and attrs.has(v) and v.__module__ == module.__name__
        ]
    return found


MODELS = _models()


def _constructor_arguments(model: type[Any]) -> list[str]:
    # A quirk module may have wrapped from_dict; the first function it kept is the generated one.
    originals = model.__dict__.get("__quirk_originals__")
    generated = next(iter(originals.values())) if originals else model.from_dict
    source = inspect.getsource(generated)
    tree = ast.parse(inspect.cleandoc("\n" + source) if source.startswith(" ") else source)
    calls = [
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "cls"
    ]
    assert len(calls) == 1, f"{model.__name__}.from_dict calls cls(...) {len(calls)} times"
    (call,) = calls
    assert not call.keywords, f"{model.__name__}.from_dict passes keywords to cls(...)"
    return [arg.id for arg in call.args if isinstance(arg, ast.Name)]


def test_there_are_models_to_check() -> None:
    assert len(MODELS) > 90


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_from_dict_passes_every_field_in_the_constructor_s_order(model: type[Any]) -> None:
    expected = [f.name for f in attrs.fields(model) if f.init]
    assert _constructor_arguments(model) == expected
