"""When to retry a request, and how long to wait first.

Idempotent calls (GET, PUT, DELETE) retry on connection errors, timeouts
(a failure while reading the body included), 408, 429 and 5xx. Non-idempotent
calls (every POST: send, text2pay, create, void, record-payment, schedule,
cancel) retry only where the request provably was not
processed: the connection was never made, or the server answered 429. Sending
an invoice twice would text the customer twice.

A ``Retry-After`` is honoured exactly, never retried sooner; when it asks for
more than ``max_retry_after`` seconds the call gives up at once and the error
(``RateLimitError`` for a 429) carries the requested wait as ``retry_after``.
Every wait also has to fit in the call's timeout, which all attempts share.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

import attrs
import httpx

from ._constants import DEFAULT_MAX_RETRIES
from ._headers import header_number

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# The request never left: no connection, or no free connection in the pool.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
RETRYABLE_STATUSES_IDEMPOTENT = frozenset({408, 429, 500, 502, 503, 504})


@attrs.frozen
class RetryPolicy:
    """Capped exponential backoff with jitter; ``Retry-After`` honoured up to a cap, beyond it no retry."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    def retries_error(self, method: str, error: Exception) -> bool:
        if isinstance(error, NOT_SENT_ERRORS):
            return True
        return method in IDEMPOTENT_METHODS and isinstance(error, httpx.TransportError)

    def retries_status(self, method: str, status: int) -> bool:
        if status == 429:
            return True
        if method not in IDEMPOTENT_METHODS:
            return False
        return status in RETRYABLE_STATUSES_IDEMPOTENT or status >= 500

    def delay(self, retry_number: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based); ``math.inf``: never retry.

        ``math.inf`` when the answer's ``Retry-After`` asks for longer than ``max_retry_after``.
        """
        retry_after = parse_retry_after(headers.get("retry-after") if headers else None)
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else math.inf
        backoff: float = min(self.initial_delay * 2.0 ** (retry_number - 1), self.max_delay)
        return backoff * (1 - 0.25 * random.random())


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: a number of seconds or an HTTP date; ``None`` for anything else."""
    if value is None:
        return None
    value = value.strip()
    seconds = header_number(value)  # ASCII digits only: "nan", "²" and "٣" are not seconds
    if seconds is not None:
        return max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
