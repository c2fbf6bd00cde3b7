"""Pacing the run to the server's rate limit, and a request budget.

HighLevel (and ``make serve``) allow a burst of ``X-RateLimit-Max`` requests per
``X-RateLimit-Interval-Milliseconds`` and answer 429 with ``Retry-After``
beyond it. A conformance run that ignores this gets 429s where the contract
expects other answers, and reports them as failures of the server. The
:class:`Pacer` keeps the time of each answer it saw and lets a request go only
while fewer than the limit were answered within the last interval: a server
counts a request in a window no earlier than it received it, so this never
sends more than the server allows, whichever way it aligns its windows. The
limit is ``--rate`` when given, otherwise the one the server announces in its
headers (from the first answer on); a ``Retry-After`` or an
``X-RateLimit-Remaining: 0`` the pacer did not expect (another client on the
same location) holds every request until the wait is over. In a conformance
run one pacer, the gate's (:mod:`highlevel_conformance.gate`), sees every
request of every stage.
"""

from __future__ import annotations

import collections
import math
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["Budget", "BudgetSpent", "Pacer", "Rate"]


@dataclass(frozen=True)
class Rate:
    requests: int
    seconds: float

    @classmethod
    def parse(cls, text: str) -> Rate:
        """``100/10s``, ``5/1s``, ``600/1m``, ``20/500ms``; a ``ValueError`` saying what is expected otherwise."""
        m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*", text)
        if not m or int(m.group(1)) < 1 or not 0 < float(m.group(2)) < math.inf:
            raise ValueError(f"expected requests/interval such as 100/10s, got {text!r}")
        scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}[m.group(3)]
        return cls(int(m.group(1)), float(m.group(2)) * scale)

    def __str__(self) -> str:
        return f"{self.requests}/{self.seconds:g}s"


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_MAX_HEADER_NUMBER = 1e9  # seconds or milliseconds; a larger wait would overflow time.sleep or never end


def _number(text: str | None) -> float | None:
    """A header's plain non-negative number (ASCII digits, below ``_MAX_HEADER_NUMBER``); ``None`` otherwise.

    ``float`` alone takes ``"inf"``, ``"nan"`` and ``"-5"``, which would hold the run forever or
    crash ``time.sleep``, and refuses ``"²"`` that ``str.isdigit`` takes: such a header is ignored.
    """
    if text is None or not _PLAIN_NUMBER.fullmatch(text.strip()):
        return None
    value = float(text)
    return value if value < _MAX_HEADER_NUMBER else None


class Pacer:
    """Holds each request until the rate limit allows it (thread-safe)."""

    def __init__(
        self,
        rate: Rate | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rate = rate
        self._fixed = rate is not None
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._answers: collections.deque[float] = collections.deque()
        self._in_flight = 0
        self._hold_until = 0.0
        self.waited = 0.0  # seconds spent waiting, for the summary

    def _delay(self, now: float) -> float:
        delay = max(0.0, self._hold_until - now)
        if self.rate is not None:
            while self._answers and self._answers[0] <= now - self.rate.seconds:
                self._answers.popleft()
            if len(self._answers) + self._in_flight >= self.rate.requests and self._answers:
                delay = max(delay, self._answers[0] + self.rate.seconds - now)
        return delay

    def before_request(self) -> None:
        """Until the rate lets one more request go; it is then counted as in flight."""
        self._wait(take=True)

    def wait_for_room(self) -> None:
        """Until the rate would let a request go, without taking the place (a stage asking before it sends)."""
        self._wait(take=False)

    def _wait(self, *, take: bool) -> None:
        while True:
            with self._lock:
                delay = self._delay(self._clock())
                if delay <= 0:
                    self._in_flight += 1 if take else 0
                    return
                self.waited += delay
            self._sleep(delay + 0.01)

    def after_response(self, status: int | None, headers: Mapping[str, str], *, maybe_received: bool = False) -> None:
        """Count one answer (``status`` ``None``: no answer came) and learn from its headers.

        ``maybe_received``: no answer came, but the request may have reached the server (a read timeout, a
        connection dropped after sending): it keeps its place in the window as if answered now.
        """
        with self._lock:
            now = self._clock()
            self._in_flight = max(0, self._in_flight - 1)
            if status is None:
                if maybe_received:
                    self._answers.append(now)
                return
            self._answers.append(now)
            if not self._fixed:
                limit = _number(_header(headers, "X-RateLimit-Max"))
                interval = _number(_header(headers, "X-RateLimit-Interval-Milliseconds"))
                if limit and interval and limit >= 1:
                    self.rate = Rate(int(limit), interval / 1000)
            retry_after = _number(_header(headers, "Retry-After"))
            if status == 429 and retry_after is not None:
                self._hold_until = max(self._hold_until, now + retry_after)
            remaining = _number(_header(headers, "X-RateLimit-Remaining"))
            if remaining == 0 and self.rate is not None and len(self._answers) < self.rate.requests:
                # The server counts requests this pacer did not send: wait out a whole interval.
                self._hold_until = max(self._hold_until, now + self.rate.seconds)


class BudgetSpent(KeyboardInterrupt):
    """The request budget is spent: stops schemathesis' engine the way an interrupt does, reports kept."""


class Budget:
    """At most ``limit`` requests (``None``: no limit)."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.used = 0
        self._lock = threading.Lock()

    @property
    def spent(self) -> bool:
        return self.limit is not None and self.used >= self.limit

    def take(self) -> None:
        with self._lock:
            if self.limit is not None and self.used >= self.limit:
                raise BudgetSpent(f"the request budget of {self.limit} is spent")
            self.used += 1
