"""Routing and request validation compiled once from ``spec/invoices.yaml``.

Nothing here is a hand-written schema: routes come from the spec's paths
(static segments win over ``{params}``, QUIRKS Q14), and each operation's
parameters and body are checked with validators compiled from the spec's own
schemas (jsonschema-rs, JSON Schema 2020-12).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from highlevel_spec import deref, load_spec

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Param:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    validator: Any


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    params: list[Param]
    body_required: bool
    body_validator: Any | None
    response_validators: dict[int, Any] = field(default_factory=dict)
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


def _compile(schema: dict[str, Any], components: dict[str, Any]) -> Any:
    return jsonschema_rs.Draft202012Validator({**schema, "components": components}, validate_formats=True)


def _path_regex(path: str) -> re.Pattern[str]:
    """A path template as a regex for ``fullmatch``: a parameter is any run of characters but ``/``
    (newlines included); ``$`` is not used, since it also matches before a trailing newline."""
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path.rstrip("/")))
    return re.compile(f"{pattern}/?")


@functools.cache
def routes() -> list[Route]:
    spec = load_spec()
    components = spec["components"]
    found = []
    for path, item in spec["paths"].items():
        ops = {}
        for method in METHODS:
            if method not in item:
                continue
            raw = item[method]
            params = []
            for p in raw.get("parameters", []):
                p = deref(spec, p)
                params.append(Param(p["name"], p["in"], p.get("required", False), _compile(p["schema"], components)))
            body = raw.get("requestBody")
            body_validator = None
            if body:
                body_validator = _compile(body["content"]["application/json"]["schema"], components)
            responses = {}
            for status, response in raw["responses"].items():
                response = deref(spec, response)
                content = response.get("content", {}).get("application/json")
                if content:
                    responses[int(status)] = _compile(content["schema"], components)
            body_required = bool(body and body.get("required"))
            if body_validator is not None:
                body_schema = deref(spec, body["content"]["application/json"]["schema"])
                names_location = body_required and "altId" in body_schema.get("required", [])
            else:
                names_location = any(p.name == "altId" and p.location == "query" and p.required for p in params)
            ops[method.upper()] = Operation(
                raw["operationId"], method.upper(), path, params, body_required, body_validator, responses,
                names_location,
            )  # fmt: skip
        static = sum(1 for seg in path.split("/") if seg and not seg.startswith("{"))
        found.append(Route(path, _path_regex(path), static, ops))
    # Static routes first (QUIRKS Q14): /invoices/schedule is not an invoice id.
    found.sort(key=lambda r: (-r.static_segments, r.path))
    return found


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
def _table() -> _Table:
    static: dict[str, Route] = {}
    by_slashes: dict[int, list[Route]] = {}
    for route in routes():
        template = route.path.rstrip("/")
        if "{" not in template:
            static.setdefault(template, route)
            continue
        for slashes in (template.count("/"), template.count("/") + 1):
            by_slashes.setdefault(slashes, []).append(route)
    return _Table(static, by_slashes)


def match(path: str) -> tuple[Route, dict[str, str]] | None:
    table = _table()
    route = table.static.get(path[:-1] if path.endswith("/") else path)
    if route is not None:
        return route, {}
    for route in table.by_slashes.get(path.count("/"), ()):
        m = route.regex.fullmatch(path)
        if m:
            return route, m.groupdict()
    return None


def errors_of(validator: Any, instance: Any, where: str) -> list[str]:
    """Readable messages naming the offending field, e.g. ``items.0.amount: "x" is not of type "number"``."""
    if validator.is_valid(instance):  # most requests: no error objects to build
        return []
    messages = []
    for error in validator.iter_errors(instance):
        path = ".".join(str(p) for p in error.instance_path)
        field_name = f"{where}.{path}" if where and path else (where or path or "body")
        messages.append(f"{field_name}: {error.message}")
    return messages
