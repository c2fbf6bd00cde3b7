"""Errors raised by the HighLevel Invoices client, and the one place where secrets are taken out of them.

::

    HighLevelError                    every error of this package
    ├── ConfigurationError            no token, bad base URL, ...
    ├── APIConnectionError            no (complete) answer: refused, reset, DNS, TLS, cut mid-body, ...
    │   └── APITimeoutError           no answer within the call's timeout
    ├── APIStatusError                a non-2xx answer (status_code, body, messages, ...)
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   │   └── RefreshTokenUsedError the token endpoint refused a refresh token (used before, or revoked)
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       5xx
    ├── ResponseValidationError       a 2xx answer that is not the documented model (strict=True)
    ├── OAuthStateError               an OAuth callback whose state is missing or not the one sent
    ├── TokenStoreWriteError          the token store failed to write a renewed token
    └── WebhookVerificationError      a webhook delivery refused (``reason`` says which check)

Every failure of a call is one of these, the underlying exception chained as
``__cause__``. The errors are made where the failure is seen (``status_error``,
``connection_error`` and ``validation_error`` below, called by the transport and
the client; the OAuth endpoint client and the webhook verifier raise theirs);
the classes only hold what those functions found.

No message, ``repr`` or attribute of these errors holds a token or another
secret, their causes included: the request and response they expose carry
``Authorization: [redacted]`` (``redacted_request``; an OAuth endpoint's request is
kept as its method and path only, ``bare_request``), and a secret found in a text
or a body reads ``[redacted]`` (``redact_text``, ``redact_bytes``).
"""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Sequence
from typing import Any, Final, Literal, get_args

import httpx

from highlevel_invoices_api.models.error_response import ErrorResponse
from highlevel_invoices_api.types import NOT_JSON, STATUS, DecodeError, Found

from ._constants import REDACTED
from ._ratelimit import RateLimitInfo
from ._retry import parse_retry_after
from .departures import Departure
from .redaction import SENSITIVE_HEADERS, redact_text

_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


class HighLevelError(Exception):
    """Base class of every error raised by this package."""


class ConfigurationError(HighLevelError):
    """The client was set up wrongly (for example: no token)."""


class APIConnectionError(HighLevelError):
    """The request got no complete answer (after any retries).

    ``reason`` says what happened in words (``connection refused by
    127.0.0.1:5199``), ``host`` and ``port`` where; the httpx exception is the
    ``__cause__``.
    """

    def __init__(self, message: str, *, method: str, path: str, host: str, port: int | None, reason: str) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.host = host
        self.port = port
        self.reason = reason


class APITimeoutError(APIConnectionError):
    """The call's timeout passed before the whole answer arrived (after any retries)."""


class ResponseValidationError(HighLevelError):
    """A success answer whose body is not the documented model (a client built with ``strict=True``).

    ``json_path``, ``expected`` and ``got`` say where and what (``invoice.contactDetails.id``,
    ``string``, ``missing``) when the body is JSON; ``response`` is the answer;
    ``departures`` every place the answer departs from the spec (``Departure``), the
    first one being the one the message names.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        json_path: str | None,
        expected: str | None,
        got: str | None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.method = response.request.method
        self.path = response.request.url.path
        self.json_path = json_path
        self.expected = expected
        self.got = got
        self.departures: tuple[Departure, ...] = ()


class APIStatusError(HighLevelError):
    """A non-2xx answer. Raw access: ``response`` is the ``httpx.Response`` (its request redacted).

    ``retry_after`` is the wait in seconds the server asked for (``Retry-After``), if any.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: ErrorResponse | None,
        messages: list[str],
        error: str | None,
    ) -> None:
        super().__init__(message)
        request = response.request
        self.response = response
        self.status_code = response.status_code
        self.method = request.method
        self.path = request.url.path
        self.headers = response.headers
        self.body = body
        self.messages = messages
        self.error = error
        self.rate_limit = RateLimitInfo.from_headers(response.headers)
        self.request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
        self.retry_after = parse_retry_after(response.headers.get("retry-after"))


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class RefreshTokenUsedError(AuthenticationError):
    """The token endpoint refused a refresh token: it was already used (they are single-use) or revoked."""

    @classmethod
    def of(cls, error: APIStatusError) -> RefreshTokenUsedError:
        """The refusal ``error`` of the token endpoint, said as what it means."""
        server = "; ".join(error.messages) or error.response.reason_phrase
        message = (
            f"{error.status_code} on {error.method} {error.path}: the refresh token was already used (refresh tokens "
            "are single-use: another process or an earlier run refreshed with it and kept the new one) or was "
            f"revoked; authorize the app again (server: {server})"
        )
        return cls(message, response=error.response, body=error.body, messages=error.messages, error=error.error)


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


