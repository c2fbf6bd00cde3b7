"""Deterministic fault injection: the next N matching calls answer an error status and/or are delayed;
the next N matching webhook deliveries are dropped, sent twice or delayed (``WebhookFault``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ._backend import Event

FAULT_STATUSES = (429, 500, 502, 503)
WEBHOOK_FAULTS = ("drop", "duplicate", "delay")


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
class WebhookFault:
    """The next ``count`` webhook deliveries (of ``event``, or any) are dropped, sent twice, or delayed.

    ``drop``: not sent at all (the log shows ``dropped``), as when the vendor loses an event;
    ``duplicate``: the same signed body (same ``webhookId``) is delivered a second time right after;
    ``delay``: the first attempt waits ``delay_ms`` (later deliveries to that URL wait behind it).
    """

    webhook: str
    count: int = 1
    delay_ms: int = 0
    event: str | None = None

    def __post_init__(self) -> None:
        if self.webhook not in WEBHOOK_FAULTS:
            raise ValueError(f"webhook must be one of {WEBHOOK_FAULTS}")
        if self.count < 1:
            raise ValueError("count must be at least 1")
        if not 0 <= self.delay_ms <= 60_000:
            raise ValueError("delayMs must be between 0 and 60000")
        if (self.webhook == "delay") != (self.delay_ms > 0):
            raise ValueError('a webhook fault has a delayMs when it is "delay", and only then')
        if self.event is not None and self.event not in set(Event):
            raise ValueError(f"event must be one of {tuple(e.value for e in Event)}")


@dataclass
class Faults:
    pending: list[Fault | WebhookFault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, fault: Fault | WebhookFault) -> None:
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
                if isinstance(fault, Fault) and fault.operation_id in (None, operation_id):
                    self._consume(fault)
                    return fault
        return None

    def take_webhook(self, event: str) -> WebhookFault | None:
        """The webhook fault for this delivery of ``event``, if any (first matching rule, consumed once)."""
        if not self.pending:
            return None
        with self._lock:
            for fault in self.pending:
                if isinstance(fault, WebhookFault) and fault.event in (None, event):
                    self._consume(fault)
                    return fault
        return None

    def _consume(self, fault: Fault | WebhookFault) -> None:
        """Under the lock: one use of ``fault``; the last one removes it."""
        fault.count -= 1
        if fault.count == 0:
            self.pending.remove(fault)
