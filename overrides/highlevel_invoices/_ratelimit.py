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

from ._headers import header_int


@attrs.frozen
class RateLimit:
    """At most ``max_requests`` in any ``per_seconds`` window, per location."""

    max_requests: int = 100
    per_seconds: float = 10.0

    def __attrs_post_init__(self) -> None:
        if self.max_requests < 1 or self.per_seconds <= 0:
            raise ValueError("RateLimit needs max_requests >= 1 and per_seconds > 0")


def _int(headers: Mapping[str, str], name: str) -> int | None:
    return header_int(headers.get(name))


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
    """Keeps at most ``max_requests`` of a location's requests in any window of ``per_seconds``.

    A request holds a place from when it goes (``acquire``) until ``per_seconds``
    after its answer came back (``release``). The server counts a request when
    it arrives, which is after it was sent and before it was answered, so
    counting to the answer keeps every window the server can draw, fixed or
    sliding, at or under the limit, whatever the latency and however late a
    caller wakes up. The price is the latency itself: about one round trip per
    window.

    Both methods are non-blocking and thread-safe. ``acquire`` returns ``0.0``
    when the request may go (its place is taken), or how long to wait before
    asking again; sync callers ``time.sleep`` and async callers ``asyncio.sleep``.
    """

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._lock = threading.Lock()
        self._in_flight: dict[str, int] = {}
        self._answered: dict[str, deque[float]] = {}  # answer times, oldest first

    def acquire(self, key: str) -> float:
        with self._lock:
            now = self._clock()
            answered = self._answered.get(key)
            if answered is None:
                answered = self._answered[key] = deque()
            # One expression for "leaves the window" in both places below, so a
            # place that has not left yet always means a wait above zero.
            while answered and answered[0] + self.limit.per_seconds <= now:
                answered.popleft()
            in_flight = self._in_flight.get(key, 0)
            if in_flight + len(answered) < self.limit.max_requests:
                self._in_flight[key] = in_flight + 1
                return 0.0
            if answered:  # a place frees when the oldest answer leaves the window
                return (answered[0] + self.limit.per_seconds) - now
            # Every place is held by a request still in flight: look again shortly.
            return self.limit.per_seconds / 20

    def release(self, key: str) -> None:
        """The request that ``acquire`` let go has its answer (or failed)."""
        with self._lock:
            self._in_flight[key] -= 1
            self._answered[key].append(self._clock())