class OAuthStateError(HighLevelError):
    """The OAuth callback's ``state`` is missing or is not the one sent with the authorize URL: refuse the callback.

    A callback whose state does not match may be forged: someone else's code, planted
    in this user's session (cross-site request forgery, RFC 6749 §10.12). Its code must
    not be exchanged. ``reason`` is ``not_sent`` (no state was kept for this user),
    ``missing`` (the callback has none) or ``mismatch``; neither state is in the message.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class TokenStoreWriteError(HighLevelError):
    """The token store failed to write a renewed token; the store's exception is the ``__cause__``.

    The server has already rotated the pair (the refresh token sent is used up), so the
    new one is kept in memory by the auth that renewed it and written before its next call,
    which then works. Another process sharing the store cannot see it until then. ``key``
    is the install's store key; no token is in the message or the attributes.
    """

    def __init__(self, message: str, *, key: str) -> None:
        super().__init__(message)
        self.key = key

    @classmethod
    def of(cls, auth: str, key: str, cause: Exception, tokens: Sequence[str | None]) -> TokenStoreWriteError:
        """The error for ``cause``, raised by the store; ``tokens`` are taken out of it (in place) first."""
        hidden = [token for token in tokens if token]
        for exc in _chain(cause):  # a store may word its error with what it was writing
            if any(isinstance(arg, str) and any(t in arg for t in hidden) for arg in exc.args):
                exc.args = tuple(redact_text(arg, hidden) if isinstance(arg, str) else arg for arg in exc.args)
            if isinstance(exc, OSError) and isinstance(exc.strerror, str):
                exc.strerror = redact_text(exc.strerror, hidden)
        return cls(
            f"{auth}: the renewed token of {key!r} could not be written to the token store "
            f"({type(cause).__name__}: {cause}); it is kept in memory and written before this auth's next call",
            key=key,
        )


Reason = Literal[
    "no_signature", "bad_signature", "not_json", "unknown_event_type", "invalid_body", "stale_timestamp", "replayed"
]
#: Why a webhook delivery was refused: the check that failed.
REASONS: Final[tuple[Reason, ...]] = get_args(Reason)


class WebhookVerificationError(HighLevelError):
    """A webhook delivery that was refused; ``reason`` is one of :data:`REASONS`, the message says why."""

    def __init__(self, reason: Reason, detail: str) -> None:
        self.reason: Reason = reason
        self.detail = detail
        super().__init__(f"webhook refused ({reason}): {detail}")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` whose credentials headers read ``[redacted]``."""
    headers = [(k, REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in request.headers.multi_items()]
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    copy = httpx.Request(request.method, request.url, headers=headers, content=content)
    copy.headers = httpx.Headers(headers)  # exactly these headers, none recomputed
    return copy


def bare_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` with its method and path only: no headers, body or query (an OAuth request's secrets)."""
    return httpx.Request(request.method, request.url.copy_with(query=None))


def detached_response(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """A copy of a read response, usable after the connection is gone, with its request redacted."""
    # The body is already decoded: drop the headers that describe the wire form.
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
    return httpx.Response(
        response.status_code, headers=headers, content=response.content, request=redacted_request(request)
    )


def error_messages(message: Any) -> list[str]:
    """An error body's ``message`` as a list of strings, whatever form the server sent (QUIRKS Q17).

    HighLevel sends one string in 400/401/403 bodies and a list of strings in 422 bodies; none of
    the fields is guaranteed.
    """
    if message is None:
        return []
    if isinstance(message, str):
        return [message]
    if isinstance(message, list):
        return [item if isinstance(item, str) else str(item) for item in message]
    return [str(message)]


def status_error(response: httpx.Response, request: httpx.Request) -> APIStatusError:
    """The typed error for a non-2xx response whose body has been read: the body parsed here, once."""
    detached = detached_response(response, request)
    body: ErrorResponse | None = None
    error: str | None = None
    try:
        raw: Any = json.loads(detached.content) if detached.content else None
    except ValueError:
        raw = None
    if isinstance(raw, dict):
        try:
            body = ErrorResponse.from_dict(raw)
        except (TypeError, ValueError, KeyError):
            body = None
        messages = error_messages(raw.get("message"))
        error = raw.get("error") if isinstance(raw.get("error"), str) else None
    else:
        text = detached.text.strip()
        messages = [text[:500]] if text else []
    summary = "; ".join(messages) or detached.reason_phrase
    message = f"{detached.status_code} {detached.reason_phrase} on {request.method} {request.url.path}: {summary}"
    retry_after = parse_retry_after(detached.headers.get("retry-after"))
    if retry_after is not None and response.status_code in (429, 503):
        message += f" (the server asks to wait {retry_after:g} s)"
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(message, response=detached, body=body, messages=messages, error=error)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _reason(cause: Exception, host: str, port: int | None, timeout: float | None) -> str:
    """What went wrong, in words, from the exception and what it wraps."""
    where = f"{host}:{port}" if port is not None else host
    chain = _chain(cause)
    oserror = next((e for e in chain if isinstance(e, OSError)), None)
    within = f" within {timeout:g} s" if timeout is not None else ""
    if isinstance(cause, httpx.ConnectTimeout):
        return f"no connection to {where}{within} (connect timeout)"
    if isinstance(cause, httpx.PoolTimeout):
        return f"no free connection to {where}{within} (pool timeout)"
    if isinstance(cause, httpx.TimeoutException):
        return f"no complete answer from {where}{within} ({type(cause).__name__})"
    text = " ".join(str(e) for e in chain).lower()

    def found(kind: type[BaseException]) -> BaseException | None:
        return next((e for e in chain if isinstance(e, kind)), None)

    if found(socket.gaierror) or "name or service not known" in text or "nodename nor servname" in text:
        return f"cannot resolve host {host}"
    tls = found(ssl.SSLError)
    if tls is not None or "certificate verify failed" in text or "tls handshake" in text:
        detail = getattr(tls, "reason", None) or getattr(tls, "strerror", None) or type(tls or cause).__name__
        return f"TLS handshake failed with {where} ({detail})"
    if found(ConnectionRefusedError) or "refused" in text:
        return f"connection refused by {where}"
    if isinstance(cause, httpx.ConnectError):
        return f"cannot connect to {where} ({type(oserror or cause).__name__}: {oserror or cause})"
    if isinstance(cause, httpx.RemoteProtocolError):
        return f"{where} broke the HTTP exchange (closed early or sent an invalid answer)"
    if found(ConnectionResetError) or "reset" in text:
        return f"connection reset by {where}"
    if isinstance(cause, httpx.DecodingError):
        return f"the answer from {where} could not be decoded (bad Content-Encoding)"
    return f"the exchange with {where} failed ({type(cause).__name__})"


def _scrub(cause: BaseException, request: httpx.Request) -> None:
    """Take the credentials out of ``cause`` and what it wraps: their requests are redacted copies."""
    secrets = [v for k, v in request.headers.items() if k.lower() in SENSITIVE_HEADERS]
    secrets += [s.split(" ", 1)[1] for s in secrets if " " in s]
    safe = redacted_request(request)
    for exc in _chain(cause):
        if isinstance(exc, httpx.HTTPError) and _has_request(exc):
            exc.request = safe
        if any(isinstance(a, str) and any(s and s in a for s in secrets) for a in exc.args):
            exc.args = tuple(redact_text(a, secrets) if isinstance(a, str) else a for a in exc.args)


def _has_request(exc: httpx.HTTPError) -> bool:
    try:
        exc.request  # noqa: B018 - httpx raises RuntimeError for an error made without its request
    except RuntimeError:
        return False
    return True


def _call_timeout(request: httpx.Request) -> float | None:
    values = [v for v in request.extensions.get("timeout", {}).values() if v is not None]
    return max(values) if values else None


def connection_error(
    request: httpx.Request, cause: Exception, timeout: float | None = None, *, reason: str | None = None
) -> APIConnectionError:
    """The typed error for a call that got no complete answer; ``cause`` is chained by the caller.

    ``timeout`` is the call's timeout (for the message); ``reason`` replaces the one read from ``cause``.
    """
    _scrub(cause, request)
    host, port = request.url.host, request.url.port
    if port is None:
        port = {"https": 443, "http": 80}.get(request.url.scheme)
    timed_out = isinstance(cause, httpx.TimeoutException)
    if reason is None:
        reason = _reason(cause, host, port, timeout if timeout is not None else _call_timeout(request))
    cls = APITimeoutError if timed_out else APIConnectionError
    message = f"{request.method} {request.url.path}: {reason}"
    return cls(message, method=request.method, path=request.url.path, host=host, port=port, reason=reason)


def validation_error(response: httpx.Response, cause: Exception) -> ResponseValidationError:
    """The typed error for a 2xx answer whose body does not decode into the documented model."""
    request = response.request
    detached = detached_response(response, request)
    where: str | None = None
    expected: str | None = None
    got: str | None = None
    if isinstance(cause, DecodeError):
        where, expected, got = cause.json_path, cause.expected, cause.got
        detail = str(cause)
    else:
        detail = "the body is not JSON" if isinstance(cause, json.JSONDecodeError) else str(cause) or repr(cause)
    message = (
        f"{request.method} {request.url.path}: the {response.status_code} answer does not match the spec: {detail}"
    )
    return ResponseValidationError(message, response=detached, json_path=where, expected=expected, got=got)


def departure_error(response: httpx.Response, first: Found, departures: list[Departure]) -> ResponseValidationError:
    """The error a strict client raises for a 2xx answer that departs from the spec; ``first`` names where."""
    path, kind, expected, got = first
    if kind == NOT_JSON:
        cause: Exception = ValueError("the body is not JSON")
    elif kind == STATUS:
        cause = ValueError(f"{got} is not the documented success status ({expected})")
    else:
        cause = DecodeError(path, expected, got)
    error = validation_error(response, cause)
    error.departures = tuple(departures)
    error.__cause__ = cause
    return error
