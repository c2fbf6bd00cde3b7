"""Verify a HighLevel webhook delivery and hand back the typed invoice event.

::

    from highlevel_invoices import verify_webhook, WebhookVerificationError

    try:
        event = verify_webhook(raw_body, request.headers)  # an InvoiceEvent
    except WebhookVerificationError as exc:
        return 401, exc.reason

``verify_webhook`` never returns an event it has not checked. In order:

1. the signature over the exact bytes received: Ed25519 in ``X-GHL-Signature``
   first; RSA PKCS#1 v1.5 / SHA-256 in ``X-WH-Signature`` only when the legacy
   scheme is on (by default until the vendor's cut-over, 1 July 2026);
2. the body is a JSON object (strict JSON, parsed by orjson; nested at most
   :data:`MAX_DEPTH` levels) of a known invoice event type (``spec/invoices.yaml``,
   ``webhooks``) that decodes into ``models.InvoiceEvent``;
3. its ``timestamp`` is within ``tolerance`` of now (5 minutes, the vendor's advice);
4. its ``webhookId`` was not accepted before: one atomic add-if-absent in a
   :class:`SeenStore` (``_seen``: in memory by default, ``SQLiteSeenStore`` to share it
   between processes), so of several copies verified at once exactly one is accepted.

Every refusal is one :class:`WebhookVerificationError` whose ``reason`` says which
check failed (``REASONS`` of ``_errors``); whatever the signed body holds, nothing else is raised
(a failing seen store raises its own error: no refusal, no acceptance). The checks are CPU work only (an Ed25519 check
takes tens of microseconds), so an async receiver calls the same function.

The Ed25519 key is HighLevel's published one unless an argument or the
``HIGHLEVEL_WEBHOOK_PUBLIC_KEY`` environment variable (PEM) names another, such as
the sandbox's (``GET /__sandbox/webhooks/public-key``).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import functools
import os
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Protocol, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from highlevel_invoices_api.models.invoice_event import InvoiceEvent
from highlevel_invoices_api.models.invoice_event_type import InvoiceEventType
from highlevel_invoices_api.types import DecodeError, describe, json_loads

from ._errors import WebhookVerificationError
from ._seen import LegacySeenStore, MemorySeenStore, SeenStore

__all__ = [
    "HIGHLEVEL_ED25519_PUBLIC_KEY",
    "HIGHLEVEL_RSA_PUBLIC_KEY",
    "LEGACY_RSA_CUTOVER",
    "PUBLIC_KEY_ENV",
    "WebhookVerifier",
    "verify_webhook",
]

ED25519_HEADER: Final = "x-ghl-signature"
RSA_HEADER: Final = "x-wh-signature"
PUBLIC_KEY_ENV: Final = "HIGHLEVEL_WEBHOOK_PUBLIC_KEY"
#: From this instant HighLevel signs with ``X-GHL-Signature`` only (facts: Webhooks).
LEGACY_RSA_CUTOVER: Final = datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC)
DEFAULT_TOLERANCE: Final = 300.0
SEEN_PREFIX: Final = "highlevel-webhook:"
#: How deeply a body may nest arrays and objects. An invoice event nests about 6 levels; a deeper
#: body is refused before it is decoded, so no check (nor a repr in an error message) can recurse too far.
MAX_DEPTH: Final = 64

#: HighLevel's Ed25519 key for ``X-GHL-Signature`` (its webhook integration guide).
HIGHLEVEL_ED25519_PUBLIC_KEY: Final = """\
-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=
-----END PUBLIC KEY-----
"""

#: HighLevel's 4096-bit RSA key for the legacy ``X-WH-Signature`` (its webhook authentication guide).
HIGHLEVEL_RSA_PUBLIC_KEY: Final = """\
-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----
"""

EVENT_TYPES: Final = frozenset(member.value for member in InvoiceEventType)

PublicKey = str | bytes | Ed25519PublicKey | RSAPublicKey


class HeadersLike(Protocol):
    """Any header mapping: a ``dict``, ``httpx.Headers``, Starlette's or Werkzeug's headers."""

    def items(self) -> Iterable[tuple[str, str]]: ...


def _too_deep(value: object) -> bool:
    """Whether parsed JSON nests arrays and objects more than :data:`MAX_DEPTH` levels (found without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            if level > MAX_DEPTH:
                return True
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


@functools.lru_cache(maxsize=16)
def _load_pem(pem: bytes) -> Ed25519PublicKey | RSAPublicKey:
    try:
        key = load_pem_public_key(pem)
    except ValueError as exc:
        raise ValueError(f"not a PEM public key: {exc}") from None
    if not isinstance(key, Ed25519PublicKey | RSAPublicKey):
        raise ValueError(f"expected an Ed25519 or RSA public key, got {type(key).__name__}")
    return key


def _ed25519_key(key: PublicKey) -> Ed25519PublicKey:
    loaded = _load_pem(key.encode() if isinstance(key, str) else key) if isinstance(key, str | bytes) else key
    if not isinstance(loaded, Ed25519PublicKey):
        raise TypeError(f"the X-GHL-Signature key must be an Ed25519 public key, got {type(loaded).__name__}")
    return loaded


def _rsa_key(key: PublicKey) -> RSAPublicKey:
    loaded = _load_pem(key.encode() if isinstance(key, str) else key) if isinstance(key, str | bytes) else key
    if not isinstance(loaded, RSAPublicKey):
        raise TypeError(f"the X-WH-Signature key must be an RSA public key, got {type(loaded).__name__}")
    return loaded


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _signature(headers: Mapping[str, str], name: str) -> bytes | None:
    """The decoded signature in header ``name``; ``None`` when absent or empty."""
    raw = headers.get(name, "").strip()
    if not raw:
        return None
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("bad_signature", f"{name} is not base64") from None


class WebhookVerifier:
    """Keys, window and seen-id store, set up once; :meth:`verify` checks one delivery.

    - ``public_key``: the Ed25519 key for ``X-GHL-Signature`` (PEM text or bytes, or a key
      object); default ``$HIGHLEVEL_WEBHOOK_PUBLIC_KEY``, else HighLevel's published key.
    - ``legacy_rsa``: accept ``X-WH-Signature`` when no ``X-GHL-Signature`` came; ``None``
      (default) means "before :data:`LEGACY_RSA_CUTOVER`".
    - ``rsa_public_key``: the key for ``X-WH-Signature``; HighLevel's published key by default.
    - ``tolerance``: how far (seconds) ``timestamp`` may be from now, either way.
    - ``seen``: the store of accepted ``webhookId``s; a new :class:`MemorySeenStore` by default.
      Ids are kept for twice the tolerance: an older replay fails the timestamp check anyway.
    - ``clock``: the current time (tests).
    """

    def __init__(
        self,
        *,
        public_key: PublicKey | None = None,
        legacy_rsa: bool | None = None,
        rsa_public_key: PublicKey = HIGHLEVEL_RSA_PUBLIC_KEY,
        tolerance: float | datetime.timedelta = DEFAULT_TOLERANCE,
        seen: SeenStore | None = None,
        clock: Callable[[], datetime.datetime] = _now,
    ) -> None:
        if public_key is None:
            public_key = os.environ.get(PUBLIC_KEY_ENV) or HIGHLEVEL_ED25519_PUBLIC_KEY
        self._ed25519 = _ed25519_key(public_key)
        self._rsa = _rsa_key(rsa_public_key)
        self._legacy_rsa = legacy_rsa
        self.tolerance = tolerance.total_seconds() if isinstance(tolerance, datetime.timedelta) else float(tolerance)
        if self.tolerance <= 0:
            raise ValueError(f"tolerance must be positive, got {self.tolerance} s")
        self.seen: SeenStore = MemorySeenStore() if seen is None else seen
        self._add: Callable[..., bool] | None = getattr(self.seen, "add", None)
        if self._add is None:
            if not callable(getattr(self.seen, "put", None)):
                raise TypeError(f"seen must have add(key, value, *, expires_in=None), got {type(self.seen).__name__}")
            warnings.warn(
                f"{type(self.seen).__name__} has no add(key, value, *, expires_in=None), the atomic add-if-absent "
                "of SeenStore: replays are refused within this process only, two processes may both accept one",
                UserWarning,
                stacklevel=2,
            )
        self._clock = clock

    def legacy_rsa_enabled(self, now: datetime.datetime | None = None) -> bool:
        if self._legacy_rsa is not None:
            return self._legacy_rsa
        return (now or self._clock()) < LEGACY_RSA_CUTOVER

    def verify(self, body: bytes, headers: HeadersLike) -> InvoiceEvent:
        """The event in ``body`` if every check passes; :class:`WebhookVerificationError` otherwise."""
        if not isinstance(body, bytes | bytearray | memoryview):
            kind = type(body).__name__
            raise TypeError(f"verify the raw body bytes, not a {kind} (re-serialised JSON never matches)")
        raw = bytes(body)
        now = self._clock()
        self._check_signature(raw, {k.lower(): v for k, v in headers.items()}, now)
        event = self._decode(raw)
        self._check_timestamp(event, now)
        self._mark_seen(event, now)
        return event

    def _check_signature(self, body: bytes, headers: Mapping[str, str], now: datetime.datetime) -> None:
        signature = _signature(headers, ED25519_HEADER)
        if signature is not None:
            try:
                self._ed25519.verify(signature, body)
            except InvalidSignature:
                raise WebhookVerificationError(
                    "bad_signature", "X-GHL-Signature does not match the body and the Ed25519 key"
                ) from None
            return
        if not headers.get(RSA_HEADER, "").strip():
            raise WebhookVerificationError("no_signature", "the request is not signed (no X-GHL-Signature header)")
        if not self.legacy_rsa_enabled(now):
            raise WebhookVerificationError(
                "no_signature",
                "the request has no X-GHL-Signature header, only the legacy X-WH-Signature, which HighLevel "
                f"stopped sending on {LEGACY_RSA_CUTOVER:%Y-%m-%d} (legacy_rsa=True accepts it)",
            )
        legacy = _signature(headers, RSA_HEADER)
        try:
            self._rsa.verify(legacy or b"", body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise WebhookVerificationError(
                "bad_signature", "X-WH-Signature does not match the body and the RSA key"
            ) from None

    @staticmethod
    def _decode(body: bytes) -> InvoiceEvent:
        try:
            # orjson: strict JSON (no NaN, no lone surrogate, valid UTF-8), nesting bounded (1024) without recursion.
            data: Any = json_loads(body)
        except ValueError as exc:
            raise WebhookVerificationError("not_json", f"the body is not JSON ({exc})") from None
        if not isinstance(data, dict):
            raise WebhookVerificationError("invalid_body", f"the body is a JSON {type(data).__name__}, not an object")
        if _too_deep(data):
            raise WebhookVerificationError(
                "invalid_body", f"the body nests arrays and objects more than {MAX_DEPTH} levels deep"
            )
        kind = data.get("type")
        if not isinstance(kind, str) or kind not in EVENT_TYPES:
            if kind is None:
                shown = "no `type`"
            elif isinstance(kind, str) and len(kind) <= 60:
                shown = f"`type` {kind!r}"
            else:
                shown = f"`type` {describe(kind)}"
            raise WebhookVerificationError(
                "unknown_event_type", f"{shown} is not an invoice event ({', '.join(sorted(EVENT_TYPES))})"
            )
        try:
            return InvoiceEvent.from_dict(data)
        except DecodeError as exc:  # the generated decoders raise nothing else
            if exc.got == "missing":
                raise WebhookVerificationError("invalid_body", f"{kind}: the body has no {exc.json_path!r}") from None
            raise WebhookVerificationError("invalid_body", f"{kind}: the body is not an InvoiceEvent ({exc})") from None

    def _check_timestamp(self, event: InvoiceEvent, now: datetime.datetime) -> None:
        sent = event.timestamp if event.timestamp.tzinfo else event.timestamp.replace(tzinfo=datetime.UTC)
        age = (now - sent).total_seconds()
        if abs(age) > self.tolerance:
            when = f"{age:.0f} s old" if age > 0 else f"{-age:.0f} s in the future"
            raise WebhookVerificationError(
                "stale_timestamp",
                f"timestamp {sent.isoformat()} is {when}, beyond the {self.tolerance:.0f} s tolerance",
            )

    def _mark_seen(self, event: InvoiceEvent, now: datetime.datetime) -> None:
        key = SEEN_PREFIX + event.webhook_id
        stamp, ttl = now.isoformat(), 2 * self.tolerance
        if self._add is not None:
            added = bool(self._add(key, stamp, expires_in=ttl))
        else:  # a get/put store: atomic within this process only (the warning said so)
            with _MARK_LOCK:
                added = self.seen.get(key) is None
                if added:
                    cast(LegacySeenStore, self.seen).put(key, stamp, expires_in=ttl)
        if not added:
            first = self.seen.get(key)
            when = f" at {first}" if first is not None else ""
            raise WebhookVerificationError("replayed", f"webhookId {event.webhook_id!r} was already accepted{when}")


_DEFAULT_SEEN = MemorySeenStore()
# For stores without ``add``: one lock for every verifier of this process around their get-then-put.
_MARK_LOCK = threading.Lock()


def verify_webhook(
    body: bytes,
    headers: HeadersLike,
    *,
    public_key: PublicKey | None = None,
    legacy_rsa: bool | None = None,
    rsa_public_key: PublicKey = HIGHLEVEL_RSA_PUBLIC_KEY,
    tolerance: float | datetime.timedelta = DEFAULT_TOLERANCE,
    seen: SeenStore | None = None,
    clock: Callable[[], datetime.datetime] = _now,
) -> InvoiceEvent:
    """Check one delivery and return its :class:`~highlevel_invoices.models.InvoiceEvent`.

    ``body`` is the raw request body, ``headers`` any header mapping (names in any case).
    Options as :class:`WebhookVerifier`; without ``seen``, accepted ids go to one
    in-memory store shared by every call in this process.
    """
    return WebhookVerifier(
        public_key=public_key,
        legacy_rsa=legacy_rsa,
        rsa_public_key=rsa_public_key,
        tolerance=tolerance,
        seen=_DEFAULT_SEEN if seen is None else seen,
        clock=clock,
    ).verify(body, headers)
