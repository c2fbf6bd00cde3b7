"""Bounds for generated test data only: the spec's ``x-generation`` extension (QUIRKS Q28).

The vendor's spec sets no bounds on money, quantities, tax rates or recurrence
counts, so the contract (the sandbox's validators, the client's models) sets none
either: a server must accept a tax rate of 123 % or a quantity of 2e6 if the vendor
does. Generated test data still needs sane values (an amount of 1e300 only tests
float overflow, not invoices), so a schema may carry, beside its real keywords::

    x-generation: {minimum: 0, maximum: 1000000000}

JSON Schema validators ignore ``x-`` keywords; the conformance hooks
(``st_hooks.map_case``) read them and bring every number of a *positive* generated
case into its bounds (:func:`clamp`, which folds a value beyond them back in). A
value within the bounds is valid wherever the unbounded one was, so the case stays
positive; negative cases are left alone, since out-of-bounds values are not invalid.
The mechanism is spec-driven: a new schema gets it by carrying the extension, and
:data:`KEYWORDS` lists what it may hold (a spec test refuses any other keyword, so
nothing in it is silently ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from highlevel_spec import deref, escape, load_spec

EXTENSION = "x-generation"
KEYWORDS = frozenset({"minimum", "maximum"})
_COMBINATORS = ("allOf", "anyOf", "oneOf")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _bounded(value: int | float, bounds: dict[str, Any], integer: bool) -> int | float:
    """``value`` if within the bounds, else folded into them (``low + distance % span``).

    Folding, not clamping: generators favour extreme values, and clamping them all to
    the bound would make every large amount the maximum (and every invoice's total
    overflow the server's arithmetic limit). A one-sided bound clamps.
    """
    low, high = bounds.get("minimum"), bounds.get("maximum")
    if low is not None and high is not None and high > low and not low <= value <= high:
        span = high - low
        value = low + (value - low) % span if value > high else high - (low - value) % span
    elif low is not None and value < low:
        value = low
    elif high is not None and value > high:
        value = high
    return int(value) if integer else value


def clamp(instance: Any, schema: Any, document: dict[str, Any] | None = None) -> Any:
    """``instance`` with every number whose schema has ``x-generation`` bounds brought into them.

    Walks ``properties``, ``additionalProperties``, ``items``, ``prefixItems`` and the
    combinators (every branch: a value a branch does not describe is left as it is,
    since the bounds only name numbers). Containers are changed in place and returned.
    """
    document = load_spec() if document is None else document
    return _clamp(instance, schema, document, frozenset())


def _clamp(instance: Any, schema: Any, document: dict[str, Any], seen: frozenset[str]) -> Any:
    if isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            return instance
        seen = seen | {ref}
    schema = deref(document, schema)
    if not isinstance(schema, dict):
        return instance
    for combinator in _COMBINATORS:
        for branch in schema.get(combinator, []):
            instance = _clamp(instance, branch, document, seen)
    bounds = schema.get(EXTENSION)
    if bounds and _is_number(instance):
        instance = _bounded(instance, bounds, schema.get("type") == "integer")
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            sub = properties.get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                instance[key] = _clamp(value, sub, document, seen)
    elif isinstance(instance, list):
        prefix = schema.get("prefixItems", [])
        items = schema.get("items")
        for index, value in enumerate(instance):
            sub = prefix[index] if index < len(prefix) else items
            if isinstance(sub, dict):
                instance[index] = _clamp(value, sub, document, seen)
    return instance


def extensions(document: dict[str, Any] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON pointer, schema) of every schema of ``document`` that carries ``x-generation``."""
    document = load_spec() if document is None else document

    def walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict):
            if EXTENSION in node:
                yield where, node
            for key, value in node.items():
                yield from walk(value, f"{where}/{escape(key)}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}/{index}")

    yield from walk(document, "#")


def request_schemas(method: str, path: str, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """The schemas of one operation's request: ``body`` and each query/path/header parameter by name.

    Nothing for an operation ``document`` does not have: schemathesis' hooks are global, so the
    hook that calls this also sees the cases of other schemas tested in the same process.
    """
    document = load_spec() if document is None else document
    operation = document["paths"].get(path, {}).get(method.lower())
    if operation is None:
        return {}
    found: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        parameter = deref(document, parameter)
        found[f"{parameter['in']}:{parameter['name']}"] = parameter.get("schema", {})
    body = deref(document, operation.get("requestBody", {})).get("content", {}).get("application/json")
    if body:
        found["body"] = body.get("schema", {})
    return found
