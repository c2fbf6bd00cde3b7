"""The httpx transport every request of the client goes through.

For each call: wait for a rate-limit slot for its location, send the request
and read the whole answer, log method, path, status, duration and attempt,
retry where ``RetryPolicy`` allows, and turn a final non-2xx answer or a
failure into a typed error; a 401 that the request's auth flow asked for
(``RETURN_401``) is returned to that flow, which renews its token and replays
the request once. The decisions live in ``_Core`` (no I/O);
``SyncTransport`` and ``AsyncTransport`` are the two thin loops around it.

One deadline per call. The call's timeout (the largest value of the request's
httpx timeout, ``timeout=30`` or ``httpx.Timeout(30, connect=10)`` -> 30 s)
bounds the whole call: every attempt, the waits between attempts and the body,
however slowly it trickles in. httpx's own timeouts are per read, so the
transport keeps the deadline itself: through httpx's HTTP transports each
socket operation gets at most the time left (``_DeadlineBackend``), and with
any transport the body is read here, chunk by chunk, against the deadline.
Retries share the deadline: a retry whose wait would end past it is not made,
and the last failure is raised.

The body is read inside the retry loop, so a failure while reading it (reset,
cut short, stalled) is retried like a connect error for GET, PUT and DELETE,
and never re-sent for a POST, whose request may have reached the server.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import ssl
import time
import typing
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextvars import ContextVar

import httpcore
import httpx

from highlevel_invoices_api.api import MAX_RETRIES_EXTENSION

from ._constants import RETURN_401
from ._errors import connection_error, status_error
from ._ratelimit import SlidingWindowLimiter
from ._retry import IDEMPOTENT_METHODS, RetryPolicy

logger = logging.getLogger("highlevel_invoices")

_ALT_ID = re.compile(rb'"altId"\s*:\s*"([^"\\]{1,200})"')

# The monotonic time by which the current call must be over (None: no deadline).
# Set by the transport for the duration of one call; read by the network streams.
_DEADLINE: ContextVar[float | None] = ContextVar("highlevel_invoices_deadline", default=None)


def location_key(request: httpx.Request) -> str:
    """The location a request is for: ``altId`` from the query or the JSON body."""
    url = request.url
    if b"altId=" in url.query:  # parse the query only when it can hold altId
        alt_id: str | None = url.params.get("altId")
        if alt_id:
            return alt_id
    match = _ALT_ID.search(request.content) if request.content else None
    return match.group(1).decode("utf-8", "replace") if match else "-"


def call_timeout(request: httpx.Request) -> float | None:
    """The call's timeout in seconds: the largest of the request's httpx timeouts (``None``: none)."""
    timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
    values = [v for v in timeouts.values() if v is not None]
    return max(values) if values else None


def _clamp_request(request: httpx.Request, deadline: float, timeout: float) -> None:
    """Give every phase of the next attempt at most the time left (pool and connect included)."""
    remaining = max(deadline - time.monotonic(), 0.001)
    if remaining < timeout:
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        request.extensions["timeout"] = {k: remaining if v is None else min(v, remaining) for k, v in timeouts.items()}


def _time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut to what is left of the current call's deadline; ``error`` once it has passed."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error("the call's timeout passed")
    return remaining if timeout is None or timeout > remaining else timeout


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the call's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    """The async twin of ``_DeadlineStream``."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncDeadlineStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with every connection's operations bounded by the call's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """The async twin of ``_DeadlineBackend``."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncDeadlineStream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def with_deadlines(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
    """Bound every socket operation of an httpx HTTP transport by the current call's deadline.

    httpx's transports take no network backend, so the one of their httpcore
    pool is wrapped in place. Other transports (mock, ASGI, WSGI, custom) are
    left alone: for them the deadline is checked between the chunks of the body.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    elif isinstance(backend, httpcore.AsyncNetworkBackend) and not isinstance(backend, _AsyncDeadlineBackend):
        pool._network_backend = _AsyncDeadlineBackend(backend)  # type: ignore[union-attr]


def _late(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the call's timeout passed while the body was arriving", request=request)


class _BodyDeadline(httpx.SyncByteStream):
    """A response body that raises ``ReadTimeout`` when the call's deadline passes between two chunks."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: float, request: httpx.Request) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _late(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncBodyDeadline(httpx.AsyncByteStream):
    """The async twin of ``_BodyDeadline``."""

    def __init__(self, stream: httpx.AsyncByteStream, deadline: float, request: httpx.Request) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _late(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


class _Core:
    def __init__(
        self,
        policy: RetryPolicy,
        limiter: SlidingWindowLimiter | None,
        on_rate_limit: Callable[[httpx.Headers], None],
    ) -> None:
        self.policy = policy
        self.limiter = limiter
        self.on_rate_limit = on_rate_limit

    def limiter_key(self, request: httpx.Request) -> str | None:
        """The rate-limit budget the request draws on, or ``None`` without a limiter."""
        return location_key(request) if self.limiter else None

    @staticmethod
    def fits(delay: float, deadline: float | None) -> bool:
        """Whether waiting ``delay`` seconds (``math.inf``: never) still leaves time before the deadline."""
        return delay != math.inf and (deadline is None or time.monotonic() + delay < deadline)

    def retry_after_error(
        self, request: httpx.Request, error: Exception, attempt: int, deadline: float | None, answered: bool
    ) -> float | None:
        """Seconds to wait before retrying, or ``None`` to give up.

        ``answered``: the failure came while reading the body, so the request reached the server.
        """
        if attempt > self.max_retries(request) or not self.policy.retries_error(request.method, error):
            return None
        if answered and request.method not in IDEMPOTENT_METHODS:
            return None
        delay = self.policy.delay(attempt)
        if not self.fits(delay, deadline):
            return None
        logger.debug(
            "%s %s failed (%s); retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            type(error).__name__,
            attempt,
            self.max_retries(request),
            delay,
        )
        return delay

    def max_retries(self, request: httpx.Request) -> int:
        """The call's own ``max_retries`` (a method's argument, in the request's extensions), else the policy's."""
        retries = request.extensions.get(MAX_RETRIES_EXTENSION)
        return self.policy.max_retries if retries is None else int(retries)

    def retry_after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float, deadline: float | None
    ) -> float | None:
        """Record and log an answer; seconds to wait before retrying, or ``None``."""
        self.on_rate_limit(response.headers)
        if logger.isEnabledFor(logging.DEBUG):  # the arguments cost more than the call
            logger.debug(
                "%s %s -> %d in %.1f ms (attempt %d)",
                request.method,
                request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                attempt,
            )
        if response.is_success or attempt > self.max_retries(request):
            return None
        if not self.policy.retries_status(request.method, response.status_code):
            return None
        # math.inf when the server's Retry-After is beyond the cap: raise now rather than retry sooner than asked.
        delay = self.policy.delay(attempt, response.headers)
        if not self.fits(delay, deadline):
            return None
        logger.debug(
            "%s %s answered %d; retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            response.status_code,
            attempt,
            self.max_retries(request),
            delay,
        )
        return delay

    @staticmethod
    def final(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """The last answer of a call: a success, or a 401 the request's auth flow asked to see; else its typed error.

        An auth that renews its token after a 401 marks the request with ``RETURN_401``
        (``_auth``): that 401 goes back to the flow, which renews and sends the request once
        more, unmarked. Every other non-2xx answer is raised here as its ``APIStatusError``.
        """
        if response.is_success or (response.status_code == 401 and request.extensions.get(RETURN_401)):
            return response
        raise status_error(response, request)

    def no_slot(self, request: httpx.Request, wait: float, timeout: float | None) -> Exception:
        limit = self.limiter.limit if self.limiter else None
        budget = f"{limit.max_requests} per {limit.per_seconds:g} s" if limit else "the rate limit"
        reason = f"the client-side rate limit ({budget}) has no slot within the call's timeout (next in {wait:.2f} s)"
        return connection_error(request, httpx.PoolTimeout(reason), timeout, reason=reason)


class SyncTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, core: _Core, sleep: Callable[[float], None] = time.sleep) -> None:
        with_deadlines(inner)
        self._inner = inner
        self._core = core
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout = call_timeout(request)
        deadline = None if timeout is None else time.monotonic() + timeout
        token = _DEADLINE.set(deadline)
        try:
            return self._call(request, deadline, timeout)
        finally:
            _DEADLINE.reset(token)

    def _call(self, request: httpx.Request, deadline: float | None, timeout: float | None) -> httpx.Response:
        attempt = 1
        core = self._core
        limiter, key = core.limiter, core.limiter_key(request)
        while True:
            if limiter and key is not None:
                while wait := limiter.acquire(key):
                    if not core.fits(wait, deadline):
                        raise core.no_slot(request, wait, timeout)
                    self._sleep(wait)
            if deadline is not None and timeout is not None and attempt > 1:
                _clamp_request(request, deadline, timeout)
            started = time.perf_counter()
            answered = False
            try:
                try:
                    response = self._inner.handle_request(request)
                    answered = True
                    self._read(response, request, deadline)
                finally:
                    if limiter and key is not None:
                        limiter.release(key)
            except httpx.HTTPError as exc:
                delay = core.retry_after_error(request, exc, attempt, deadline, answered)
                if delay is None:
                    raise connection_error(request, exc, timeout) from exc
            else:
                delay = core.retry_after_response(request, response, attempt, started, deadline)
                if delay is None:
                    return core.final(request, response)
            self._sleep(delay)
            attempt += 1

    @staticmethod
    def _read(response: httpx.Response, request: httpx.Request, deadline: float | None) -> None:
        """Read the whole body now, inside the retry loop and against the deadline."""
        if deadline is not None and isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _BodyDeadline(response.stream, deadline, request)
        try:
            response.read()
        finally:
            response.close()

    def close(self) -> None:
        self._inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, core: _Core) -> None:
        with_deadlines(inner)
        self._inner = inner
        self._core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = call_timeout(request)
        deadline = None if timeout is None else time.monotonic() + timeout
        token = _DEADLINE.set(deadline)
        try:
            return await self._call(request, deadline, timeout)
        finally:
            _DEADLINE.reset(token)

    async def _call(self, request: httpx.Request, deadline: float | None, timeout: float | None) -> httpx.Response:
        attempt = 1
        core = self._core
        limiter, key = core.limiter, core.limiter_key(request)
        while True:
            if limiter and key is not None:
                while wait := limiter.acquire(key):
                    if not core.fits(wait, deadline):
                        raise core.no_slot(request, wait, timeout)
                    await asyncio.sleep(wait)
            if deadline is not None and timeout is not None and attempt > 1:
                _clamp_request(request, deadline, timeout)
            started = time.perf_counter()
            answered = False
            try:
                try:
                    response = await self._inner.handle_async_request(request)
                    answered = True
                    await self._read(response, request, deadline)
                finally:
                    if limiter and key is not None:
                        limiter.release(key)
            except httpx.HTTPError as exc:
                delay = core.retry_after_error(request, exc, attempt, deadline, answered)
                if delay is None:
                    raise connection_error(request, exc, timeout) from exc
            else:
                delay = core.retry_after_response(request, response, attempt, started, deadline)
                if delay is None:
                    return core.final(request, response)
            await asyncio.sleep(delay)
            attempt += 1

    @staticmethod
    async def _read(response: httpx.Response, request: httpx.Request, deadline: float | None) -> None:
        """Read the whole body now, inside the retry loop and against the deadline."""
        if deadline is not None and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncBodyDeadline(response.stream, deadline, request)
        try:
            await response.aread()
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        await self._inner.aclose()
