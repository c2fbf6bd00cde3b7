"""The httpx transport every request of the client goes through.

For each request: wait for a rate-limit slot for its location, send it, log
method, path, status, duration and attempt, retry where ``RetryPolicy`` allows,
and turn a final non-2xx answer or a lost connection into a typed error. The
decisions live in ``_Core`` (no I/O); ``SyncTransport`` and ``AsyncTransport``
are the two thin loops around it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable

import httpx

from ._errors import connection_error, status_error
from ._ratelimit import SlidingWindowLimiter
from ._retry import RetryPolicy

logger = logging.getLogger("highlevel_invoices")

_ALT_ID = re.compile(rb'"altId"\s*:\s*"([^"\\]{1,200})"')


def location_key(request: httpx.Request) -> str:
    """The location a request is for: ``altId`` from the query or the JSON body."""
    url = request.url
    if b"altId=" in url.query:  # parse the query only when it can hold altId
        alt_id: str | None = url.params.get("altId")
        if alt_id:
            return alt_id
    match = _ALT_ID.search(request.content) if request.content else None
    return match.group(1).decode("utf-8", "replace") if match else "-"


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

    def retry_after_error(self, request: httpx.Request, error: Exception, attempt: int) -> float | None:
        """Seconds to wait before retrying, or ``None`` to give up."""
        if attempt > self.policy.max_retries or not self.policy.retries_error(request.method, error):
            return None
        delay = self.policy.delay(attempt)
        logger.debug(
            "%s %s failed (%s); retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            type(error).__name__,
            attempt,
            self.policy.max_retries,
            delay,
        )
        return delay

    def retry_after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float
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
        if response.is_success or attempt > self.policy.max_retries:
            return None
        if not self.policy.retries_status(request.method, response.status_code):
            return None
        delay = self.policy.delay(attempt, response.headers)
        logger.debug(
            "%s %s answered %d; retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            response.status_code,
            attempt,
            self.policy.max_retries,
            delay,
        )
        return delay


class SyncTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, core: _Core, sleep: Callable[[float], None] = time.sleep) -> None:
        self._inner = inner
        self._core = core
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        limiter, key = self._core.limiter, self._core.limiter_key(request)
        while True:
            if limiter and key is not None:
                while wait := limiter.acquire(key):
                    self._sleep(wait)
            started = time.perf_counter()
            try:
                try:
                    response = self._inner.handle_request(request)
                finally:
                    if limiter and key is not None:
                        limiter.release(key)
            except httpx.TransportError as exc:
                delay = self._core.retry_after_error(request, exc, attempt)
                if delay is None:
                    raise connection_error(request, exc) from exc
            else:
                delay = self._core.retry_after_response(request, response, attempt, started)
                if delay is None:
                    if not response.is_success:
                        response.read()
                        response.close()
                        raise status_error(response, request)
                    return response
                response.close()
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, core: _Core) -> None:
        self._inner = inner
        self._core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        limiter, key = self._core.limiter, self._core.limiter_key(request)
        while True:
            if limiter and key is not None:
                while wait := limiter.acquire(key):
                    await asyncio.sleep(wait)
            started = time.perf_counter()
            try:
                try:
                    response = await self._inner.handle_async_request(request)
                finally:
                    if limiter and key is not None:
                        limiter.release(key)
            except httpx.TransportError as exc:
                delay = self._core.retry_after_error(request, exc, attempt)
                if delay is None:
                    raise connection_error(request, exc) from exc
            else:
                delay = self._core.retry_after_response(request, response, attempt, started)
                if delay is None:
                    if not response.is_success:
                        await response.aread()
                        await response.aclose()
                        raise status_error(response, request)
                    return response
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
