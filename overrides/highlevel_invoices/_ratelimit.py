"""Client-side rate limiting and the ``X-RateLimit-*`` headers.

HighLevel allows 100 requests per 10 seconds per app and location (burst) and
200,000 per day. ``SlidingWindowLimiter`` keeps every window of ``per_seconds``
at or under ``max_requests`` for each location, which also keeps a server's
fixed windows under the limit, so bulk work waits a little instead of
collecting 429s.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

import attrs


@attrs.frozen
class RateLimit:
    """At most ``max_requests`` in any ``per_seconds`` window, per location."""

    max_requests: int = 100
    per_seconds: float = 10.0

    def __attrs_post_init__(self) -> None:
        if self.max_requests < 1 or self.per_seconds <= 0:
            raise ValueError("RateLimit needs max_requests >= 1 and per_seconds > 0")


def _int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@attrs.frozen
class RateLimitInfo:
    """The ``X-RateLimit-*`` headers of one response (``None`` where absent)."""

    max: int | None = None
    remaining: int | None = None
    interval_milliseconds: int | None = None
    limit_daily: int | None = None
    daily_remaining: int | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        return cls(
            max=_int(headers, "x-ratelimit-max"),
            remaining=_int(headers, "x-ratelimit-remaining"),
            interval_milliseconds=_int(headers, "x-ratelimit-interval-milliseconds"),
            limit_daily=_int(headers, "x-ratelimit-limit-daily"),
            daily_remaining=_int(headers, "x-ratelimit-daily-remaining"),
        )


class SlidingWindowLimiter:
    """Hands out send times so that no window holds more than the limit.

    ``reserve`` is non-blocking and thread-safe: it books the earliest slot for
    ``key`` and returns how long the caller must wait for it, so sync callers
    ``time.sleep`` and async callers ``asyncio.sleep`` the same answer.
    """

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._lock = threading.Lock()
        self._booked: dict[str, deque[float]] = {}

    def reserve(self, key: str) -> float:
        with self._lock:
            now = self._clock()
            booked = self._booked.setdefault(key, deque())
            window = self.limit.per_seconds
            while booked and booked[0] <= now - window:
                booked.popleft()
            full = len(booked) >= self.limit.max_requests
            # When full, the request max_requests places back leaves the window at this time.
            slot = booked[-self.limit.max_requests] + window if full else now
            booked.append(slot)
            return max(0.0, slot - now)
