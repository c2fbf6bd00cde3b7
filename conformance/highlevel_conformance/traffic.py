"""``highlevel-conformance check-traffic FILE...``: verdicts from traffic already recorded; it sends no request.

Reads HAR 1.2 (browsers, mitmproxy, schemathesis' ``--report har``, the client's own
``HighLevel(record=...)``) and VCR cassettes (YAML: VCR.py and pytest-recording's
``interactions``, Ruby VCR's ``http_interactions`` as schemathesis' ``--report vcr`` writes them). Each exchange
with HighLevel's host (``--host`` to choose another, a sandbox's say; other hosts are
ignored) is matched to an operation of ``spec/invoices.yaml`` by method and path (static
segments first, QUIRKS Q14); a path the spec does not have is another HighLevel API, and
is counted and ignored. The exchange is then checked strictly:

- the request: every parameter (path, query, headers such as ``Version``) present when
  required and fitting its schema; the JSON body decoded into its request model;
- the answer: its status documented for the operation; its body decoded into the
  status's model, the way the client reads every answer (``highlevel_invoices.check_answer``
  and ``highlevel_invoices_api.types.decode_tolerantly``: one validator and one record,
  ``Departure``, for the client and for recorded traffic); a value the client takes
  through a QUIRKS fix (a field with ``x-quirk``: a numeric ``invoiceNumber``, Q1) but
  that its schema does not allow is a departure too, explained by that row; its
  ``Content-Type`` and the headers the spec documents for the status.

``Authorization`` is not checked: recorders strip it (vcrpy's ``filter_headers``).
Departures are grouped by (operation, JSON path with ``[*]`` for list indexes, kind),
with their count and the first as the example; each group is matched to the
``spec/QUIRKS.md`` row whose ``covers`` pointers cover the place of our spec it concerns
(the same matching as ``vendor-diff``). Exit status 0 when every departure is explained,
1 when one is new, 2 when the command cannot run (a file it cannot read, no exchange with
the host).

Nothing it prints or writes holds a secret: each exchange goes through the client's
redaction (``highlevel_invoices.redaction``) before it is checked, and every line is
scrubbed of the credentials the files carry.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import yaml

import highlevel_invoices_api.models as models
import highlevel_spec as specs
from highlevel_invoices import Departure, DepartureLog, check_answer
from highlevel_invoices.departures import MEDIA_TYPE, VALUE
from highlevel_invoices.redaction import redact_json, redact_pairs, redact_string, redact_text, secrets_in
from highlevel_invoices_api.types import ENUM, MISSING, NOT_JSON, STATUS, TYPE, decode_tolerantly, describe

from .vendor_diff import Quirk, covering, read_quirks

DEFAULT_HOST = "services.leadconnectorhq.com"
_JSON_TYPES = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string",
               list: "array", dict: "object"}  # fmt: skip
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


class TrafficError(ValueError):
    """A file that cannot be read as recorded traffic: one line naming the file and where."""


# ------------------------------------------------------------------------------------------------ reading


@dataclass
class Exchange:
    """One recorded request and its answer, bodies as bytes (decoded from their wire encoding)."""

    where: str  # "traffic.har entry 3", "cassette.yaml interaction 1"
    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc.lower()

    def header(self, name: str, answer: bool = True) -> str | None:
        headers = self.response_headers if answer else self.request_headers
        return next((v for k, v in headers if k.lower() == name.lower()), None)


def _text(path: Path) -> str:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise TrafficError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    if b"\0" in content[:8192]:
        raise TrafficError(f"{path}: binary content; expected a HAR file (JSON) or a VCR cassette (YAML)")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TrafficError(f"{path}: not UTF-8 text (byte {exc.start}); expected a HAR file or a VCR cassette") from exc


def read(path: Path) -> list[Exchange]:
    """The exchanges of a HAR file (JSON) or a VCR cassette (YAML); ``TrafficError`` for anything else."""
    text = _text(path)
    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise TrafficError(f"{path}: not valid JSON ({exc}); truncated? expected a HAR file") from exc
        if not isinstance(data, dict) or not isinstance(data.get("log"), dict):
            raise TrafficError(f"{path}: JSON without a 'log' object; expected a HAR 1.2 file")
        return _har(path, data["log"])
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise TrafficError(f"{path}: not valid YAML{at}; expected a VCR cassette or a HAR file") from exc
    # VCR.py and pytest-recording: interactions; Ruby's VCR format, which schemathesis' --report vcr writes:
    # http_interactions.
    key = next((k for k in ("interactions", "http_interactions") if isinstance(data, dict) and k in data), None)
    if key is None or not isinstance(data[key], list):
        raise TrafficError(f"{path}: no 'interactions' list; expected a VCR cassette (YAML) or a HAR file (JSON)")
    return _cassette(path, data[key])


def _need(value: Any, kind: type | tuple[type, ...], where: str, name: str) -> Any:
    if not isinstance(value, kind):
        raise TrafficError(f"{where}: no valid {name}")
    return value


def _har_headers(value: Any, where: str) -> list[tuple[str, str]]:
    items = _need(value if value is not None else [], list, where, "headers")
    return [(str(h.get("name", "")), str(h.get("value", ""))) for h in items if isinstance(h, dict)]


def _har_body(node: Any, where: str) -> bytes:
    if not isinstance(node, dict) or node.get("text") in (None, ""):
        return b""
    text: str = _need(node["text"], str, where, "body text")
    if node.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise TrafficError(f"{where}: the body says base64 but is not ({exc})") from exc
    return text.encode("utf-8")


def _har(path: Path, log: dict[str, Any]) -> list[Exchange]:
    entries = log.get("entries")
    if not isinstance(entries, list) or not entries:
        raise TrafficError(f"{path}: a HAR without entries; nothing to check")
    found = []
    for index, entry in enumerate(entries):
        where = f"{path.name} entry {index}"
        entry = _need(entry, dict, where, "entry")
        request = _need(entry.get("request"), dict, where, "request")
        response = _need(entry.get("response"), dict, where, "response")
        status = _need(response.get("status"), int, where, "response status")
        if status == 0:  # a browser's blocked or aborted request: no answer to check
            continue
        found.append(Exchange(
            where,
            str(_need(request.get("method"), str, where, "request method")).upper(),
            _need(request.get("url"), str, where, "request URL"),
            _har_headers(request.get("headers"), where),
            _har_body(request.get("postData"), f"{where} request"),
            status,
            _har_headers(response.get("headers"), where),
            _har_body(response.get("content"), f"{where} response"),
        ))  # fmt: skip
    return found


def _cassette_headers(value: Any) -> list[tuple[str, str]]:
    if not isinstance(value, dict):
        return []
    pairs = []
    for name, values in value.items():
        for v in values if isinstance(values, list) else [values]:
            pairs.append((str(name), str(v)))
    return pairs


def _cassette_body(value: Any, where: str) -> bytes:
    if isinstance(value, dict):  # vcrpy: {string: ...}; older cassettes {base64_string: ...}
        if "base64_string" in value:
            try:
                return base64.b64decode(str(value["base64_string"]), validate=True)
            except (binascii.Error, ValueError) as exc:
                raise TrafficError(f"{where}: base64_string is not base64 ({exc})") from exc
        value = value.get("string")
    if value is None:
        return b""
    if isinstance(value, bytes):  # YAML !!binary
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    raise TrafficError(f"{where}: a body that is neither text nor binary")


def _decompressed(body: bytes, headers: list[tuple[str, str]]) -> bytes:
    """A cassette keeps a compressed answer as it came (unless ``decode_compressed_response``): decode it."""
    if not body or not any(k.lower() == "content-encoding" for k, _ in headers):
        return body
    try:
        return httpx.Response(200, headers=headers, content=body).read()
    except httpx.DecodingError:
        return body


def _cassette(path: Path, interactions: list[Any]) -> list[Exchange]:
    if not interactions:
        raise TrafficError(f"{path}: a cassette without interactions; nothing to check")
    found = []
    for index, item in enumerate(interactions):
        where = f"{path.name} interaction {index}"
        item = _need(item, dict, where, "interaction")
        request = _need(item.get("request"), dict, where, "request")
        if item.get("response") is None:  # a request that got no answer (schemathesis records its errors so)
            continue
        response = _need(item.get("response"), dict, where, "response")
        status = response.get("status")
        code = status.get("code") if isinstance(status, dict) else status
        if isinstance(code, str) and code.isdigit():  # Ruby's VCR format quotes it
            code = int(code)
        response_headers = _cassette_headers(response.get("headers"))
        found.append(Exchange(
            where,
            str(_need(request.get("method"), str, where, "request method")).upper(),
            _need(request.get("uri") or request.get("url"), str, where, "request uri"),
            _cassette_headers(request.get("headers")),
            _cassette_body(request.get("body"), f"{where} request"),
            _need(code, int, where, "response status code"),
            response_headers,
            _decompressed(_cassette_body(response.get("body"), f"{where} response"), response_headers),
        ))  # fmt: skip
    return found


# ------------------------------------------------------------------------------------------------ the spec


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    at: str  # the parameter's pointer (a component's when it is one)
    schema_at: str


@dataclass(frozen=True)
class Answer:
    at: str  # the response's pointer (a shared component's when it is one)
    schema_at: str | None  # its JSON body's schema
    model: Any  # the generated model of that body
    headers: tuple[tuple[str, bool, str], ...]  # (name, required, schema pointer)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    at: str
    regex: re.Pattern[str]
    params: tuple[Param, ...]
    body_at: str | None
    body_model: Any
    body_required: bool
    answers: dict[int, Answer]


def _followed(spec: dict[str, Any], at: str) -> str:
    node, seen = specs.pointer(spec, at), {at}
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        at = node["$ref"]
        seen.add(at)
        node = specs.pointer(spec, at)
    return at


def _model(spec: dict[str, Any], schema_at: str) -> Any:
    ref = specs.pointer(spec, schema_at).get("$ref", "")
    return getattr(models, ref.rsplit("/", 1)[-1], None) if ref.startswith("#/components/schemas/") else None


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of ``spec/invoices.yaml``, static paths first (QUIRKS Q14)."""
    spec = specs.load_spec()
    found = []
    for method, path, raw in specs.operations(spec):
        at = f"#/paths/{specs.escape(path)}/{method}"
        params = []
        for index, _ in enumerate(raw.get("parameters", [])):
            param_at = _followed(spec, f"{at}/parameters/{index}")
            p = specs.pointer(spec, param_at)
            params.append(Param(p["name"], p["in"], bool(p.get("required")), param_at, f"{param_at}/schema"))
        body_at = body_model = None
        body_required = False
        if "requestBody" in raw:
            request_at = _followed(spec, f"{at}/requestBody")
            body_at = f"{request_at}/content/application~1json/schema"
            body_model = _model(spec, body_at)
            body_required = bool(specs.pointer(spec, request_at).get("required"))
        answers = {}
        for status in raw["responses"]:
            response_at = _followed(spec, f"{at}/responses/{specs.escape(str(status))}")
            response = specs.pointer(spec, response_at)
            schema_at = (f"{response_at}/content/application~1json/schema"
                         if "application/json" in response.get("content", {}) else None)  # fmt: skip
            headers = tuple((name, bool(specs.deref(spec, h).get("required")),
                             f"{_followed(spec, f'{response_at}/headers/{specs.escape(name)}')}/schema")
                            for name, h in response.get("headers", {}).items())  # fmt: skip
            answers[int(status)] = Answer(response_at, schema_at, _model(spec, schema_at) if schema_at else None,
                                          headers)  # fmt: skip
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path.rstrip("/")))
        found.append(Operation(raw["operationId"], method.upper(), path, at, re.compile(f"{pattern}/?"),
                               tuple(params), body_at, body_model, body_required, answers))  # fmt: skip
    found.sort(key=lambda op: (-sum(1 for s in op.path.split("/") if s and not s.startswith("{")), op.path))
    return tuple(found)


