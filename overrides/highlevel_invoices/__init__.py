"""Typed client for the HighLevel (LeadConnector) Invoices API.

::

    from highlevel_invoices import HighLevel, models

    with HighLevel() as hl:  # token from HIGHLEVEL_TOKEN
        sent = hl.send_invoice(invoice_id, body=models.SendInvoiceRequest(...))

Every operation of ``spec/invoices.yaml`` is a method of ``HighLevel`` and
``AsyncHighLevel``; request and response models are in ``models``. Errors are
described in ``highlevel_invoices._errors``. ``verify_webhook`` checks a webhook
delivery and returns its typed event (``highlevel_invoices._webhooks``).
"""

from __future__ import annotations

from highlevel_invoices_api import models
from highlevel_invoices_api.types import UNSET, Unset

from . import quirks
from ._client import DEFAULT_BASE_URL, DEFAULT_VERSION, AsyncHighLevel, HighLevel
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    HighLevelError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._ratelimit import RateLimit, RateLimitInfo
from ._retry import RetryPolicy
from ._webhooks import (
    MemorySeenStore,
    SeenStore,
    SQLiteSeenStore,
    WebhookVerificationError,
    WebhookVerifier,
    verify_webhook,
)

quirks.install_all()

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_VERSION",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHighLevel",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "HighLevel",
    "HighLevelError",
    "InternalServerError",
    "MemorySeenStore",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseValidationError",
    "RetryPolicy",
    "SQLiteSeenStore",
    "SeenStore",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
    "WebhookVerifier",
    "models",
    "verify_webhook",
]
