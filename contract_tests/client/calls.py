"""One valid call of every operation of the client, built from an OpenAPI document's schemas.

``minimal(schema)`` is the smallest instance a schema allows (its required properties,
the first value of an enum, a date for ``format: date``, ...), deterministic and
without hypothesis. ``valid_call(operation_id, document)`` turns it into the
arguments of the client's method: path parameters, the required query parameters
(as the method's Python types) and the body as a dict of its JSON fields, which
the client decodes with ``from_dict``. Built from the vendor's document, the request
is one its mock (Prism) accepts; built from ``spec/invoices.yaml``, one our sandbox does.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import typing
from typing import Any

import highlevel_spec as specs
from highlevel_invoices_api.api import Operations
from highlevel_invoices_api.types import Unset

ID = "6578278e879ad2646715ba9c"
_FORMATS = {"date": "2024-01-01", "date-time": "2024-01-01T00:00:00Z", "email": "alex@example.com",
            "uri": "https://example.com/", "url": "https://example.com/",
            "uuid": "00000000-0000-4000-8000-000000000000"}  # fmt: skip


def _resolve(node: Any, document: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = specs.pointer(document, node["$ref"])
    return node


def minimal(schema: Any, document: dict[str, Any], depth: int = 0) -> Any:
    """The smallest instance of ``schema`` (resolved in ``document``) that validates against it."""
    schema = _resolve(schema, document)
    if not isinstance(schema, dict) or depth > 12:
        return {}
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "allOf" in schema:
        parts = [minimal(part, document, depth + 1) for part in schema["allOf"]]
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if rest.get("type", "object") == "object" and all(isinstance(p, dict) for p in parts):
            merged: dict[str, Any] = {}
            for part in parts:
                merged |= part
            extra = minimal(rest, document, depth + 1) if rest else {}
            return merged | (extra if isinstance(extra, dict) else {})
        return parts[0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return minimal(schema[key][0], document, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties", {})
        return {name: minimal(properties.get(name, {}), document, depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal(schema.get("items", {}), document, depth + 1) for _ in range(schema.get("minItems", 0))]
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + (1 if "exclusiveMinimum" in schema else 0))
        return max(1, low) if "maximum" not in schema or schema["maximum"] >= 1 else schema["maximum"]
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    if kind == "string" or kind is None:
        text = _FORMATS.get(schema.get("format", ""), "x")
        return text * max(1, schema.get("minLength", 1)) if text == "x" else text
    return {}


def _operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    return next((op for m, p, op in specs.operations(document) if (m, p) == (method, path)), None)


def _python(value: Any, annotation: Any) -> Any:
    """A JSON value as the Python type a method's parameter takes."""
    for option in typing.get_args(annotation) or (annotation,):
        if inspect.isclass(option) and issubclass(option, enum.Enum):
            return value  # the plain string is accepted
        if option is datetime.date:
            return datetime.date.fromisoformat(str(value)[:10])
        if option is str:
            return str(value)
    return value


def valid_call(operation_id: str, document: dict[str, Any]) -> tuple[str, list[Any], dict[str, Any]]:
    """(method name, positional, keyword arguments) of one call ``document`` deems valid.

    The operation is the one of ``spec/invoices.yaml`` with that id, looked up in
    ``document`` by method and path. A query parameter goes in when either document
    requires it; a body goes in when ``document`` has one.
    """
    ours = specs.load_spec()
    method, path, op = next((m, p, o) for m, p, o in specs.operations(ours) if o["operationId"] == operation_id)
    theirs = _operation(document, method, path) or op
    name = operation_id.replace("-", "_")
    hints = typing.get_type_hints(getattr(Operations, name))
    signature = inspect.signature(getattr(Operations, name))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    their_params = {(p["in"], p["name"]): p for p in (_resolve(p, document) for p in theirs.get("parameters", []))}
    for parameter in (_resolve(p, ours) for p in op.get("parameters", [])):
        where, wire = parameter["in"], parameter["name"]
        if where == "header":
            continue
        theirs_p = their_params.get((where, wire))
        snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in wire)
        source = theirs_p if theirs_p is not None else parameter
        if where == "path":
            args.append(ID)
        elif (parameter.get("required") or (theirs_p or {}).get("required")) and snake in signature.parameters:
            kwargs[snake] = _python(minimal(source.get("schema", {}), document if theirs_p else ours), hints[snake])
    body = theirs.get("requestBody")
    if body is not None and "body" in signature.parameters:
        schema = _resolve(body, document)["content"]["application/json"]["schema"]
        kwargs["body"] = minimal(schema, document)
    elif "body" in signature.parameters and signature.parameters["body"].default is inspect.Parameter.empty:
        raise AssertionError(f"{operation_id}: our client requires a body the document does not describe")
    return name, args, kwargs


def success_type(operation_id: str) -> type | None:
    """What the method returns: the success model, or None for a success without a body."""
    hint = typing.get_type_hints(getattr(Operations, operation_id.replace("-", "_")))["return"]
    return None if hint is type(None) else next(o for o in typing.get_args(hint) or (hint,) if o is not Unset)
