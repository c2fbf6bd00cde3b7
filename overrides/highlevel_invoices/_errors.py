"""Errors raised by the HighLevel Invoices client.

::

    HighLevelError                    every error of this package
    ├── ConfigurationError            no token, bad base URL, ...
    ├── APIConnectionError            no answer: connection refused, reset, DNS, ...
    │   └── APITimeoutError           no answer in time
    ├── APIStatusError                a non-2xx answer (status_code, body, messages, ...)
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       5xx
    └── ResponseValidationError       a 2xx answer that is not the documented model

No message, ``repr`` or attribute of these errors contains the token.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from highlevel_invoices_api.models.error_response import ErrorResponse

from ._ratelimit import RateLimitInfo
from .quirks import error_message

_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


class HighLevelError(Exception):
    """Base class of every error raised by this package."""


class ConfigurationError(HighLevelError):
    """The client was set up wrongly (for example: no token)."""


class APIConnectionError(HighLevelError):
    """The request got no answer (after any retries)."""

    def __init__(self, method: str, path: str, cause: Exception) -> None:
        self.method = method
        self.path = path
        super().__init__(f"{method} {path}: no answer from the server ({type(cause).__name__})")


class APITimeoutError(APIConnectionError):
    """The request got no answer in time (after any retries)."""


class ResponseValidationError(HighLevelError):
    """A success answer whose body is not the documented model."""


class APIStatusError(HighLevelError):
    """A non-2xx answer. Raw access: ``response`` is the ``httpx.Response``."""

    def __init__(self, response: httpx.Response) -> None:
        request = response.request
        self.response = response
        self.status_code = response.status_code
        self.method = request.method
        self.path = request.url.path
        self.headers = response.headers
        self.rate_limit = RateLimitInfo.from_headers(response.headers)
        self.request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
        self.body: ErrorResponse | None = None
        raw: Any = None
        try:
            raw = json.loads(response.content) if response.content else None
        except ValueError:
            raw = None
        if isinstance(raw, dict):
            try:
                self.body = ErrorResponse.from_dict(raw)
            except (TypeError, ValueError, KeyError):
                self.body = None
            self.messages = error_message.normalize(raw.get("message"))
            error = raw.get("error")
            self.error: str | None = error if isinstance(error, str) else None
        else:
            text = response.text.strip()
            self.messages = [text[:500]] if text else []
            self.error = None
        summary = "; ".join(self.messages) or response.reason_phrase
        super().__init__(f"{self.status_code} {response.reason_phrase} on {self.method} {self.path}: {summary}")


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


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


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, request: httpx.Request) -> APIStatusError:
    """The typed error for a non-2xx response whose body has been read.

    The error keeps a detached copy of the response (status, headers, body and
    the request), usable after the connection is gone.
    """
    # The body is already decoded: drop the headers that describe the wire form.
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
    detached = httpx.Response(response.status_code, headers=headers, content=response.content, request=request)
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(detached)


def connection_error(request: httpx.Request, cause: Exception) -> APIConnectionError:
    cls = APITimeoutError if isinstance(cause, httpx.TimeoutException) else APIConnectionError
    return cls(request.method, request.url.path, cause)
