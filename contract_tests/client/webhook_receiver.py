"""A webhook receiver in a child process (spawn): kept apart from the test modules so it starts fast."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from highlevel_invoices import SQLiteSeenStore, WebhookVerificationError, WebhookVerifier


def receive_in_turn(db: str, pem: bytes, deliveries: list[tuple[bytes, dict[str, str]]], start: Any, out: str) -> None:
    """Verify each delivery with a store of its own on the shared file, at the instant the other processes do."""
    verify_in_turn(WebhookVerifier(public_key=pem, seen=SQLiteSeenStore(db)), deliveries, start, out)


def verify_in_turn(
    check: WebhookVerifier, deliveries: list[tuple[bytes, dict[str, str]]], start: Any, out: str
) -> None:
    """Verify each delivery once every process has reached it.

    ``start`` is a barrier shared by every process: all of them verify delivery ``i``
    at the same instant. The outcomes (``accepted`` or the refusal's reason) go to ``out`` as JSON.
    """
    outcomes: list[str] = []
    for raw, headers in deliveries:
        start.wait(timeout=60)
        try:
            check.verify(raw, headers)
            outcomes.append("accepted")
        except WebhookVerificationError as exc:
            outcomes.append(exc.reason)
    Path(out).write_text(json.dumps(outcomes), encoding="utf-8")
