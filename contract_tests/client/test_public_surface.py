"""The public surface is small and pinned: a change to it is a deliberate change to this list."""

from __future__ import annotations

import highlevel_invoices

PUBLIC = [
    "APIConnectionError", "APIStatusError", "APITimeoutError", "AsyncHighLevel", "AuthenticationError",
    "BadRequestError", "ConfigurationError", "DEFAULT_BASE_URL", "DEFAULT_VERSION", "HighLevel", "HighLevelError",
    "InternalServerError", "NotFoundError", "PermissionDeniedError", "RateLimit", "RateLimitError", "RateLimitInfo",
    "ResponseValidationError", "RetryPolicy", "UNSET", "UnprocessableEntityError", "Unset", "models",
    "MemorySeenStore", "SQLiteSeenStore", "SeenStore", "WebhookVerificationError", "WebhookVerifier", "verify_webhook",
]  # fmt: skip


def test_all_is_pinned() -> None:
    assert sorted(highlevel_invoices.__all__) == sorted(PUBLIC)


def test_every_name_in_all_exists_and_nothing_private_leaks() -> None:
    for name in highlevel_invoices.__all__:
        assert hasattr(highlevel_invoices, name), name
    public_modules = {n for n in dir(highlevel_invoices) if not n.startswith("_") and n not in PUBLIC}
    assert public_modules <= {"quirks", "annotations"}


def test_error_hierarchy() -> None:
    h = highlevel_invoices
    for cls in (h.BadRequestError, h.AuthenticationError, h.PermissionDeniedError, h.NotFoundError,
                h.UnprocessableEntityError, h.RateLimitError, h.InternalServerError):  # fmt: skip
        assert issubclass(cls, h.APIStatusError) and issubclass(cls, h.HighLevelError)
    assert issubclass(h.APITimeoutError, h.APIConnectionError)
    assert issubclass(h.APIConnectionError, h.HighLevelError)
    assert issubclass(h.ResponseValidationError, h.HighLevelError)
    assert issubclass(h.ConfigurationError, h.HighLevelError)
    assert issubclass(h.WebhookVerificationError, h.HighLevelError)