def match(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    for op in operations():
        if op.method == method:
            m = op.regex.fullmatch(path)
            if m:
                return op, {k: unquote(v) for k, v in m.groupdict().items()}
    return None


def _chain(spec: dict[str, Any], at: str) -> list[str]:
    """``at`` and every pointer its ``$ref``s lead to."""
    chain = [at]
    node = specs.pointer(spec, at)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in chain:
        chain.append(node["$ref"])
        node = specs.pointer(spec, node["$ref"])
    return chain


def _step(spec: dict[str, Any], at: str, part: str | int, seen: frozenset[str] = frozenset()) -> str | None:
    """The pointer of ``part`` (a field name or a list index) inside the schema at ``at``, through
    ``$ref`` and ``allOf``/``anyOf``/``oneOf``; None when the schema does not say."""
    for ptr in _chain(spec, at):
        if ptr in seen:
            continue
        node = specs.pointer(spec, ptr)
        if not isinstance(node, dict):
            continue
        if isinstance(part, int):
            if isinstance(node.get("items"), dict):
                return f"{ptr}/items"
        elif part in (node.get("properties") or {}):
            return f"{ptr}/properties/{specs.escape(part)}"
        for keyword in ("allOf", "anyOf", "oneOf"):
            for index, _ in enumerate(node.get(keyword) or []):
                found = _step(spec, f"{ptr}/{keyword}/{index}", part, seen | {ptr})
                if found is not None:
                    return found
    return None


def pointers_at(schema_at: str, path: str) -> list[str]:
    """The nodes of our spec a departure at ``path`` (``invoice.items[0].qty``) of the body whose schema is at
    ``schema_at`` concerns: where the field is used and the components its ``$ref``s lead to; a field the
    schema does not list is named by the pointer it would have, under the last ``properties`` reached."""
    spec = specs.load_spec()
    at = schema_at
    for name, index in _PATH_PART.findall(path):
        part: str | int = int(index) if index else name
        step = _step(spec, at, part)
        if step is None:
            last = _chain(spec, at)[-1]
            return [f"{last}/properties/{specs.escape(str(part))}" if isinstance(part, str) else f"{last}/items"]
        at = step
    return _chain(spec, at)


# ------------------------------------------------------------------------------------------------ checking


@dataclass(frozen=True)
class Finding:
    departure: Departure
    pointers: tuple[str, ...]
    quirk: str | None = None  # the row a field's ``x-quirk`` names, for a value the client's fix of it accepted


def quirk_fixed(op: Operation, part: str, schema_at: str, data: Any) -> list[Finding]:
    """The values the client's decode takes silently through a QUIRKS fix (a field whose schema carries
    ``x-quirk: Qn``: a numeric ``invoiceNumber``, Q1) but that the spec's schema does not allow: checked
    strictly, each is a departure, explained by the row the ``x-quirk`` names."""
    spec = specs.load_spec()
    found: list[Finding] = []
    stack: list[tuple[str, Any, tuple[str | int, ...]]] = [(schema_at, data, ())]
    while stack:
        at, value, path = stack.pop()
        if isinstance(value, dict):
            children: list[tuple[str | int, Any]] = list(value.items())
        elif isinstance(value, list):
            children = list(enumerate(value))
        else:
            continue
        for key, child in children:
            step = _step(spec, at, key)
            if step is None:
                continue
            node = specs.pointer(spec, step)
            quirk = node.get("x-quirk") if isinstance(node, dict) else None
            if isinstance(quirk, str) and not specs.validator(step).is_valid(child):
                expected = _schema_words(specs.deref(spec, node))
                got = describe(child, key if isinstance(key, str) else None)
                departure = Departure.from_found(op.operation_id, ((*path, key), TYPE, expected, got))
                departure = Departure(departure.operation, departure.path, TYPE, expected, got, part)
                found.append(Finding(departure, (step,), quirk))
            elif isinstance(child, (dict, list)):
                stack.append((step, child, (*path, key)))
    return found


def _schema_words(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return "one of " + ", ".join(repr(v) for v in schema["enum"])
    words = [str(schema.get("type", "any value"))]
    words += [f"{k} {schema[k]}" for k in ("format", "pattern", "minimum", "maximum", "minLength", "maxLength")
              if k in schema]  # fmt: skip
    return ", ".join(words)


def _coerced(value: str, schema: dict[str, Any]) -> Any:
    """A parameter's text as the JSON value its schema types (``true``, ``10``); else the text."""
    kind = schema.get("type")
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if kind in ("integer", "number"):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if kind == "integer" and number.is_integer() else number
    return value


def _check_value(op: Operation, part: str, name: str, value: str, schema_at: str,
                 pointers: tuple[str, ...]) -> list[Finding]:  # fmt: skip
    spec = specs.load_spec()
    schema = specs.deref(spec, specs.pointer(spec, schema_at))
    coerced = _coerced(value, schema)
    if specs.validator(schema_at).is_valid(coerced):
        return []
    types = schema.get("type")
    allowed = {types} if isinstance(types, str) else set(types or ())
    kind = ENUM if "enum" in schema else TYPE if allowed and _JSON_TYPES.get(type(coerced)) not in allowed else VALUE
    got = describe(coerced, name)
    return [Finding(Departure(op.operation_id, name, kind, _schema_words(schema), got, part), pointers)]


def _decoded(op: Operation, part: str, model: Any, data: Any, schema_at: str) -> list[Finding]:
    _, found = decode_tolerantly(model, data)
    out = []
    for path, kind, expected, got in found:
        departure = Departure.from_found(op.operation_id, (path, kind, expected, got))
        departure = Departure(departure.operation, departure.path, kind, expected, got, part)
        out.append(Finding(departure, _concerns(kind, pointers_at(schema_at, departure.path))))
    return out


def _concerns(kind: str, chain: list[str]) -> tuple[str, ...]:
    """The nodes a departure of ``kind`` concerns, as ``vendor-diff`` places a difference: a field missing or of
    another type concerns its use (where the parent lists it, ``.../properties/total``); a value outside an enum
    or a bound concerns the schema that sets it too (the component the use's ``$ref`` leads to)."""
    return tuple(chain) if kind in (ENUM, VALUE) else (chain[0],)


def _json(body: bytes) -> tuple[bool, Any]:
    try:
        return True, json.loads(body)
    except ValueError:
        return False, None


def check_exchange(ex: Exchange, op: Operation, path_params: dict[str, str], secrets: list[str]) -> list[Finding]:
    """Every departure of one exchange from ``op``: its request, then its answer."""
    found: list[Finding] = []
    query: dict[str, str] = {}
    for k, v in parse_qsl(urlsplit(ex.url).query, keep_blank_values=True):
        query.setdefault(k, v)
    query = dict(redact_pairs(query.items(), secrets))
    for param in op.params:
        if param.location == "path":
            value = path_params.get(param.name)
        elif param.location == "query":
            value = query.get(param.name)
        else:
            value = ex.header(param.name, answer=False)
        pointers = (param.at,)
        part = f"request {param.location}"
        if value is None:
            if param.required:
                found.append(Finding(Departure(op.operation_id, param.name, MISSING, "present (required)", "missing",
                                             part), pointers))  # fmt: skip
            continue
        found += _check_value(op, part, param.name, value, param.schema_at, pointers)
    if op.body_at is not None and op.body_model is not None:
        if not ex.request_body:
            if op.body_required:
                found.append(Finding(Departure(op.operation_id, "", MISSING, f"a JSON body ({op.body_model.__name__})",
                                             "missing", "request body"), (op.body_at,)))  # fmt: skip
        else:
            ok, data = _json(ex.request_body)
            if not ok:
                text = redact_string(ex.request_body.decode("utf-8", "replace"), secrets)
                expected = f"JSON ({op.body_model.__name__})"
                departure = Departure(op.operation_id, "", NOT_JSON, expected, describe(text), "request body")
                found.append(Finding(departure, (op.body_at,)))
            else:
                redacted = redact_json(data, secrets)
                found += _decoded(op, "request body", op.body_model, redacted, op.body_at)
                found += quirk_fixed(op, "request body", op.body_at, redacted)
    return found + _check_answer(ex, op, secrets)


def _check_answer(ex: Exchange, op: Operation, secrets: list[str]) -> list[Finding]:
    """The answer: its status documented; its body as the client reads it (a 2xx one, whatever its status,
    against the documented success, as ``check_answer`` does); its Content-Type and documented headers."""
    status_at = f"{op.at}/responses/{ex.status}"
    success = 200 <= ex.status < 300
    answer = op.answers.get(ex.status)
    if success and answer is None:
        answer = next((a for s, a in sorted(op.answers.items()) if 200 <= s < 300), None)
    if answer is None:
        documented = ", ".join(str(s) for s in sorted(op.answers))
        return [Finding(Departure(op.operation_id, "", STATUS, f"one of {documented}", str(ex.status)), (status_at,))]
    found: list[Finding] = []
    body = ex.response_body
    ok, data = _json(body)
    text = "" if ok else redact_string(body.decode("utf-8", "replace"), secrets)
    if success:
        for departure in check_answer(op.operation_id, redact_json(data, secrets) if ok else text, ex.status):
            if departure.kind == STATUS:
                pointers: tuple[str, ...] = (status_at,)
            elif departure.kind == NOT_JSON or answer.schema_at is None:
                pointers = (f"{answer.at}/content",)
            else:
                pointers = _concerns(departure.kind, pointers_at(answer.schema_at, departure.path))
            found.append(Finding(departure, pointers))
        if ok and answer.schema_at is not None:
            found += quirk_fixed(op, "", answer.schema_at, redact_json(data, secrets))
    elif answer.model is not None and answer.schema_at is not None:
        if ok:
            found += _decoded(op, "", answer.model, redact_json(data, secrets), answer.schema_at)
        else:
            departure = Departure(op.operation_id, "", NOT_JSON, f"JSON ({answer.model.__name__})", describe(text))
            found.append(Finding(departure, (f"{answer.at}/content",)))
    content_type = ex.header("content-type")
    if answer.schema_at is not None and body and not (content_type and "json" in content_type.lower()):
        got = describe(content_type) if content_type else "missing"
        departure = Departure(op.operation_id, "Content-Type", MEDIA_TYPE, "application/json", got, "answer header")
        found.append(Finding(departure, (f"{answer.at}/content",)))
    for name, required, schema_at in answer.headers:
        pointers = (f"{answer.at}/headers/{specs.escape(name)}",)
        value = ex.header(name)
        if value is None:
            if required:
                departure = Departure(op.operation_id, name, MISSING, "present (required)", "missing", "answer header")
                found.append(Finding(departure, pointers))
            continue
        found += _check_value(op, "answer header", name, value, schema_at, pointers)
    return found


# ------------------------------------------------------------------------------------------------ the verdict


@dataclass
class Group:
    """The departures of one key: the first as the example, where it was seen, the row that explains it."""

    departure: Departure
    pointers: tuple[str, ...]
    where: str
    exchange: Exchange
    quirk: str | None = None
    count: int = 0


@dataclass
class Verdict:
    files: list[Path]
    hosts: tuple[str, ...]
    checked: int = 0
    not_in_spec: Counter[str] = field(default_factory=Counter)  # "GET /contacts/" -> count
    other_hosts: Counter[str] = field(default_factory=Counter)
    log: DepartureLog = field(default_factory=DepartureLog)
    groups: dict[tuple[str, str, str], Group] = field(default_factory=dict)
    secrets: list[str] = field(default_factory=list)

    @property
    def new(self) -> list[Group]:
        return [g for g in self.groups.values() if g.quirk is None]

    def lines(self) -> list[str]:
        hosts = ", ".join(self.hosts)
        ignored = sum(self.not_in_spec.values())
        out = [f"check-traffic: {_count(len(self.files), 'file')}: {_count(self.checked + ignored, 'exchange')} "
               f"with {hosts} ({self.checked} checked against spec/invoices.yaml"
               f"{f', {ignored} to paths it does not have, ignored' if ignored else ''}), "
               f"{sum(self.other_hosts.values())} with other hosts (ignored)"]  # fmt: skip
        for departure, count in self.log:
            group = self.groups[departure.key]
            label = group.quirk or "NEW"
            pointer = "" if group.quirk else f"  [{group.pointers[-1]}]"
            out.append(f"  {label:5} {count} x {departure}{pointer}  (first: {group.where})")
        explained = [g for g in self.groups.values() if g.quirk]
        by_quirk = Counter(g.quirk for g in explained for _ in range(g.count))
        ids = ", ".join(f"{q} x{n}" for q, n in sorted(by_quirk.items(), key=lambda kv: int(str(kv[0])[1:])))
        total = sum(g.count for g in self.groups.values())
        ids = f" ({ids})" if ids else ""
        out.append(f"summary: {_count(total, 'departure')} in {_count(len(self.groups), 'group')}: "
                   f"{len(explained)} explained by spec/QUIRKS.md{ids}, {len(self.new)} new")  # fmt: skip
        if self.new:
            out.append("each new departure needs a fix of our spec or a QUIRKS.md row whose covers column lists its "
                       "pointer (shown in brackets); --drafts DIR writes a draft of each")  # fmt: skip
        return [redact_text(line, self.secrets) for line in out]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _exchange_secrets(ex: Exchange) -> list[str]:
    query = parse_qsl(urlsplit(ex.url).query, keep_blank_values=True)
    forms = [parse_qsl(ex.request_body.decode("utf-8", "replace"))] if b"=" in ex.request_body else []
    return secrets_in([*ex.request_headers, *ex.response_headers], query, *forms,
                      bodies=[_json(ex.request_body)[1], _json(ex.response_body)[1]])  # fmt: skip


def check_files(paths: list[Path], hosts: tuple[str, ...] = (DEFAULT_HOST,), quirks_text: str | None = None) -> Verdict:
    """Read every file (``TrafficError`` for one that cannot be), check each exchange with ``hosts``."""
    exchanges = [ex for path in paths for ex in read(path)]
    verdict = Verdict(paths, hosts)
    # Each secret once (the same token is in every exchange): every text of the report is scrubbed of them all.
    verdict.secrets = list(dict.fromkeys(secret for ex in exchanges for secret in _exchange_secrets(ex)))
    wanted = {h.lower() for h in hosts}
    if not any(ex.host in wanted or urlsplit(ex.url).hostname in wanted for ex in exchanges):
        seen = ", ".join(sorted({ex.host for ex in exchanges})) or "none"
        raise TrafficError(redact_text(f"no exchange with {', '.join(hosts)} in {', '.join(map(str, paths))} "
                                       f"(hosts seen: {seen}); --host names the server the traffic went to",
                                       verdict.secrets))  # fmt: skip
    text = quirks_text if quirks_text is not None else specs.spec_path("QUIRKS.md").read_text(encoding="utf-8")
    quirks: list[Quirk] = read_quirks(text)
    for ex in exchanges:
        if not (ex.host in wanted or urlsplit(ex.url).hostname in wanted):
            verdict.other_hosts[ex.host] += 1
            continue
        path = urlsplit(ex.url).path or "/"
        matched = match(ex.method, path)
        if matched is None:
            verdict.not_in_spec[f"{ex.method} {path}"] += 1
            continue
        verdict.checked += 1
        op, params = matched
        for item in check_exchange(ex, op, params, verdict.secrets):
            departure = item.departure
            if verdict.log.add(departure):
                verdict.groups[departure.key] = Group(departure, item.pointers, ex.where, ex,
                                                      item.quirk or covering(quirks, list(item.pointers)))  # fmt: skip
            verdict.groups[departure.key].count += 1
    return verdict
