"""Request bodies of the schedule, settings and numbering checks (``test_schedules.py``)."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from highlevel_invoices import models

from . import bodies

START = "2024-02-01"
RRULE: dict[str, object] = {"intervalType": "monthly", "interval": 1, "startDate": START}
AUTO_PAYMENT = {
    "enable": True,
    "type": "card",
    "paymentMethodId": "pm_1OabcDEFghiJKL",
    "customerId": "cus_PabcDEFghi",
    "card": {"brand": "visa", "last4": "4242"},
}


def schedule_fields(location: str, start: str = START, **overrides: Any) -> dict[str, Any]:
    """A schedule's fields (create and update take the same required ones), its rule starting on ``start``."""
    fields = bodies.invoice_fields(location, name=f"Schedule test {uuid.uuid4().hex[:8]}")
    for key in ("issueDate", "dueDate", "sentTo"):
        fields.pop(key)
    fields["schedule"] = {"rrule": {**RRULE, "startDate": start}}
    fields.update(overrides)
    return fields


def create(location: str, start: str = START, **overrides: Any) -> models.CreateScheduleRequest:
    return models.CreateScheduleRequest.from_dict(schedule_fields(location, start, **overrides))


def update(location: str, schedule: models.InvoiceSchedule, **overrides: Any) -> models.UpdateInvoiceScheduleRequest:
    """The schedule's current fields with ``overrides``: what an editor sends back."""
    current = schedule.to_dict()
    fields = {
        "altId": location,
        "altType": "location",
        "name": current["name"],
        "contactDetails": current["contactDetails"],
        "schedule": current.get("schedule") or {"rrule": dict(RRULE)},
        "liveMode": current["liveMode"],
        "businessDetails": current["businessDetails"],
        "currency": current["currency"],
        "items": [{k: v for k, v in i.items() if k != "_id"} for i in current["items"]],
        "discount": current.get("discount") or {"type": "percentage", "value": 0},
    }
    fields.update(copy.deepcopy(overrides))
    return models.UpdateInvoiceScheduleRequest.from_dict(fields)


def auto_payment(location: str, schedule_id: str, **overrides: Any) -> models.AutoPaymentInvoiceScheduleRequest:
    return models.AutoPaymentInvoiceScheduleRequest.from_dict(
        {"altId": location, "altType": "location", "id": schedule_id, "autoPayment": {**AUTO_PAYMENT, **overrides}}
    )


def late_fees(location: str, **overrides: Any) -> models.UpdateInvoiceLateFeesConfigurationRequest:
    return models.UpdateInvoiceLateFeesConfigurationRequest.from_dict(
        {"altId": location, "altType": "location", "lateFeesConfiguration": {**bodies.LATE_FEES, **overrides}}
    )


def visited(invoice_id: str) -> models.UpdateInvoiceLastVisitedAtRequest:
    return models.UpdateInvoiceLastVisitedAtRequest.from_dict({"invoiceId": invoice_id})
