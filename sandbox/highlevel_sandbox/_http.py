"""HighLevel's answer shapes, the body reader (JSON or form), the number parser: for the API and the extra routes."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from ._exceptions import BadRequest, MalformedJson, PayloadTooLarge, SandboxError

Endpoint = Callable[[Request], Awaitable[Response]]
ExtraRoute = tuple[str, Endpoint, list[str]]  # a route outside the spec's paths: path, endpoint, methods

# ``json.dumps`` with these options builds a new encoder on every call; one made once encodes the same bytes.
# No circular check: every payload is a tree built for this answer (from decoded JSON and fresh dicts).
_encode = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False, check_circular=False).encode


class JsonResponse(Response):
    """A JSON answer whose header list is built in one pass (``json_response``), not by ``Response.init_headers``.

    Sent like any Starlette ``Response`` (``await response(scope, receive, send)``); the status, headers and
    bytes are the ones ``Response(body, status, headers, media_type="application/json")`` would send.
    """

    def __init__(self, status: int, body: bytes, raw_headers: list[tuple[bytes, bytes]]) -> None:
        self.status_code = status
        self.body = body
        self.raw_headers = raw_headers
        self.background = None


def json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
    body = _encode(payload).encode("ascii")
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()] if headers else []
    keys = {k for k, _ in raw}
    if b"content-length" not in keys and not (status < 200 or status in (204, 304)):
        raw.append((b"content-length", str(len(body)).encode("latin-1")))
    if b"content-type" not in keys:
        raw.append((b"content-type", b"application/json"))
    return JsonResponse(status, body, raw)


def error_response(exc: SandboxError, headers: Mapping[str, str] | None = None) -> Response:
    """A named error in HighLevel's shape ``{"statusCode", "message", "error"}``."""
    return json_response(exc.status, exc.to_json(), {**(headers or {}), **exc.headers})


MAX_DEPTH = 100  # containers, the body itself included (an assumption: sandbox/README.md)
# json.loads joins a valid pair into one character: a surrogate left in a string is a lone one, not text.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"the number {text[:40]} is out of range")
    return value


def parse_json(raw: bytes) -> Any:
    """The JSON of a body, or ``MalformedJson`` (NaN, numbers Python cannot hold, bad UTF-8, too deep).

    The depth is capped here, once, so that nothing downstream (validation, ``copy.deepcopy``,
    ``json.dumps``) can recurse out of the stack on a body nested hundreds of levels deep.
    """
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant, parse_float=_finite_float)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise MalformedJson(str(exc)[:200]) from exc
    if _may_break_tree(raw):
        _check_tree(value)
    return value


# A lone surrogate in the parsed text can only come from a ``\\uD800``-``\\uDFFF`` escape: strict UTF-8
# decoding refuses an encoded surrogate.
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _may_break_tree(raw: bytes) -> bool:
    """Whether ``_check_tree`` could refuse the body parsed from ``raw``: not when it holds fewer than
    ``MAX_DEPTH`` brackets (no deeper nesting) and no surrogate escape (two scans in C, most bodies)."""
    return raw.count(b"{") + raw.count(b"[") > MAX_DEPTH or SURROGATE_ESCAPE.search(raw) is not None


def _check_tree(value: Any) -> None:
    """Walk the parsed body without recursion: ``MalformedJson`` when it nests deeper than ``MAX_DEPTH``
    or a string (a value or a key) holds a lone UTF-16 surrogate, which cannot be stored as text."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > MAX_DEPTH:
                raise MalformedJson(f"nested deeper than {MAX_DEPTH} levels")
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
            if isinstance(node, dict):
                stack.extend((key, depth) for key in node)
        elif isinstance(node, str) and LONE_SURROGATE.search(node):
            raise MalformedJson("a string holds a lone UTF-16 surrogate")


def is_json(content_type: str) -> bool:
    """``application/json`` or ``application/<anything>+json``, whatever its parameters (``; charset=utf-8``)."""
    media = content_type.partition(";")[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


# ---------------------------------------------------------------------------- outside input


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, or ``PayloadTooLarge`` as soon as it is known to be over ``limit`` bytes.

    A declared ``Content-Length`` over the limit is refused before a byte is read; a body without one
    (chunked) is refused at the chunk that crosses the limit. Every route reads its body here: the API's
    JSON, the OAuth forms, the admin routes.
    """
    declared = plain_int(request.headers.get("content-length"))
    if declared is not None and declared > limit:
        raise PayloadTooLarge(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def read_form(request: Request, limit: int) -> dict[str, str]:
    """A form body (``application/x-www-form-urlencoded``, the OAuth endpoints) as a dict, read by ``read_body``;
    a repeated name keeps its last value. Not UTF-8: ``BadRequest``."""
    raw = await read_body(request, limit)
    try:
        return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise BadRequest("Malformed form body: not UTF-8") from None


PLAIN_INT = re.compile(r"[0-9]+")  # ASCII only: "²" is a digit to str.isdigit and not to int(); "٣" is one to int()
INT_CEILING = 10**18  # a larger number reads as this one (int() refuses more than 4300 digits)


def plain_int(text: str | None) -> int | None:
    """``text`` as a non-negative integer when it is one written in ASCII digits, else ``None``.

    The one reading of a number from outside (a query value, a header such as ``Content-Length`` or
    ``Retry-After``), HTTP's ``1*DIGIT``: ``str.isdigit`` is true for ``"²"``, which ``int`` refuses, and
    ``int`` takes ``" 7"``, ``"1_0"`` and ``"٣"``. Above ``INT_CEILING`` the answer is ``INT_CEILING``.
    """
    if text is None or not PLAIN_INT.fullmatch(text):
        return None
    digits = text.lstrip("0")
    return INT_CEILING if len(digits) > 18 else int(digits or "0")
