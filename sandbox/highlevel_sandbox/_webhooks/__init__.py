"""Webhooks: the sandbox posts HighLevel's invoice events, signed, to the URLs it is given.

::

    Backend.publish(event, invoice)      after each state change, under the backend's lock
      -> Webhooks._on_event              the body (invoice + envelope) is built, checked against the
                                         spec's webhook schema and signed, once per event; one
                                         Delivery per URL joins that URL's queue (no I/O here)
      -> a pool of WORKERS threads       each takes a URL whose next delivery is due and makes one
                                         attempt: POSTs the bytes with X-GHL-Signature; a failed
                                         attempt that ``retried`` (a 429; with
                                         ``retries="lenient"`` also 5xx and no answer)
                                         is due again after its backoff; every attempt is in the delivery log

An API answer never waits for a receiver: the subscriber only queues. Events to one
URL leave in the order of the changes (a URL is in the hands of one worker at a time);
a delivery being retried holds back the later ones to that URL, not the other URLs.
The workers are a fixed pool (``WORKERS``), started on the first delivery, however many
URLs are registered. Whatever goes wrong inside the sender ends as the delivery's
``failed`` state with the reason in ``error``; no exception leaves a worker. The key
pair is made when the sandbox starts; its public half is at
``GET /__sandbox/webhooks/public-key`` (PEM), so a receiver verifies sandbox events
with the same code as production ones (``highlevel_invoices.verify_webhook``).

Split as the API is (moto's per-service layout): ``state`` (``Webhooks``: the URLs, queues, log and
workers), ``responses`` (what an event's body holds), ``routes`` (``/__sandbox/webhooks/*``).
"""

from __future__ import annotations

from .responses import event_body
from .routes import webhook_routes
from .state import (
    ANSWER_READ,
    ANSWER_START,
    LENIENT,
    MAX_URL_LENGTH,
    RETRY_STATUSES,
    SIGNATURE_HEADER,
    USER_AGENT,
    VENDOR,
    WEBHOOK_RETRIES,
    WORKERS,
    Delivery,
    WebhookRetry,
    Webhooks,
    check_retries,
    check_url,
    retried,
)

__all__ = [
    "ANSWER_READ",
    "ANSWER_START",
    "LENIENT",
    "MAX_URL_LENGTH",
    "RETRY_STATUSES",
    "SIGNATURE_HEADER",
    "USER_AGENT",
    "VENDOR",
    "WEBHOOK_RETRIES",
    "WORKERS",
    "Delivery",
    "WebhookRetry",
    "Webhooks",
    "check_retries",
    "check_url",
    "event_body",
    "retried",
    "webhook_routes",
]
