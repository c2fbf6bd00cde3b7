"""Deterministic fault injection: the next N matching calls answer an error status and/or are delayed."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

FAULT_STATUSES = (429, 500, 502, 503)


@dataclass
class Fault:
    """The next ``count`` matching calls answer ``status`` and/or are delayed by ``delay_ms``."""

    count: int
    status: int | None = None
    delay_ms: int = 0
    operation_id: str | None = None

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("count must be at least 1")
        if self.status is not None and self.status not in FAULT_STATUSES:
            raise ValueError(f"status must be one of {FAULT_STATUSES}")
        if self.status is None and self.delay_ms <= 0:
            raise ValueError("a fault needs a status or a delayMs")
        if not 0 <= self.delay_ms <= 60_000:
            raise ValueError("delayMs must be between 0 and 60000")


@dataclass
class Faults:
    pending: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, fault: Fault) -> None:
        with self._lock:
            self.pending.append(fault)

    def clear(self) -> None:
        with self._lock:
            self.pending.clear()

    def take(self, operation_id: str) -> Fault | None:
        """The fault for this call, if any (first matching rule, consumed once)."""
        if not self.pending:  # no fault configured: every call of a plain run, without taking the lock
            return None
        with self._lock:
            for fault in self.pending:
                if fault.operation_id in (None, operation_id):
                    fault.count -= 1
                    if fault.count == 0:
                        self.pending.remove(fault)
                    return fault
        return None
