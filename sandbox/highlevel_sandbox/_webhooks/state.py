"""The webhook state (moto's ``models``): the key pair, the URLs and their queues, the delivery log, the workers.

How an event becomes deliveries is the package's docstring; what a delivery's body holds is
``responses.event_body``; the admin routes that show and change this state are ``routes``.
"""

from __future__ import annotations

import base64
import collections
import dataclasses
import heapq
import itertools
import json
import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .. import _routes
from .._backend import Backend, Event
from .._faults import Faults, WebhookFault
from .._http import plain_int
from .responses import event_body, now_iso

if TYPE_CHECKING:
    from .._models import Invoice

log = logging.getLogger("highlevel_sandbox.webhooks")

SIGNATURE_HEADER = "X-GHL-Signature"
USER_AGENT = "highlevel-sandbox-webhooks"
VENDOR = "vendor"  # retry a 429 only, as HighLevel does (QUIRKS Q73): the default
LENIENT = "lenient"  # also retry 5xx and no answer (the opt-in: WEBHOOK_RETRIES=lenient)
WEBHOOK_RETRIES = (VENDOR, LENIENT)
RETRY_STATUSES = {VENDOR: frozenset({429}), LENIENT: frozenset({429}) | frozenset(range(500, 600))}
WORKERS = 4  # sender threads, whatever the number of URLs (sandbox/README.md)
MAX_URL_LENGTH = 8192  # longer, most servers refuse the request line (414); httpx refuses above 65536
ANSWER_START = 200  # characters of a refusing receiver's answer kept in the delivery's ``error``
ANSWER_READ = 16 * 1024  # bytes of an answer read at most; the rest is left unread (the connection is closed)


