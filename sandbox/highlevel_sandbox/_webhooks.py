"""Webhooks: the sandbox posts HighLevel's invoice events, signed, to the URLs it is given.

::

    Backend.publish(event, invoice)      after each state change, under the backend's lock
      -> Webhooks._on_event              the body (invoice + envelope) is built, checked against the
                                         spec's webhook schema and signed, once per event; one
                                         Delivery per URL joins that URL's queue (no I/O here)
      -> one worker thread per URL       POSTs the bytes with X-GHL-Signature; retries 429, 5xx
                                         and no answer with backoff (WebhookRetry); every attempt
                                         is in the delivery log

An API answer never waits for a receiver: the subscriber only queues. Events to one
URL leave in the order of the changes; a delivery being retried holds back the later
ones to that URL. The key pair is made when the sandbox starts; its public half is at
``GET /__sandbox/webhooks/public-key`` (PEM), so a receiver verifies sandbox events
with the same code as production ones (``highlevel_invoices.verify_webhook``).
"""

from __future__ import annotations

import base64
import collections
import datetime
import functools
import json
import logging
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from starlette.requests import Request
from starlette.responses import Response

from . import _routes
from ._backend import Backend, Event
from ._exceptions import BadRequest, SandboxError
from ._http import error_response, json_response, parse_json
from .specs import load_spec

if TYPE_CHECKING:
    from ._app import Sandbox
    from ._models import Invoice

log = logging.getLogger("highlevel_sandbox.webhooks")

SIGNATURE_HEADER = "X-GHL-Signature"
USER_AGENT = "highlevel-sandbox-webhooks"
RETRY_STATUSES = frozenset({429}) | frozenset(range(500, 600))


@dataclass(frozen=True)
class WebhookRetry:
    """How often a delivery is tried: ``attempts`` in all, waiting ``first_delay`` x ``factor`` ** n between.

    The default tries 5 times, 0.5, 1, 2 and 4 s apart (7.5 s in all); a ``Retry-After``
    on a 429 lengthens the wait up to ``max_delay``.
    """

    attempts: int = 5
    first_delay: float = 0.5
    factor: float = 2.0
    max_delay: float = 30.0

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.first_delay < 0 or self.factor < 1 or self.max_delay < 0:
            raise ValueError(f"invalid webhook retry plan: {self}")

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """The wait after failed attempt number ``attempt`` (1-based)."""
        wait = min(self.first_delay * self.factor ** (attempt - 1), self.max_delay)
        if retry_after is not None:
            wait = min(max(wait, retry_after), self.max_delay)
        return wait


@dataclass
class Delivery:
    """One event to one URL, and what became of it (``state``: pending, retrying, delivered, failed)."""

    id: int
    event: str
    url: str
    webhook_id: str
    invoice_id: str
    body: bytes = field(repr=False)
    headers: dict[str, str] = field(repr=False)
    state: str = "pending"
    status: int | None = None
    attempts: int = 0
    error: str | None = None
    created_at: str = ""
    last_attempt_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "url": self.url,
            "webhookId": self.webhook_id,
            "invoiceId": self.invoice_id,
            "state": self.state,
            "status": self.status,
            "attempts": self.attempts,
            "error": self.error,
            "createdAt": self.created_at,
            "lastAttemptAt": self.last_attempt_at,
        }


def _now_iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL, else a ``ValueError`` saying what is expected."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"a webhook URL is an absolute http:// or https:// URL (got {url!r})")
    return url.strip()


@functools.cache
def _validators() -> dict[str, Any]:
    """The spec's body schema of each webhook, compiled once (``#/webhooks/<event>/post/requestBody``)."""
    spec = load_spec()
    return {
        name: _routes._compile(item["post"]["requestBody"]["content"]["application/json"]["schema"], spec["components"])
        for name, item in spec["webhooks"].items()
    }


class _Receiver:
    """One URL: its queue, its HTTP client and the thread that empties the queue in order."""

    def __init__(self, url: str, client: httpx.Client, hooks: Webhooks) -> None:
        self.url = url
        self.client = client
        self.hooks = hooks
        self.queue: collections.deque[Delivery] = collections.deque()
        self.cond = threading.Condition()
        self.busy = False
        self.closed = False
        self.thread = threading.Thread(target=self._run, name=f"sandbox-webhooks {url}", daemon=True)
        self.thread.start()

    def put(self, delivery: Delivery) -> None:
        with self.cond:
            self.queue.append(delivery)
            self.cond.notify_all()

    def idle(self) -> bool:
        with self.cond:
            return not self.queue and not self.busy

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def _run(self) -> None:
        while True:
            with self.cond:
                while not self.queue and not self.closed:
                    self.cond.wait()
                if self.closed:
                    break
                delivery = self.queue.popleft()
                self.busy = True
            try:
                self._deliver(delivery)
            except Exception:  # never let one delivery stop the worker
                log.exception("webhook delivery %s to %s failed", delivery.id, self.url)
                delivery.state, delivery.error = "failed", "the sandbox failed to send it"
            finally:
                with self.cond:
                    self.busy = False
                    self.cond.notify_all()
        self.client.close()

    def _deliver(self, delivery: Delivery) -> None:
        retry = self.hooks.retry
        while True:
            delivery.attempts += 1
            delivery.last_attempt_at = _now_iso()
            retry_after: float | None = None
            try:
                response = self.client.post(self.url, content=delivery.body, headers=delivery.headers)
                delivery.status, delivery.error = response.status_code, None
                if response.is_success:
                    delivery.state = "delivered"
                    return
                retryable = response.status_code in RETRY_STATUSES
                header = response.headers.get("retry-after", "")
                retry_after = float(header) if header.isdigit() else None
            except httpx.HTTPError as exc:
                delivery.status, delivery.error = None, f"no answer ({type(exc).__name__})"
                retryable = True
            if not retryable or delivery.attempts >= retry.attempts:
                delivery.state = "failed"
                return
            delivery.state = "retrying"
            with self.cond:  # a close() cuts the wait short
                if self.cond.wait_for(lambda: self.closed, timeout=retry.delay(delivery.attempts, retry_after)):
                    delivery.state, delivery.error = "failed", "the sandbox stopped before the next attempt"
                    return


