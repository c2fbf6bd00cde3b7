"""The spec's routes, and the one way the sandbox checks what it reads and sends against the spec.

Nothing here is a hand-written schema. Routes come from a document's paths (static segments win
over ``{params}``, QUIRKS Q14); every parameter, body and answer of an operation is a ``Schema``:
the JSON pointer of the spec's own schema, compiled by ``highlevel_spec.validator`` on first use
(JSON Schema 2020-12, jsonschema-rs), so a schema nothing asks for costs nothing and the ones used
share one registry of their document.

``check_request`` checks a request, the API's (``Sandbox.validate``) and the OAuth endpoints' alike;
``check_answer`` an answer under ``strict_responses``; ``webhook_schemas`` are the bodies of the
events the sandbox sends.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from highlevel_spec import INVOICES, deref, escape, load_spec, pointer, validator

METHODS = ("get", "put", "post", "delete", "patch")
BOOLEANS = {"true": True, "false": False}  # a query parameter typed boolean, as it is written on the wire


class Schema:
    """The schema at ``pointer`` of spec ``document``, compiled the first time something is checked with it."""

    __slots__ = ("_validator", "document", "pointer")

    def __init__(self, pointer: str, document: str = INVOICES) -> None:
        self.pointer = pointer
        self.document = document
        self._validator: jsonschema_rs.Validator | None = None

    def __repr__(self) -> str:
        return f"Schema({self.pointer!r}, {self.document!r})"

    @property
    def validator(self) -> jsonschema_rs.Validator:
        if self._validator is None:
            self._validator = validator(self.pointer, self.document)
        return self._validator

    def errors(self, instance: Any, where: str) -> list[str]:
        """What is wrong with ``instance``, one readable line each (``errors_of``); empty when it is valid."""
        return errors_of(self.validator, instance, where)


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    schema: Schema
    boolean: bool = False  # a query parameter typed boolean: "true"/"false" on the wire


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    params: list[Param]
    body: Schema | None  # the request body's schema, in its one media type
    body_required: bool
    responses: dict[int, Schema]  # the statuses documented with a JSON body
    schemes: frozenset[str] = frozenset()  # the security schemes the spec lets call it (spec/oauth.yaml: agency)
    # The request always names its location (a required ``altId`` in the query or the required body). When it
    # does not (update-invoice-last-visited-at; update-and-schedule-invoice-schedule without a body), the
    # location is the token's, and the resource's owner is checked as for any id.
    names_location: bool = True


@dataclass
class Route:
    path: str
    regex: re.Pattern[str]
    static_segments: int
    operations: dict[str, Operation]  # by upper-case method


def _followed(document: dict[str, Any], at: str) -> str:
    """The pointer ``at``, or the pointer its chain of local ``$ref``s ends at (a component parameter, a response)."""
    node = pointer(document, at)
    seen = {at}
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        at = node["$ref"]
        seen.add(at)
        node = pointer(document, at)
    return at


def _path_regex(path: str) -> re.Pattern[str]:
    """A path template as a regex for ``fullmatch``: a parameter is any run of characters but ``/``
    (newlines included); ``$`` is not used, since it also matches before a trailing newline."""
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path.rstrip("/")))
    return re.compile(f"{pattern}/?")


def _operation(document: str, spec: dict[str, Any], path: str, method: str) -> Operation:
    raw = spec["paths"][path][method]
    at = f"#/paths/{escape(path)}/{method}"
    params = []
    for i in range(len(raw.get("parameters", []))):
        param_at = _followed(spec, f"{at}/parameters/{i}")
        p = pointer(spec, param_at)
        boolean = deref(spec, p["schema"]).get("type") == "boolean"
        params.append(Param(p["name"], p["in"], p.get("required", False), Schema(f"{param_at}/schema", document),
                            boolean))  # fmt: skip
    body = body_schema = None
    body_required = False
    if "requestBody" in raw:
        body_at = _followed(spec, f"{at}/requestBody")
        request_body = pointer(spec, body_at)
        (media_type,) = request_body["content"]  # one media type per body: JSON for the API, a form for OAuth
        body = Schema(f"{body_at}/content/{escape(media_type)}/schema", document)
        body_schema = deref(spec, request_body["content"][media_type]["schema"])
        body_required = bool(request_body.get("required"))
    responses = {}
    for status in raw["responses"]:
        response_at = _followed(spec, f"{at}/responses/{escape(status)}")
        if "application/json" in pointer(spec, response_at).get("content", {}):
            responses[int(status)] = Schema(f"{response_at}/content/application~1json/schema", document)
    schemes = frozenset(name for requirement in raw.get("security", spec.get("security", [])) for name in requirement)
    if body_schema is not None:
        names_location = body_required and "altId" in body_schema.get("required", [])
    else:
        names_location = any(p.name == "altId" and p.location == "query" and p.required for p in params)
    return Operation(
        raw["operationId"], method.upper(), path, params, body, body_required, responses, schemes, names_location
    )


@functools.cache
def routes(document: str = INVOICES) -> list[Route]:
    """The routes of ``document``'s paths, static ones first (no validator is compiled here)."""
    spec = load_spec(document)
    found = []
    for path, item in spec["paths"].items():
        ops = {method.upper(): _operation(document, spec, path, method) for method in METHODS if method in item}
        static = sum(1 for seg in path.split("/") if seg and not seg.startswith("{"))
        found.append(Route(path, _path_regex(path), static, ops))
    # Static routes first (QUIRKS Q14): /invoices/schedule is not an invoice id.
    found.sort(key=lambda r: (-r.static_segments, r.path))
    return found


