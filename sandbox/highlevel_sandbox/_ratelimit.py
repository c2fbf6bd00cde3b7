"""The server-side rate limit: fixed windows per location, like HighLevel's burst limit, plus a daily count."""

from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass

DAILY_LIMIT = 200_000


@dataclass(frozen=True)
class RateLimit:
    max_requests: int = 100
    per_seconds: float = 10.0

    @classmethod
    def parse(cls, text: str) -> RateLimit | None:
        """``100/10s``, ``5/1s``, ``100/10`` (seconds) or ``off``."""
        text = text.strip().lower()
        if text in ("off", "none", "0", ""):
            return None
        m = re.fullmatch(r"(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?", text)
        if not m or int(m.group(1)) < 1 or not 0 < float(m.group(2)) < math.inf:  # 400 digits make inf
            raise ValueError(f"RATE_LIMIT must look like 100/10s or off (got {text!r})")
        scale = {"ms": 0.001, "s": 1.0, "m": 60.0, None: 1.0}[m.group(3)]
        return cls(int(m.group(1)), float(m.group(2)) * scale)


@dataclass
class _Window:
    started: float
    count: int = 0
    day: int = 0
    day_count: int = 0


class RateLimiter:
    """Fixed windows per location, like HighLevel's burst limit, plus the daily count."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._windows: dict[str, _Window] = {}

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()

    def hit(self, location: str) -> tuple[bool, dict[str, str]]:
        """Count one request; (allowed, headers for the answer)."""
        now = time.monotonic()
        today = int(time.time() // 86400)
        with self._lock:
            w = self._windows.get(location)
            if w is None or now - w.started >= self.limit.per_seconds:
                w = self._windows[location] = _Window(now, day=today, day_count=w.day_count if w else 0)
            if w.day != today:
                w.day, w.day_count = today, 0
            allowed = w.count < self.limit.max_requests and w.day_count < DAILY_LIMIT
            if allowed:
                w.count += 1
                w.day_count += 1
            reset_in = max(0.0, w.started + self.limit.per_seconds - now)
            headers = {
                "X-RateLimit-Max": str(self.limit.max_requests),
                "X-RateLimit-Remaining": str(max(0, self.limit.max_requests - w.count)),
                "X-RateLimit-Interval-Milliseconds": str(int(self.limit.per_seconds * 1000)),
                "X-RateLimit-Limit-Daily": str(DAILY_LIMIT),
                "X-RateLimit-Daily-Remaining": str(max(0, DAILY_LIMIT - w.day_count)),
            }
            if not allowed:
                headers["Retry-After"] = str(max(1, math.ceil(reset_in)))
            return allowed, headers
