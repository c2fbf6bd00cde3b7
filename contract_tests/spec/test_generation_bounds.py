"""Bounds for generated data only (``x-generation``, QUIRKS Q28): never a contract, always applied to test data.

- No request schema bounds a number (the vendor sets no bounds): a bound the spec wants
  for sane test data goes in ``x-generation``, which validators ignore. A bound the real
  API is shown to enforce would be listed in ``ENFORCED_BY_THE_VENDOR`` with its QUIRKS row.
- ``x-generation`` holds only keywords the hooks apply, on numeric schemas.
- Every positive case schemathesis generates (the conformance hooks loaded) is within
  those bounds and still valid against the spec.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

from highlevel_conformance import generation, st_hooks
from highlevel_sandbox import _routes
from highlevel_spec import deref, load_spec, operations, spec_path

SPEC = load_spec()
NUMERIC_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# pointer of a request schema node -> the QUIRKS row showing the real API refusing beyond the bound
ENFORCED_BY_THE_VENDOR: dict[str, str] = {}


def _request_nodes() -> Iterator[tuple[str, Any]]:
    """(pointer, schema node) of every node reachable from a request body or parameter, refs followed once."""
    seen: set[str] = set()

    def walk(node: Any, where: str) -> Iterator[tuple[str, Any]]:
        if isinstance(node, dict) and "$ref" in node:
            if node["$ref"] in seen:
                return
            seen.add(node["$ref"])
            where, node = node["$ref"], deref(SPEC, node)
        if isinstance(node, dict):
            yield where, node
            for key, value in node.items():
                if not key.startswith("x-"):
                    yield from walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}/{index}")

    for method, path, op in operations(SPEC):
        for name, schema in generation.request_schemas(method, path).items():
            yield from walk(schema, f"{op['operationId']}:{name}")


def test_no_request_number_is_bounded_beyond_the_vendor() -> None:
    bounded = {where: [k for k in NUMERIC_BOUNDS if k in node] for where, node in _request_nodes()}
    bounded = {where: keys for where, keys in bounded.items() if keys and where not in ENFORCED_BY_THE_VENDOR}
    assert bounded == {}, "a bound for generated data belongs in x-generation (QUIRKS Q28)"


def test_generation_bounds_use_only_the_keywords_the_hooks_apply() -> None:
    found = dict(generation.extensions())
    assert len(found) >= 10
    for where, node in found.items():
        bounds = node[generation.EXTENSION]
        assert set(bounds) <= generation.KEYWORDS and bounds, where
        assert node.get("type") in ("number", "integer"), f"{where}: x-generation bounds only numbers"
        assert bounds.get("minimum", float("-inf")) <= bounds.get("maximum", float("inf")), where


def test_clamp_brings_numbers_into_bounds_and_leaves_the_rest() -> None:
    schemas = generation.request_schemas("post", "/invoices/")
    body = {
        "items": [{"name": "x", "amount": 1e300, "qty": -5, "taxes": [{"_id": "t", "name": "T", "rate": 123}]}],
        "discount": {"type": "fixed", "value": 2e12},
        "tipsConfiguration": {"tipsEnabled": True, "tipsPercentage": ["250", 250, 5]},
        "unknown": 1e300,
    }
    sane = generation.clamp(copy.deepcopy(body), schemas["body"])
    item = sane["items"][0]
    assert 0 <= item["amount"] <= 1e9 and item["qty"] == 1_000_000 - 5 and item["taxes"][0]["rate"] == 23
    assert 0 <= sane["discount"]["value"] <= 1e9
    assert sane["tipsConfiguration"]["tipsPercentage"] == ["250", 50, 5]  # strings are not numbers to bound
    assert sane["unknown"] == 1e300 and item["name"] == "x"  # no schema, no bound
    rrule = generation.clamp({"interval": 10**9, "dayOfMonth": -7, "count": 3}, {"$ref": "#/components/schemas/RRule"})
    assert 1 <= rrule["interval"] <= 1000 and isinstance(rrule["interval"], int)
    assert rrule["dayOfMonth"] == 28 - 6 and rrule["count"] == 3  # folded from the top; within bounds: untouched


@functools.cache
def _schema() -> Any:
    return schemathesis.openapi.from_path(spec_path())


BODY_OPERATIONS = [(method, path, op) for method, path, op in operations(SPEC) if "requestBody" in op]


def _validator(operation_id: str) -> Any:
    return next(op for r in _routes.routes() for op in r.operations.values() if op.operation_id == operation_id)


@pytest.mark.parametrize(
    ("method", "path", "op"), BODY_OPERATIONS, ids=[op["operationId"] for *_, op in BODY_OPERATIONS]
)
def test_generated_positive_data_stays_within_the_generation_bounds(method: str, path: str, op: dict[str, Any]) -> None:
    # importing st_hooks registered its map_case: schemathesis applies it to every generated case
    assert st_hooks.map_case in GLOBAL_HOOK_DISPATCHER.get_all_by_name("map_case")
    body_schema = generation.request_schemas(method, path)["body"]
    body = _validator(op["operationId"]).body
    assert body is not None
    validator = body.validator
    strategy = _schema()[path][method.upper()].as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE)

    @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def check(case: Any) -> None:
        if not op["requestBody"].get("required") and not isinstance(case.body, dict | list):
            return  # an optional body left out (updateAndSchedule, QUIRKS Q100): nothing to bound
        assert generation.clamp(copy.deepcopy(case.body), body_schema) == case.body, "a number beyond its bounds"
        assert _routes.errors_of(validator, case.body, "") == []

    check()
