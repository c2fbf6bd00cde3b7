"""Redaction: how every text the toolkit writes (an error, a log line, a recorded exchange, a report)
keeps credentials and a contact's addresses out.

One home for it: the client's errors and its traffic recorder and the conformance command's
``check-traffic`` use these functions. What counts as private: the ``Authorization``,
``Proxy-Authorization`` and cookie headers, any header, JSON key, form field or query parameter naming a
token, a secret, a password, a key, an OAuth ``code``, an email or a phone; and, in any text, the secrets
an exchange carried, email addresses and ``+``-prefixed phone numbers. Each reads ``[redacted]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ._constants import REDACTED

__all__ = [
    "PRIVATE_KEY",
    "REDACTED",
    "RESPONSE_SENSITIVE_HEADERS",
    "SENSITIVE_HEADERS",
    "redact_bytes",
    "redact_headers",
    "redact_json",
    "redact_pairs",
    "redact_string",
    "redact_text",
    "secrets_in",
]

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def redact_text(text: str, secrets: Sequence[str | None]) -> str:
    """``text`` with every one of ``secrets`` in it read as ``[redacted]`` (the longest first)."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def redact_bytes(content: bytes, secrets: Sequence[str | None]) -> bytes:
    """``redact_text`` for a body."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        content = content.replace(secret.encode(), REDACTED.encode())
    return content


# A JSON key, form field or query parameter whose value is a credential or a contact's address: an access,
# refresh or id token, a client secret, a password, an OAuth authorization ``code``, an email, a phone.
PRIVATE_KEY = re.compile(r"token|secret|password|authorization|cookie|api[-_]?key|email|phone|^code$", re.IGNORECASE)
# An email address or an international phone number anywhere in a text (an error message, a note).
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+\d[\d ().-]{6,}\d")
RESPONSE_SENSITIVE_HEADERS = SENSITIVE_HEADERS | {"set-cookie"}


def redact_string(text: str, secrets: Sequence[str | None] = ()) -> str:
    """A text with ``secrets``, email addresses and ``+``-prefixed phone numbers read as ``[redacted]``."""
    return _PHONE.sub(REDACTED, _EMAIL.sub(REDACTED, redact_text(text, secrets)))


def redact_json(value: Any, secrets: Sequence[str | None] = (), key: str = "") -> Any:
    """A copy of a parsed JSON value with every secret out: a string under a ``PRIVATE_KEY`` reads
    ``[redacted]``, any other string goes through ``redact_string``. Types are kept (a number under a
    private key stays a number: a departure shows such a value as its type only)."""
    if isinstance(value, dict):
        return {k: redact_json(v, secrets, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_json(v, secrets, key) for v in value]
    if isinstance(value, str):
        return REDACTED if key and PRIVATE_KEY.search(key) else redact_string(value, secrets)
    return value


def redact_pairs(pairs: Iterable[tuple[str, str]], secrets: Sequence[str | None] = ()) -> list[tuple[str, str]]:
    """Query parameters or form fields: a private one's value reads ``[redacted]``, the rest ``redact_string``."""
    return [(k, REDACTED if PRIVATE_KEY.search(k) else redact_string(v, secrets)) for k, v in pairs]


def redact_headers(pairs: Iterable[tuple[str, str]], secrets: Sequence[str | None] = ()) -> list[tuple[str, str]]:
    """Headers with the credentials' values (``Authorization``, cookies, any header naming a token or a key)
    read as ``[redacted]``."""
    return [
        (k, REDACTED if k.lower() in RESPONSE_SENSITIVE_HEADERS or PRIVATE_KEY.search(k) else redact_string(v, secrets))
        for k, v in pairs
    ]


def secrets_in(
    headers: Iterable[tuple[str, str]], *forms: Iterable[tuple[str, str]], bodies: Iterable[Any] = ()
) -> list[str]:
    """The secrets an exchange carries, to take out of any text it holds: the credentials of its headers
    (a bearer token without its scheme too), the private fields of its query and forms and of its JSON."""
    found: list[str] = []
    for name, value in headers:
        if name.lower() in RESPONSE_SENSITIVE_HEADERS or PRIVATE_KEY.search(name):
            found.append(value)
            found.extend(part for part in value.split(None, 1)[1:] if part)
    for pairs in forms:
        found.extend(v for k, v in pairs if PRIVATE_KEY.search(k) and v)
    stack = list(bodies)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, str) and v and PRIVATE_KEY.search(str(k)):
                    found.append(v)
                elif isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
    return [s for s in found if len(s) >= 4]  # a secret of 3 characters would redact ordinary words
