"""The public surface is small and pinned: a change to it is a deliberate change to this list."""

from __future__ import annotations

import re

import highlevel_invoices

PUBLIC = [
    "APIConnectionError", "APIStatusError", "APITimeoutError", "AsyncHighLevel", "AuthenticationError",
    "BadRequestError", "ConfigurationError", "DEFAULT_BASE_URL", "DEFAULT_VERSION", "HighLevel", "HighLevelError",
    "InternalServerError", "NotFoundError", "PermissionDeniedError", "RateLimit", "RateLimitError", "RateLimitInfo",
    "ResponseValidationError", "RetryPolicy", "UNSET", "UnprocessableEntityError", "Unset", "models",
    # the tolerant reader's reports (highlevel_invoices.departures)
    "Departure", "DepartureLog", "ResponseDriftWarning", "check_answer",
    # recording the client's own traffic as HAR (highlevel_invoices._record)
    "TrafficRecorder",
    # auth (highlevel_invoices._auth, _oauth, _tokens)
    "InMemoryTokenStore", "LocationTokenAuth", "OAuthApp", "RefreshTokenAuth", "RefreshTokenUsedError",
    "SQLiteTokenStore", "StaticTokenAuth", "Token", "TokenSlot", "TokenStore", "AuthorizationURL", "OAuthStateError",
    "TokenStoreWriteError",
    # the names of the auths before issue 26, kept as aliases
    "LocationToken", "OAuthToken", "StaticToken",
    "MemorySeenStore", "SQLiteSeenStore", "SeenStore", "WebhookVerificationError", "WebhookVerifier", "verify_webhook",
]  # fmt: skip


def test_all_is_pinned() -> None:
    assert sorted(highlevel_invoices.__all__) == sorted(PUBLIC)


def test_every_name_in_all_exists_and_nothing_private_leaks() -> None:
    for name in highlevel_invoices.__all__:
        assert hasattr(highlevel_invoices, name), name
    public_modules = {n for n in dir(highlevel_invoices) if not n.startswith("_") and n not in PUBLIC}
    # the two public modules: the departure record check-traffic shares, and the one home of redaction
    assert public_modules <= {"annotations", "departures", "redaction"}


def test_the_former_auth_names_are_the_same_classes() -> None:
    h = highlevel_invoices
    assert h.OAuthToken is h.RefreshTokenAuth
    assert h.LocationToken is h.LocationTokenAuth
    assert h.StaticToken is h.StaticTokenAuth
    assert isinstance(h.OAuthApp("id", "secret").auth("loc"), h.OAuthToken)


def test_error_hierarchy() -> None:
    h = highlevel_invoices
    for cls in (h.BadRequestError, h.AuthenticationError, h.PermissionDeniedError, h.NotFoundError,
                h.UnprocessableEntityError, h.RateLimitError, h.InternalServerError):  # fmt: skip
        assert issubclass(cls, h.APIStatusError) and issubclass(cls, h.HighLevelError)
    assert issubclass(h.APITimeoutError, h.APIConnectionError)
    assert issubclass(h.APIConnectionError, h.HighLevelError)
    assert issubclass(h.ResponseValidationError, h.HighLevelError)
    assert issubclass(h.ConfigurationError, h.HighLevelError)
    assert issubclass(h.RefreshTokenUsedError, h.AuthenticationError)
    assert issubclass(h.WebhookVerificationError, h.HighLevelError)
    assert issubclass(h.OAuthStateError, h.HighLevelError) and not issubclass(h.OAuthStateError, h.APIStatusError)
    assert issubclass(h.TokenStoreWriteError, h.HighLevelError) and not issubclass(h.TokenStoreWriteError, OSError)


def test_public_classes_report_the_package_as_their_module() -> None:
    """A traceback reads ``highlevel_invoices.NotFoundError``, not ``highlevel_invoices._errors.NotFoundError``."""
    classes = {name: getattr(highlevel_invoices, name) for name in highlevel_invoices.__all__}
    # Defined in this package (not the generated one): its private modules' classes, now reporting the package.
    ours = {
        n: c for n, c in classes.items() if isinstance(c, type) and c.__module__.split(".")[0] == "highlevel_invoices"
    }
    assert {n: c.__module__ for n, c in ours.items()} == dict.fromkeys(ours, "highlevel_invoices")
    assert "NotFoundError" in ours and "HighLevel" in ours
    import pickle

    error = highlevel_invoices.ConfigurationError("no token")
    assert type(pickle.loads(pickle.dumps(error))) is highlevel_invoices.ConfigurationError


def test_the_hierarchy_drawn_in_the_errors_docstring_is_true() -> None:
    from highlevel_invoices import _errors

    drawn: dict[str, str] = {}  # class -> parent, from the tree in the docstring
    parents: list[str] = []
    for line in (_errors.__doc__ or "").splitlines():
        match = re.match(r"^    ([│ ]*)(?:[├└]── )?([A-Z]\w+Error)\b", line)
        if not match:
            continue
        depth = len(match.group(1)) // 4 + (1 if "──" in line else 0)
        del parents[depth:]
        if parents:
            drawn[match.group(2)] = parents[-1]
        parents.append(match.group(2))
    errors = {n: c for n, c in vars(_errors).items() if isinstance(c, type) and issubclass(c, _errors.HighLevelError)}
    actual = {n: c.__base__.__name__ for n, c in errors.items() if c.__base__ is not Exception}  # type: ignore[union-attr]
    assert drawn == actual
    assert set(errors) == {"HighLevelError", *drawn}