@dataclass(frozen=True)
class WebhookRetry:
    """How often a delivery is tried: ``attempts`` in all, waiting ``first_delay`` x ``factor`` ** n between.

    The default tries 5 times, 0.5, 1, 2 and 4 s apart (7.5 s in all); a ``Retry-After``
    (in seconds) on a 429 lengthens the wait up to ``max_delay``. Which answers are retried
    is ``retried`` (``Webhooks``' ``retries``: ``vendor`` or ``lenient``).
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
    """One event to one URL, and what became of it (``state``: pending, retrying, delivered, failed, dropped).

    ``error`` says why the last attempt did not deliver: the receiver's status and the start of its
    answer (``401 {"refused": "bad_signature"}``), ``no answer (ConnectError)``, or why it was not sent.
    ``fault`` is what a webhook fault did to it (``/__sandbox/faults``): ``{"webhook": "drop"}``,
    ``{"webhook": "duplicate", "of": <id>}`` (this delivery is the second copy of delivery ``of``),
    ``{"webhook": "delay", "delayMs": 2000}``; ``not_before`` (``time.monotonic``) holds a delay back.
    """

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
    fault: dict[str, Any] | None = None
    not_before: float = field(default=0.0, repr=False)

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
            "fault": self.fault,
        }


def retried(status: int | None, mode: str = VENDOR) -> bool:
    """Whether an attempt that got ``status`` (``None``: no answer) is tried again: the one rule.

    ``vendor`` (the default): a 429 only; a 5xx, a timeout or a refused connection loses the event,
    as at HighLevel (QUIRKS Q73). ``lenient``: 429, 5xx and no answer.
    """
    if status is None:
        return mode == LENIENT
    return status in RETRY_STATUSES[mode]


def check_retries(mode: str) -> str:
    """``mode`` if it is one of ``WEBHOOK_RETRIES``, else a ``ValueError`` naming them."""
    if mode not in WEBHOOK_RETRIES:
        raise ValueError(f"webhook retries are {' or '.join(WEBHOOK_RETRIES)} (got {mode!r})")
    return mode


def _shown(url: str) -> str:
    return repr(url) if len(url) <= 100 else f"{url[:100]!r}..."


def check_url(url: str) -> str:
    """``url`` (stripped) if the sender can post to it, else a ``ValueError`` saying why not.

    An absolute ``http://`` or ``https://`` URL with a host, at most ``MAX_URL_LENGTH`` characters,
    that httpx parses and whose host the resolver can encode (IDNA) and port is in range.
    """
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise ValueError(f"a webhook URL is at most {MAX_URL_LENGTH} characters (got one of {len(url)})")
    try:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"a webhook URL is an absolute http:// or https:// URL (got {_shown(url)})")
        if parts.port == 0:  # reading ``port`` raises a ValueError when it is out of range
            raise ValueError("port 0 is not a port to send to")
        parsed = httpx.URL(url)
        parsed.host  # noqa: B018  (an IDNAError for a host that is not a valid international name: "xn--")
        parsed.raw_host.decode("ascii").encode("idna")  # a UnicodeError where the resolver would raise one
    except (ValueError, httpx.InvalidURL) as exc:
        if str(exc).startswith("a webhook URL is"):
            raise
        raise ValueError(f"a webhook URL the sandbox can send to; {_shown(url)} is not ({exc})") from None
    return url


def _answer_start(response: httpx.Response) -> str:
    """The first ``ANSWER_START`` characters of an answer, reading at most ``ANSWER_READ`` bytes of it."""
    read = b""
    try:
        for chunk in response.iter_bytes():
            read += chunk
            if len(read) >= ANSWER_READ:
                break
    except Exception as exc:  # the receiver's answer, whatever breaks in it, is still an answer with a status
        return f"{read.decode('utf-8', 'replace')[:ANSWER_START]} (the answer broke off: {type(exc).__name__})"
    text = read.decode("utf-8", "replace")
    return text[:ANSWER_START] + ("..." if len(text) > ANSWER_START else "")


def _stopped(delivery: Delivery, why: str) -> None:
    """``delivery`` will not be tried (again): ``why`` is ``the URL was removed`` or ``the sandbox stopped``."""
    delivery.state = "failed"
    delivery.error = f"{why} before the next attempt" if delivery.attempts else f"not sent: {why}"


class _Receiver:
    """One URL: its queue (the head is the delivery being tried) and its HTTP client.

    Guarded by the pool's lock. ``scheduled``: in the pool's schedule or in a worker's hands, so at
    most one worker ever sends to this URL, and in the queue's order.
    """

    def __init__(self, url: str, client: httpx.Client) -> None:
        self.url = url
        self.client = client
        self.queue: collections.deque[Delivery] = collections.deque()
        self.scheduled = False
        self.sending = False
        self.closed = False


class Webhooks:
    """The sandbox's webhook sender: its key pair, its URLs, its delivery log, its pool of workers."""

    def __init__(
        self,
        backend: Backend,
        urls: Iterable[str] = (),
        *,
        retry: WebhookRetry | None = None,
        retries: str = VENDOR,
        timeout: float = 5.0,
        log_size: int = 1000,
        workers: int = WORKERS,
        faults: Faults | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1 (got {workers})")
        self.retry = retry or WebhookRetry()
        self.retries = check_retries(retries)
        self.timeout = timeout
        self.workers = workers
        self.faults = faults or Faults()  # the sandbox's, so /__sandbox/faults reaches the deliveries
        self._key = Ed25519PrivateKey.generate()
        self.public_key_pem = (
            self._key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )
        # One lock for the URLs, their queues, the schedule and the log; never held during I/O.
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._receivers: dict[str, _Receiver] = {}
        self._log: collections.deque[Delivery] = collections.deque(maxlen=log_size)
        self._ids = iter(range(1, 1 << 62))
        self._due: list[tuple[float, int, _Receiver]] = []  # a heap: when each scheduled URL may be tried next
        self._order = itertools.count()  # ties in the heap go first come, first served
        self._threads: list[threading.Thread] = []
        self._waiting = 0  # workers waiting for a due URL
        self._generation = 0  # close() ends the workers of its generation
        for url in urls:
            self.add_url(url)
        backend.subscribe(self._on_event)

    # ------------------------------------------------------------------ URLs and log

    @property
    def urls(self) -> list[str]:
        with self._lock:
            return list(self._receivers)

    def add_url(self, url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        """Send every later event to ``url`` too (``transport``: an in-process receiver, for tests).

        A ``ValueError`` saying why when the sender could not post to ``url`` (``check_url``).
        """
        url = check_url(url)
        with self._lock:
            if url in self._receivers:
                return
            client = httpx.Client(timeout=self.timeout, transport=transport, headers={"User-Agent": USER_AGENT})
            self._receivers[url] = _Receiver(url, client)

    def remove_url(self, url: str) -> bool:
        """Stop sending to ``url``; its deliveries still queued fail (``not sent: the URL was removed``)."""
        with self._lock:
            receiver = self._receivers.pop(url.strip(), None)
            if receiver is not None:
                self._close(receiver, "the URL was removed")
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
                if not any(r.queue for r in self._receivers.values()):
                    return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        """Stop every worker (a delivery in flight finishes its attempt); what was not sent fails."""
        with self._lock:
            receivers, self._receivers = list(self._receivers.values()), {}
            for receiver in receivers:
                self._close(receiver, "the sandbox stopped")
            self._generation += 1
            self._threads, self._due, self._waiting = [], [], 0
            self._cond.notify_all()

    def _close(self, receiver: _Receiver, why: str) -> None:
        """Under the lock: ``receiver`` takes no more attempts; its client closes once no attempt uses it."""
        receiver.closed = True
        for delivery in list(receiver.queue)[1 if receiver.sending else 0 :]:
            _stopped(delivery, why)
        if not receiver.sending:
            receiver.queue.clear()
            receiver.client.close()
        self._cond.notify_all()

    # ------------------------------------------------------------------ the pool

    def _schedule(self, receiver: _Receiver, due: float) -> None:
        """Under the lock: ``receiver``'s head delivery may be tried from ``due`` (``time.monotonic``) on."""
        receiver.scheduled = True
        heapq.heappush(self._due, (due, next(self._order), receiver))
        if self._waiting < len(self._due) and len(self._threads) < self.workers:
            thread = threading.Thread(
                target=self._work,
                args=(self._generation,),
                name=f"sandbox-webhooks-{len(self._threads) + 1}",
                daemon=True,
            )
            self._threads.append(thread)
            thread.start()
        self._cond.notify()

    def _next(self, generation: int) -> _Receiver | None:
        """Under the lock: wait for a URL whose head delivery is due, and take it (``None``: stop)."""
        while generation == self._generation:
            wait = None
            if self._due:
                wait = self._due[0][0] - time.monotonic()
                if wait <= 0:
                    receiver = heapq.heappop(self._due)[2]
                    if receiver.closed or not receiver.queue:
                        receiver.scheduled = False
                        continue
                    receiver.sending = True
                    return receiver
            self._waiting += 1
            self._cond.wait(wait)
            if generation == self._generation:  # close() counted this worker out already
                self._waiting -= 1
        return None

    def _work(self, generation: int) -> None:
        """A worker: one attempt at a time, at whichever URL is due first; never raises."""
        while True:
            with self._lock:
                receiver = self._next(generation)
                if receiver is None:
                    return
                delivery = receiver.queue[0]
            again = self._attempt(receiver, delivery)
            with self._lock:
                receiver.sending = False
                if receiver.closed:
                    if again is not None:
                        stopped = generation != self._generation
                        _stopped(delivery, "the sandbox stopped" if stopped else "the URL was removed")
                    receiver.queue.clear()
                    receiver.client.close()
                    continue
                if again is None:
                    receiver.queue.popleft()
                    if receiver.queue:
                        self._schedule(receiver, max(time.monotonic(), receiver.queue[0].not_before))
                    else:
                        receiver.scheduled = False
                else:
                    self._schedule(receiver, time.monotonic() + again)

    def _attempt(self, receiver: _Receiver, delivery: Delivery) -> float | None:
        """Try ``delivery`` once; the wait before its next attempt, or ``None`` when it is settled.

        Never raises: whatever fails is the delivery's ``error``, and ``failed`` when it is final.
        """
        delivery.attempts += 1
        delivery.last_attempt_at = now_iso()
        retry_after: float | None = None
        try:
            client = receiver.client
            response = client.send(
                client.build_request("POST", receiver.url, content=delivery.body, headers=delivery.headers), stream=True
            )
            try:
                delivery.status = response.status_code
                answer = "" if response.is_success else _answer_start(response)
                delivery.error = None if response.is_success else f"{response.status_code} {answer}".rstrip()
                retry_after = plain_int(response.headers.get("retry-after"))  # seconds; a date is not read
            finally:
                response.close()
        except httpx.TransportError as exc:  # no answer: refused, reset, timed out
            delivery.status, delivery.error = None, f"no answer ({type(exc).__name__})"
        except Exception as exc:  # the sandbox could not send it at all (a URL the resolver refuses, a bug)
            delivery.status, delivery.state = None, "failed"
            delivery.error = f"not sent: {type(exc).__name__}: {str(exc)[:ANSWER_START]}"
            log.warning("webhook delivery %s to %s: %s", delivery.id, receiver.url, delivery.error)
            return None
        if delivery.status is not None and 200 <= delivery.status < 300:
            delivery.state = "delivered"
            return None
        if not retried(delivery.status, self.retries) or delivery.attempts >= self.retry.attempts:
            delivery.state = "failed"
            return None
        delivery.state = "retrying"
        return self.retry.delay(delivery.attempts, retry_after)

    # ------------------------------------------------------------------ events

    def body(self, event: Event, invoice: Invoice) -> dict[str, Any]:
        """What ``event`` sends about ``invoice`` (``responses.event_body``)."""
        return event_body(event, invoice)

    def _on_event(self, event: Event, invoice: Invoice) -> None:
        """Runs under the backend's lock: snapshot, check, sign and queue; no I/O."""
        with self._lock:
            receivers = list(self._receivers.values())
        if not receivers:
            return
        body = self.body(event, invoice)
        raw = json.dumps(body, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode()
        problems = _routes.webhook_schemas()[event.value].errors(body, "")
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: base64.b64encode(self._key.sign(raw)).decode(),
        }
        with self._lock:
            for receiver in receivers:
                delivery = Delivery(
                    next(self._ids), event.value, receiver.url, body["webhookId"], invoice.id, raw, headers,
                    created_at=body["timestamp"],
                )  # fmt: skip
                self._log.append(delivery)
                if problems:
                    delivery.state = "failed"
                    delivery.error = "not sent: the body breaks the spec's webhook schema: " + "; ".join(problems)
                    log.error("%s for invoice %s: %s", event.value, invoice.id, delivery.error)
                    continue
                if receiver.closed:
                    delivery.state, delivery.error = "failed", "not sent: the URL was removed"
                    continue
                self._queue(receiver, delivery, self.faults.take_webhook(event.value))

    def _queue(self, receiver: _Receiver, delivery: Delivery, fault: WebhookFault | None) -> None:
        """Under the lock: ``delivery`` joins ``receiver``'s queue, as ``fault`` (if any) has it."""
        if fault is not None and fault.webhook == "drop":
            delivery.state, delivery.fault = "dropped", {"webhook": "drop"}
            delivery.error = "not sent: dropped by a webhook fault"
            return
        deliveries = [delivery]
        if fault is not None and fault.webhook == "delay":
            delivery.fault = {"webhook": "delay", "delayMs": fault.delay_ms}
            delivery.not_before = time.monotonic() + fault.delay_ms / 1000
        elif fault is not None:  # duplicate: the same bytes and signature, one more time right after
            copy = dataclasses.replace(delivery, id=next(self._ids), fault={"webhook": "duplicate", "of": delivery.id})
            self._log.append(copy)
            deliveries.append(copy)
        receiver.queue.extend(deliveries)
        if not receiver.scheduled:
            self._schedule(receiver, max(time.monotonic(), receiver.queue[0].not_before))
