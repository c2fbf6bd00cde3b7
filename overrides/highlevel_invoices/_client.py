"""``HighLevel`` and ``AsyncHighLevel``: the generated operations, configured for HighLevel.

Both subclass the generated facade (``highlevel_invoices_api.api.Operations`` /
``AsyncOperations``), so every operation of the spec is a typed method with the
generated signature, and every list operation an ``iter_<items>`` that pages through
all of them (``iter_invoices``). What this module adds is the set-up: token (or any
``httpx.Auth`` of ``_auth``, such as an OAuth app's refreshing token) and base URL
(from arguments or the environment), the ``Version`` header on every call
(``2021-07-28``, or ``v3`` with ``version="v3"``: the vendor's two editions of this
API, same operations and schemas, QUIRKS Q27), a
finite timeout, one pooled httpx client per instance, and the transport that
rate-limits, retries, logs and raises typed errors.

``timeout`` bounds a whole call, body included: a number of seconds, or for an
``httpx.Timeout`` its largest value (30 s by default; its ``connect`` value still
caps connecting). Retries share it: a retry or a wait that would end past the
call's deadline is not made, and the last failure is raised (see ``_transport``).
Every method also takes its own ``timeout``, ``max_retries`` and ``extra_headers``.

``record="traffic.har"`` (a path or a ``TrafficRecorder``) writes every exchange the
client has with the server to a HAR file, secrets taken out (``_record``), for
``highlevel-conformance check-traffic``.

Answers are read tolerantly (``_departures``): a 2xx answer always returns its
model, and what does not fit the spec is kept and reported. ``strict=True``
raises ``ResponseValidationError`` at the first departure instead, as the
project's own tests and the conformance command do.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx

from highlevel_invoices_api.api import AsyncOperations, Operations
from highlevel_invoices_api.client import AuthenticatedClient
from highlevel_invoices_api.models.api_version import ApiVersion
from highlevel_invoices_api.types import Found

from ._auth import StaticTokenAuth
from ._constants import (
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_VERSION,
    REDACTED,
    TOKEN_ENV,
)
from ._errors import ConfigurationError, departure_error, validation_error
from ._ratelimit import RateLimit, RateLimitInfo, SlidingWindowLimiter
from ._record import AsyncRecordingTransport, RecordingTransport, TrafficRecorder
from ._retry import RetryPolicy
from ._transport import AsyncTransport, SyncTransport, _Core
from .departures import Departure, report


def _recorder(record: str | os.PathLike[str] | TrafficRecorder | None) -> TrafficRecorder | None:
    if record is None or isinstance(record, TrafficRecorder):
        return record
    if not isinstance(record, (str, os.PathLike)) or not str(record):
        raise ConfigurationError(f"record: expected a file path or a TrafficRecorder, got {type(record).__name__}")
    folder = Path(record).resolve().parent
    if not folder.is_dir():
        raise ConfigurationError(f"record: {folder} is not a folder; cannot write {Path(record).name} there")
    return TrafficRecorder(record)


def _resolve(token: str | None, base_url: str | None, auth: httpx.Auth | None = None) -> tuple[httpx.Auth, str]:
    if auth is not None:
        if token is not None:
            raise ConfigurationError("pass token=... or auth=..., not both")
    else:
        token = token if token is not None else os.environ.get(TOKEN_ENV)
        if not token:
            raise ConfigurationError(f"no token: pass token=... or auth=..., or set {TOKEN_ENV}")
        auth = StaticTokenAuth(token)
    base_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not base_url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base_url must start with http:// or https:// (got {base_url!r})")
    return auth, base_url.rstrip("/")


class _Shared:
    """Set-up and behaviour common to the sync and async clients."""

    base_url: str
    version: str
    _client: AuthenticatedClient
    _last_headers: httpx.Headers | None
    strict: bool
    _on_departure: Callable[[Departure], None] | None

    def _configure(
        self,
        token: str | None,
        auth: httpx.Auth | None,
        base_url: str | None,
        version: str | ApiVersion,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        rate_limit: RateLimit | None,
    ) -> tuple[httpx.Auth, dict[str, str], _Core]:
        auth, self.base_url = _resolve(token, base_url, auth)
        # Any value is sent as given (the vendor's TypeScript SDK sends 2023-02-21); VERSIONS are the spec's.
        version = str(version)
        self.version = version
        self._last_headers = None
        policy = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        limiter = SlidingWindowLimiter(rate_limit) if rate_limit is not None else None
        core = _Core(policy, limiter, self._record_rate_limit)
        headers = {"Version": version}
        return auth, headers, core

    def _generated_client(self) -> AuthenticatedClient:
        # The generated client never builds its own httpx client here (we set
        # ours), so it does not need the token: keep it out of its repr.
        return AuthenticatedClient(base_url=self.base_url, token=REDACTED, raise_on_unexpected_status=False)

    def _record_rate_limit(self, headers: httpx.Headers) -> None:
        # Parsed on access: most callers never look, and every call pays for a parse.
        self._last_headers = headers

    @property
    def raw(self) -> AuthenticatedClient:
        """The configured generated client, for calling the generated functions directly.

        ``sync_detailed`` / ``asyncio_detailed`` of ``highlevel_invoices_api.api`` return a
        ``Response`` (status, headers, body, parsed model) only for a success answer: the
        requests go through this client's transport, which raises the same typed errors as
        the methods for a non-2xx answer or a lost connection. A body that does not decode
        raises ``highlevel_invoices_api.types.DecodeError`` (a ``ValueError``) there.
        """
        return self._client

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The ``X-RateLimit-*`` headers of the last response."""
        return RateLimitInfo() if self._last_headers is None else RateLimitInfo.from_headers(self._last_headers)

    def _departures(self, operation: str, response: httpx.Response, found: list[Found]) -> None:
        """A 2xx answer that departs from the spec: report it and return the model, or raise when strict."""
        departures = [Departure.from_found(operation, f) for f in found]
        if self.strict:
            raise departure_error(response, found[0], departures)
        report(departures, self._on_departure)

    def _unexpected_answer(self, response: httpx.Response) -> Exception:
        # Only 2xx answers get here: the transport raised the typed error for any other.
        return validation_error(response, ValueError(f"{response.status_code} is not the documented success status"))

    def __repr__(self) -> str:
        strict = ", strict=True" if self.strict else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}, version={self.version!r}{strict})"


