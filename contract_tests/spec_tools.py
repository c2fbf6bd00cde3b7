"""Loading ``spec/invoices.yaml`` and validating instances against any schema in it.

Schemas are never copied: a validator is built for a JSON pointer into the spec
and resolves ``$ref`` through the spec itself (OpenAPI 3.1 = JSON Schema 2020-12).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "invoices.yaml"
SPEC_URI = "urn:highlevel-invoices-spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of the spec."""
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for method, path, op in operations():
        if op["operationId"] == operation_id:
            return method, path, op
    raise KeyError(operation_id)


def resolve(pointer: str) -> Any:
    """The node at a local JSON pointer such as ``#/components/schemas/Invoice``."""
    node: Any = load_spec()
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def request_schema_pointer(operation_id: str) -> str:
    method, path, _ = operation(operation_id)
    return f"#/paths/{_escape(path)}/{method}/requestBody/content/application~1json/schema"


def response_schema_pointer(operation_id: str, status: str = "200") -> str:
    method, path, op = operation(operation_id)
    response = op["responses"][status]
    if "$ref" in response:
        return f"{response['$ref']}/content/application~1json/schema"
    return f"#/paths/{_escape(path)}/{method}/responses/{status}/content/application~1json/schema"


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
