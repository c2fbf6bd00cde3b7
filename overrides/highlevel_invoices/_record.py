"""Recording the client's own traffic as HAR 1.2, secrets taken out, for ``highlevel-conformance check-traffic``.

::

    with HighLevel(token, record="traffic.har") as hl:   # or AsyncHighLevel(..., record=...)
        hl.list_invoices(...)
    # highlevel-conformance check-traffic traffic.har

Opt-in: nothing is recorded unless ``record=`` is given, a path or a ``TrafficRecorder``
(one recorder can be shared by several clients: one file; a new recorder starts its
file afresh). Every exchange that reached the wire is an entry (a retried call is one
entry per attempt, as the server saw them); a request that got no answer is not. Each
entry is written as it comes, over the closing brackets, which follow it again: between
exchanges the file is a complete HAR, also when the process stops without closing the
client, and a long session costs one write per exchange.

Nothing secret is written (``redaction``: one place for it): ``Authorization``,
cookies and any header naming a token or a key read ``[redacted]``; in the query and in
JSON and form bodies, a field naming a token, a secret, a password, an OAuth ``code``,
an email or a phone reads ``[redacted]``; the request's own credentials (the bearer
token, a client secret) and any email address or ``+``-prefixed phone number are taken
out of every other text. Bodies are kept as text; a body that is not UTF-8 is kept as
base64, as HAR says.
"""

from __future__ import annotations

import base64
import datetime
import importlib.metadata
import json
import os
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from ._errors import _WIRE_HEADERS
from .redaction import redact_headers, redact_json, redact_pairs, redact_string, secrets_in

__all__ = ["AsyncRecordingTransport", "RecordingTransport", "TrafficRecorder"]

_TAIL = "]}}"  # what closes the entries, the log and the document
_CREATOR = {"name": "highlevel-invoices", "version": importlib.metadata.version("highlevel-invoices")}


def _mime(headers: httpx.Headers) -> str:
    return str(headers.get("content-type", ""))


def _redacted_body(content: bytes, mime: str, secrets: list[str]) -> dict[str, Any]:
    """A body as HAR keeps it (``text``, and ``encoding`` when base64), secrets out."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return {"text": base64.b64encode(content).decode("ascii"), "encoding": "base64"}
    if "json" in mime.lower():
        try:
            return {"text": json.dumps(redact_json(json.loads(text), secrets), ensure_ascii=False)}
        except ValueError:
            pass
    if "x-www-form-urlencoded" in mime.lower():
        return {"text": urlencode(redact_pairs(parse_qsl(text, keep_blank_values=True), secrets))}
    return {"text": redact_string(text, secrets)}


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


class TrafficRecorder:
    """Collects exchanges and keeps ``path`` a HAR 1.2 file of them, redacted (see the module)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._count = 0
        self._lock = threading.Lock()
        head = json.dumps({"log": {"version": "1.2", "creator": _CREATOR, "entries": []}})[: -len(_TAIL)]
        self.path.write_text(head + _TAIL, encoding="utf-8")

    def __repr__(self) -> str:
        return f"TrafficRecorder({str(self.path)!r}, entries={self._count})"

    def __len__(self) -> int:
        return self._count

    def add(self, request: httpx.Request, response: httpx.Response, started: float, elapsed: float) -> None:
        """Record one exchange; ``response`` has been read (its ``content`` is the decoded body)."""
        query = [(k, v) for k, v in request.url.params.multi_items()]
        request_body = request.content
        form = (
            parse_qsl(request_body.decode("utf-8", "replace"))
            if "x-www-form-urlencoded" in _mime(request.headers)
            else []
        )
        secrets = secrets_in(
            [*request.headers.multi_items(), *response.headers.multi_items()],
            query,
            form,
            bodies=[_json_or_none(request_body), _json_or_none(response.content)],
        )
        url = request.url.copy_with(query=urlencode(redact_pairs(query, secrets)).encode() or None)
        entry: dict[str, Any] = {
            "startedDateTime": datetime.datetime.fromtimestamp(started, datetime.UTC).isoformat(),
            "time": round(elapsed * 1000, 3),
            "request": {
                "method": request.method,
                "url": str(url),
                "httpVersion": "HTTP/1.1",
                "cookies": [],
                "headers": [{"name": k, "value": v} for k, v in redact_headers(request.headers.multi_items(), secrets)],
                "queryString": [{"name": k, "value": v} for k, v in redact_pairs(query, secrets)],
                "headersSize": -1,
                "bodySize": len(request_body),
            },
            "response": {
                "status": response.status_code,
                "statusText": response.reason_phrase,
                "httpVersion": response.http_version,
                "cookies": [],
                # The body is kept decoded: the headers that describe its wire form would lie.
                "headers": [
                    {"name": k, "value": v}
                    for k, v in redact_headers(response.headers.multi_items(), secrets)
                    if k.lower() not in _WIRE_HEADERS
                ],
                "content": {
                    "size": len(response.content),
                    "mimeType": _mime(response.headers),
                    **_redacted_body(response.content, _mime(response.headers), secrets),
                },
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": -1,
            },
            "cache": {},
            "timings": {"send": 0, "wait": round(elapsed * 1000, 3), "receive": 0},
        }
        if request_body:
            mime = _mime(request.headers)
            entry["request"]["postData"] = {"mimeType": mime, **_redacted_body(request_body, mime, secrets)}
        text = json.dumps(entry, ensure_ascii=False)
        with self._lock:
            # The entry goes over the closing brackets, which follow it again: one write per exchange, however
            # long the file (rewriting it whole made a long session quadratic).
            with self.path.open("r+b") as out:
                out.seek(-len(_TAIL), os.SEEK_END)
                out.write(((",\n" if self._count else "\n") + text + _TAIL).encode("utf-8"))
            self._count += 1


def _reanswer(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """The answer handed on: the same status, headers and wire bytes (still encoded), a fresh stream."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )


def _decoded(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    copy = httpx.Response(response.status_code, headers=response.headers, content=raw, request=request)
    copy.read()
    return copy


class RecordingTransport(httpx.BaseTransport):
    """Hands each request to ``inner`` and records the exchange in ``recorder``."""

    def __init__(self, inner: httpx.BaseTransport, recorder: TrafficRecorder) -> None:
        self.inner, self.recorder = inner, recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started, clock = time.time(), time.perf_counter()
        response = self.inner.handle_request(request)
        try:
            # The stream itself, not iter_raw(): a transport may answer with a body already read.
            raw = b"".join(response.stream)  # type: ignore[arg-type]
        finally:
            response.close()
        self.recorder.add(request, _decoded(response, raw, request), started, time.perf_counter() - clock)
        return _reanswer(response, raw, request)

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """``RecordingTransport`` for the async client."""

    def __init__(self, inner: httpx.AsyncBaseTransport, recorder: TrafficRecorder) -> None:
        self.inner, self.recorder = inner, recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started, clock = time.time(), time.perf_counter()
        response = await self.inner.handle_async_request(request)
        try:
            raw = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
        finally:
            await response.aclose()
        self.recorder.add(request, _decoded(response, raw, request), started, time.perf_counter() - clock)
        return _reanswer(response, raw, request)

    async def aclose(self) -> None:
        await self.inner.aclose()