@functools.cache
def operation(operation_id: str, document: str = INVOICES) -> Operation:
    """The operation of ``document`` with this operationId (the OAuth endpoints find theirs so)."""
    for route in routes(document):
        for op in route.operations.values():
            if op.operation_id == operation_id:
                return op
    raise LookupError(f"{document} has no operation {operation_id!r}")


@functools.cache
def webhook_schemas(document: str = INVOICES) -> dict[str, Schema]:
    """The body schema of each webhook event of ``document`` (``#/webhooks/<event>/post/requestBody``), by name."""
    spec = load_spec(document)
    schemas = {}
    for name in spec.get("webhooks", {}):
        body_at = _followed(spec, f"#/webhooks/{escape(name)}/post/requestBody")
        schemas[name] = Schema(f"{body_at}/content/application~1json/schema", document)
    return schemas


@dataclass(frozen=True)
class _Table:
    """``routes()`` indexed for ``match``, with the answers of the scan in the static-first order kept.

    A path equal to a route without parameters (a trailing ``/`` allowed) is that route: no other route
    has as many static segments and matches it, and no other path matches it. Any other path can only
    match a route with parameters and as many ``/`` (a parameter holds none), or one fewer when the path
    ends with ``/``; those are tried in order.
    """

    static: dict[str, Route]
    by_slashes: dict[int, list[Route]]


@functools.cache
def _table(document: str) -> _Table:
    static: dict[str, Route] = {}
    by_slashes: dict[int, list[Route]] = {}
    for route in routes(document):
        template = route.path.rstrip("/")
        if "{" not in template:
            static.setdefault(template, route)
            continue
        for slashes in (template.count("/"), template.count("/") + 1):
            by_slashes.setdefault(slashes, []).append(route)
    return _Table(static, by_slashes)


def match(path: str, document: str = INVOICES) -> tuple[Route, dict[str, str]] | None:
    table = _table(document)
    route = table.static.get(path[:-1] if path.endswith("/") else path)
    if route is not None:
        return route, {}
    for route in table.by_slashes.get(path.count("/"), ()):
        m = route.regex.fullmatch(path)
        if m:
            return route, m.groupdict()
    return None


def check_request(
    operation: Operation, path_params: Mapping[str, str], query: Mapping[str, str], headers: Mapping[str, str],
    body: Any,
) -> list[str]:  # fmt: skip
    """Every way a request breaks its operation's spec, one readable line each (empty: valid).

    ``body`` is the parsed body (JSON, or a form as a dict), ``None`` when there was none.
    """
    problems: list[str] = []
    for param in operation.params:
        if param.location == "path":
            value: Any = path_params.get(param.name)
        elif param.location == "query":
            value = query.get(param.name)
        else:
            value = headers.get(param.name)
        if value is None:
            if param.required:
                problems.append(f"{param.name}: the {param.location} parameter is required")
            continue
        if param.boolean:
            value = BOOLEANS.get(value, value)
        problems += param.schema.errors(value, param.name)
    if operation.body is not None:
        if body is None:
            if operation.body_required:
                problems.append("body: a JSON body is required")
        else:
            problems += operation.body.errors(body, "")
    return problems


def check_answer(operation: Operation, status: int, payload: Any) -> list[str]:
    """How an answer departs from the spec (``strict_responses``): a body that breaks the status's schema,
    or a body where the spec documents none for that status."""
    schema = operation.responses.get(status)
    if schema is None:
        return [] if payload is None else [f"a body where the spec documents none for {status}"]
    return schema.errors(payload, "")


def errors_of(validator: jsonschema_rs.Validator, instance: Any, where: str) -> list[str]:
    """Readable messages naming the offending field, e.g. ``items.0.amount: "x" is not of type "number"``."""
    if validator.is_valid(instance):  # most requests: no error objects to build
        return []
    messages = []
    for error in validator.iter_errors(instance):
        path = ".".join(str(p) for p in error.instance_path)
        field_name = f"{where}.{path}" if where and path else (where or path or "body")
        messages.append(f"{field_name}: {error.message}")
    return messages