class Webhooks:
    """The sandbox's webhook sender: its key pair, its URLs, its delivery log."""

    def __init__(
        self,
        backend: Backend,
        urls: Iterable[str] = (),
        *,
        retry: WebhookRetry | None = None,
        timeout: float = 5.0,
        log_size: int = 1000,
    ) -> None:
        self.retry = retry or WebhookRetry()
        self.timeout = timeout
        self._key = Ed25519PrivateKey.generate()
        self.public_key_pem = (
            self._key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )
        self._lock = threading.Lock()
        self._receivers: dict[str, _Receiver] = {}
        self._log: collections.deque[Delivery] = collections.deque(maxlen=log_size)
        self._ids = iter(range(1, 1 << 62))
        _validators()  # compile now, not on the first event
        for url in urls:
            self.add_url(url)
        backend.subscribe(self._on_event)

    # ------------------------------------------------------------------ URLs and log

    @property
    def urls(self) -> list[str]:
        with self._lock:
            return list(self._receivers)

    def add_url(self, url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        """Send every later event to ``url`` too (``transport``: an in-process receiver, for tests)."""
        url = check_url(url)
        with self._lock:
            if url in self._receivers:
                return
            client = httpx.Client(timeout=self.timeout, transport=transport, headers={"User-Agent": USER_AGENT})
            self._receivers[url] = _Receiver(url, client, self)

    def remove_url(self, url: str) -> bool:
        with self._lock:
            receiver = self._receivers.pop(url.strip(), None)
        if receiver is not None:
            receiver.close()
        return receiver is not None

    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._log)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until every queue is empty and nothing is in flight (tests); ``False`` on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                receivers = list(self._receivers.values())
            if all(r.idle() for r in receivers):
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        """Stop every worker (a delivery in flight finishes its attempt)."""
        with self._lock:
            receivers, self._receivers = list(self._receivers.values()), {}
        for receiver in receivers:
            receiver.close()

    # ------------------------------------------------------------------ events

    def body(self, event: Event, invoice: Invoice) -> dict[str, Any]:
        """The invoice as ``get-invoice`` answers it, plus the envelope (QUIRKS Q70)."""
        return {
            **invoice.to_json(with_summary=True),
            "type": event.value,
            "locationId": invoice.location,
            "timestamp": _now_iso(),
            "webhookId": str(uuid.uuid4()),
        }

    def _on_event(self, event: Event, invoice: Invoice) -> None:
        """Runs under the backend's lock: snapshot, check, sign and queue; no I/O."""
        with self._lock:
            receivers = list(self._receivers.values())
        if not receivers:
            return
        body = self.body(event, invoice)
        raw = json.dumps(body, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode()
        problems = _routes.errors_of(_validators()[event.value], body, "")
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: base64.b64encode(self._key.sign(raw)).decode(),
        }
        for receiver in receivers:
            delivery = Delivery(
                next(self._ids), event.value, receiver.url, body["webhookId"], invoice.id, raw, headers,
                created_at=body["timestamp"],
            )  # fmt: skip
            with self._lock:
                self._log.append(delivery)
            if problems:
                delivery.state = "failed"
                delivery.error = "not sent: the body breaks the spec's webhook schema: " + "; ".join(problems)
                log.error("%s for invoice %s: %s", event.value, invoice.id, delivery.error)
                continue
            receiver.put(delivery)


# ---------------------------------------------------------------------- admin routes

AdminRoute = tuple[str, Callable[[Request], Awaitable[Response]], list[str]]


def webhook_routes(sandbox: Sandbox) -> list[AdminRoute]:
    """``/__sandbox/webhooks/public-key`` (PEM), ``/deliveries`` (the log), ``/urls`` (register at run time)."""
    hooks = sandbox.webhooks

    async def public_key(request: Request) -> Response:
        return Response(hooks.public_key_pem, media_type="application/x-pem-file")

    async def deliveries(request: Request) -> Response:
        if request.method == "DELETE":
            hooks.clear_log()
        return json_response(200, {"deliveries": [d.to_json() for d in hooks.deliveries()]})

    async def urls(request: Request) -> Response:
        if request.method == "GET":
            return json_response(200, {"urls": hooks.urls})
        try:
            raw = await request.body()
            spec: Any = parse_json(raw) if raw.strip() else None
            if request.method == "DELETE" and spec is None:
                for url in hooks.urls:
                    hooks.remove_url(url)
                return json_response(200, {"urls": []})
            if not isinstance(spec, dict) or not isinstance(spec.get("url"), str):
                raise BadRequest('the body is {"url": "http://host:port/path"}')
            if request.method == "DELETE":
                hooks.remove_url(spec["url"])
                return json_response(200, {"urls": hooks.urls})
            hooks.add_url(spec["url"])
        except SandboxError as exc:
            return error_response(exc)
        except ValueError as exc:
            return error_response(BadRequest(str(exc)))
        return json_response(201, {"urls": hooks.urls})

    return [
        ("/__sandbox/webhooks/public-key", public_key, ["GET"]),
        ("/__sandbox/webhooks/deliveries", deliveries, ["GET", "DELETE"]),
        ("/__sandbox/webhooks/urls", urls, ["GET", "POST", "DELETE"]),
    ]
