"""What the sandbox sends (the webhook counterpart of ``_responses``): the body of each invoice event.

Every event has the one shape of the spec's ``webhooks`` (``InvoiceEvent``): the invoice as
``get-invoice`` answers it, plus the envelope (QUIRKS Q70). ``Webhooks`` checks each body against its
event's schema before it signs and queues it.
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._backend import Event
    from .._models import Invoice


def now_iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def event_body(event: Event, invoice: Invoice) -> dict[str, Any]:
    """The invoice as ``get-invoice`` answers it, plus the envelope (QUIRKS Q70)."""
    return {
        **invoice.to_json(with_summary=True),
        "type": event.value,
        "locationId": invoice.location,
        "timestamp": now_iso(),
        "webhookId": str(uuid.uuid4()),
    }
