"""Request bodies for the estimate lifecycle tests (``test_estimates.py``)."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from highlevel_invoices import models

from .bodies import BUSINESS, CONTACT, item

USER_ID = "6578278e879ad2646715ba9c"
NO_REPEAT = {"enabled": False, "schedule": {}}


def contact(**overrides: Any) -> dict[str, Any]:
    """The seed contact with an id of its own, so that a list filtered by it sees only this test's estimates."""
    return {**copy.deepcopy(CONTACT), "id": f"est-{uuid.uuid4().hex[:16]}", **overrides}


def estimate_fields(location: str, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "altId": location,
        "altType": "location",
        "name": f"Estimate test {uuid.uuid4().hex[:8]}",
        "businessDetails": copy.deepcopy(BUSINESS),
        "currency": "USD",
        "items": [item()],
        "discount": {"type": "percentage", "value": 0},
        "contactDetails": contact(),
        "issueDate": "2024-01-01",
        "expiryDate": "2024-01-31",
        "liveMode": False,
        "frequencySettings": copy.deepcopy(NO_REPEAT),
    }
    fields.update(overrides)
    return fields


def create(location: str, **overrides: Any) -> models.EstimateCreateRequest:
    return models.EstimateCreateRequest.from_dict(estimate_fields(location, **overrides))


def update(location: str, estimate: models.Estimate, **overrides: Any) -> models.EstimateUpdateRequest:
    """The estimate as it is (a PUT sends every required field), with ``overrides``."""
    fields = {
        "altId": location,
        "altType": "location",
        "name": estimate.name,
        "businessDetails": estimate.business_details.to_dict(),
        "currency": estimate.currency,
        "items": [i.to_dict() for i in estimate.items],
        "discount": estimate.discount.to_dict(),
        "contactDetails": estimate.contact_details.to_dict(),
        "frequencySettings": estimate.frequency_settings.to_dict(),
    }
    fields.update(overrides)
    return models.EstimateUpdateRequest.from_dict(fields)


def send(location: str) -> models.EstimateSendRequest:
    return models.EstimateSendRequest.from_dict(
        {"altId": location, "altType": "location", "action": "email", "liveMode": False, "userId": USER_ID}
    )


def to_invoice(location: str, mark_as_invoiced: bool = True) -> models.EstimateInvoiceRequest:
    return models.EstimateInvoiceRequest.from_dict(
        {"altId": location, "altType": "location", "markAsInvoiced": mark_as_invoiced}
    )


def location_only(location: str) -> models.LocationScopedRequest:
    return models.LocationScopedRequest.from_dict({"altId": location, "altType": "location"})


def visited(estimate_id: str) -> models.EstimateLastVisitedAtRequest:
    return models.EstimateLastVisitedAtRequest.from_dict({"estimateId": estimate_id})
