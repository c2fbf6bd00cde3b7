"""The vendor's send-invoice example (``../shared/seeds``), request and response."""

from __future__ import annotations

from typing import Any

from contract_tests.seeds import all_blocks

SEND_INVOICE_PAGE = "000_9f0672626837ff64"  # the English "Send invoice" page


def send_invoice_example() -> tuple[dict[str, Any], dict[str, Any]]:
    """(request body, 200 response body) as printed on the send-invoice page."""
    values = [b.value for b in all_blocks()[SEND_INVOICE_PAGE] if b.valid_json and isinstance(b.value, dict)]
    request = next(v for v in values if "action" in v and "altId" in v)
    response = next(v for v in values if "invoice" in v and "smsData" in v)
    return request, response
