"""Loading ``spec/invoices.yaml`` and validating instances against any schema in it.

Schemas are never copied: a validator is built for a JSON pointer into the spec
and resolves ``$ref`` through the spec itself (OpenAPI 3.1 = JSON Schema 2020-12).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import highlevel_spec as specs
from highlevel_spec import escape, load_spec, spec_path
from highlevel_spec.diff import follow

__all__ = [
    "SPEC_PATH", "SPEC_URI", "error_paths", "escape", "load_spec", "operation", "operations",
    "request_schema_pointer", "resolve", "response_schema_pointer", "validator",
]  # fmt: skip

SPEC_PATH = spec_path()
SPEC_URI = "urn:highlevel-invoices-spec"


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of the spec."""
    yield from specs.operations(load_spec())


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for method, path, op in operations():
        if op["operationId"] == operation_id:
            return method, path, op
    raise KeyError(operation_id)


def resolve(ref: str) -> Any:
    """The node at a local JSON pointer such as ``#/components/schemas/Invoice``."""
    return specs.pointer(load_spec(), ref)


def target_pointer(pointer: str) -> str:
    """Where ``pointer`` leads once its ``$ref`` chain is followed (the spec's one follower,
    :func:`highlevel_spec.diff.follow`): seven schedule operations' success answers all lead to
    ``#/components/schemas/InvoiceSchedule``."""
    return follow(load_spec(), resolve(pointer), pointer, frozenset())[1]


def one_per_schema(cases: list[tuple[str, str, Any]]) -> tuple[list[tuple[str, str, Any]], list[str]]:
    """Of ``cases`` (name, schema pointer, model), the first for each schema and model, and its test id.

    Cases whose pointers lead to one schema (:func:`target_pointer`) and decode with one model are one test:
    run once per operation, the same check would run on the same bodies again (the 239 documented error
    answers are all an ``ErrorResponse``). The id names the schema, and how many cases it stands for.
    """
    groups: dict[tuple[str, Any], list[tuple[str, str, Any]]] = {}
    for case in cases:
        groups.setdefault((target_pointer(case[1]), case[2]), []).append(case)
    kept, ids = [], []
    for (target, _), members in groups.items():
        kept.append(members[0])
        ids.append(members[0][0] if len(members) == 1 else f"{target.rsplit('/', 1)[-1]} x{len(members)}")
    return kept, ids


def request_schema_pointer(operation_id: str) -> str:
    method, path, _ = operation(operation_id)
    return f"#/paths/{escape(path)}/{method}/requestBody/content/application~1json/schema"


def success_status(operation_id: str) -> str:
    """The operation's documented success: ``200``, or ``201`` where the vendor publishes that."""
    _, _, op = operation(operation_id)
    (status,) = [s for s in op["responses"] if s.startswith("2")]
    return str(status)


def has_body(operation_id: str, status: str) -> bool:
    """Whether the spec documents a JSON body for that answer (update-estimate-last-visited-at's 200 has none)."""
    _, _, op = operation(operation_id)
    response = op["responses"][status]
    response = resolve(response["$ref"]) if "$ref" in response else response
    return "application/json" in response.get("content", {})


def response_schema_pointer(operation_id: str, status: str = "200") -> str:
    method, path, op = operation(operation_id)
    response = op["responses"][status]
    if "$ref" in response:
        return f"{response['$ref']}/content/application~1json/schema"
    return f"#/paths/{escape(path)}/{method}/responses/{status}/content/application~1json/schema"


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


@functools.cache
def validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``pointer``, with refs resolved in the spec."""
    return Draft202012Validator({"$ref": f"{SPEC_URI}{pointer}"}, registry=_registry())


def error_paths(pointer: str, instance: Any) -> dict[str, str]:
    """Validation errors as {instance path ("/a/0/b", "" for the root): message}."""
    found: dict[str, str] = {}
    for error in validator(pointer).iter_errors(instance):
        # Descend to the most specific cause of oneOf/anyOf failures.
        leaf = error
        while leaf.context:
            leaf = min(leaf.context, key=lambda e: len(e.relative_path))
        path = "".join(f"/{p}" for p in error.absolute_path)
        found[path] = leaf.message
    return found
