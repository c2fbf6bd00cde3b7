"""Typed client for the HighLevel (LeadConnector) Invoices API.

::

    from highlevel_invoices import HighLevel, models

    with HighLevel() as hl:  # token from HIGHLEVEL_TOKEN
        sent = hl.send_invoice(invoice_id, body=models.SendInvoiceRequest(...))

Every operation of ``spec/invoices.yaml`` is a method of ``HighLevel`` and
``AsyncHighLevel``; request and response models are in ``models``. Errors are
described in ``highlevel_invoices._errors``: every failure of a call is a
``HighLevelError``. Answers are read tolerantly: a success answer that departs
from the spec still returns its model, and each departure is reported (a
``ResponseDriftWarning``, the ``highlevel_invoices`` logger, a client's
``on_departure``; ``highlevel_invoices.departures``); ``HighLevel(strict=True)``
raises ``ResponseValidationError`` instead. A marketplace app authenticates with
``auth=OAuthApp(...).auth(location_id)`` (the OAuth endpoints in
``highlevel_invoices._oauth``, the ``httpx.Auth`` flows in ``highlevel_invoices._auth``,
tokens and their stores in ``highlevel_invoices._tokens``).
``verify_webhook`` checks a webhook delivery and returns its typed event
(``highlevel_invoices._webhooks``).
"""

from __future__ import annotations

from highlevel_invoices_api import models
from highlevel_invoices_api.types import UNSET, Unset

from ._auth import LocationToken, LocationTokenAuth, OAuthToken, RefreshTokenAuth, StaticToken, StaticTokenAuth
from ._client import AsyncHighLevel, HighLevel
from ._constants import DEFAULT_BASE_URL, DEFAULT_VERSION
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
    OAuthStateError,
    PermissionDeniedError,
    RateLimitError,
    RefreshTokenUsedError,
    ResponseValidationError,
    TokenStoreWriteError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._oauth import AuthorizationURL, OAuthApp
from ._ratelimit import RateLimit, RateLimitInfo
from ._record import TrafficRecorder
from ._retry import RetryPolicy
from ._seen import MemorySeenStore, SeenStore, SQLiteSeenStore
from ._tokens import InMemoryTokenStore, SQLiteTokenStore, Token, TokenSlot, TokenStore
from ._webhooks import WebhookVerifier, verify_webhook
from .departures import Departure, DepartureLog, ResponseDriftWarning, check_answer

# The public classes live in modules of the package; they report the package as their home, so a
# traceback reads ``highlevel_invoices.NotFoundError`` and pickling finds them here.
for _value in list(globals().values()):
    if isinstance(_value, type) and _value.__module__.startswith(f"{__name__}."):
        _value.__module__ = __name__
del _value

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_VERSION",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHighLevel",
    "AuthenticationError",
    "AuthorizationURL",
    "BadRequestError",
    "ConfigurationError",
    "Departure",
    "DepartureLog",
    "HighLevel",
    "HighLevelError",
    "InMemoryTokenStore",
    "InternalServerError",
    "LocationToken",
    "LocationTokenAuth",
    "MemorySeenStore",
    "NotFoundError",
    "OAuthApp",
    "OAuthStateError",
    "OAuthToken",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimitInfo",
    "RefreshTokenAuth",
    "RefreshTokenUsedError",
    "ResponseDriftWarning",
    "ResponseValidationError",
    "RetryPolicy",
    "SQLiteTokenStore",
    "StaticToken",
    "StaticTokenAuth",
    "Token",
    "TokenSlot",
    "TokenStore",
    "TokenStoreWriteError",
    "TrafficRecorder",
    "SQLiteSeenStore",
    "SeenStore",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
    "WebhookVerifier",
    "check_answer",
    "models",
    "verify_webhook",
]