class HighLevel(_Shared, Operations):
    """Synchronous client. Every operation of the spec is a method::

    with HighLevel(token) as hl:
        invoice = hl.get_invoice(invoice_id, alt_id=location_id, alt_type=AltType.LOCATION)
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        version: str | ApiVersion = DEFAULT_VERSION,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimit | None = RateLimit(),  # noqa: B008 - frozen, shared safely
        transport: httpx.BaseTransport | None = None,
        strict: bool = False,
        on_departure: Callable[[Departure], None] | None = None,
        record: str | os.PathLike[str] | TrafficRecorder | None = None,
    ) -> None:
        self.strict, self._on_departure = strict, on_departure
        auth, headers, core = self._configure(token, auth, base_url, version, max_retries, retry_policy, rate_limit)
        wire: httpx.BaseTransport = transport or httpx.HTTPTransport()
        self.recorder = _recorder(record)
        if self.recorder is not None:
            wire = RecordingTransport(wire, self.recorder)
        self._http = httpx.Client(
            base_url=self.base_url,
            headers=headers,
            auth=auth,
            timeout=timeout,
            transport=SyncTransport(wire, core),
        )
        raw = self._generated_client()
        raw.set_httpx_client(self._http)
        super().__init__(raw)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncHighLevel(_Shared, AsyncOperations):
    """Asynchronous client, with the same names and behaviour as ``HighLevel``::

    async with AsyncHighLevel(token) as hl:
        invoice = await hl.get_invoice(invoice_id, alt_id=location_id, alt_type=AltType.LOCATION)
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        version: str | ApiVersion = DEFAULT_VERSION,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimit | None = RateLimit(),  # noqa: B008 - frozen, shared safely
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
        on_departure: Callable[[Departure], None] | None = None,
        record: str | os.PathLike[str] | TrafficRecorder | None = None,
    ) -> None:
        self.strict, self._on_departure = strict, on_departure
        auth, headers, core = self._configure(token, auth, base_url, version, max_retries, retry_policy, rate_limit)
        wire: httpx.AsyncBaseTransport = transport or httpx.AsyncHTTPTransport()
        self.recorder = _recorder(record)
        if self.recorder is not None:
            wire = AsyncRecordingTransport(wire, self.recorder)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers=headers,
            auth=auth,
            timeout=timeout,
            transport=AsyncTransport(wire, core),
        )
        raw = self._generated_client()
        raw.set_async_httpx_client(self._http)
        super().__init__(raw)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()
