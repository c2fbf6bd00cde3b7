"""Named errors of the sandbox (moto's ``exceptions``): each carries its HTTP status and its message.

Raise one anywhere below the ASGI entry (a responses method, the backend, a rule);
``_app`` turns it into HighLevel's error shape ``{"statusCode", "message", "error"}``
with the error's ``headers``. A new failure is a new subclass here, not a bare status.

::

    SandboxError                      status, message, headers
    ├── BadRequest (400)
    │   ├── MalformedJson             the body is not JSON the API reads
    │   ├── InvalidTransition         a status change the rules table refuses
    │   ├── AmountsTooLarge           an amount above the spec's Money maximum
    │   ├── TotalBelowAmountPaid      an update that would leave less than what was paid
    │   └── InvalidPayment            a payment of zero, or above the amount due
    ├── InvalidToken (401)            a token nobody issued (the API and the agency routes alike)
    ├── InvalidJwt (401)              an access token the OAuth endpoints issued that has expired
    ├── InvalidClient (401)           OAuth: a client_id or client_secret that is wrong
    ├── InvalidGrant (401)            OAuth: a code or refresh token unknown, expired, used, or another app's
    │   └── RedirectUriRequired (400) a code exchanged without the redirect_uri of its authorize request
    ├── AuthClassNotAllowed (401)     a location token on an agency route
    ├── TenantMismatch (403)          another location's altId or resource
    ├── CompanyMismatch (403)         an agency token for another company
    ├── NotFound (404)
    │   ├── RouteNotFound             no path of the spec
    │   ├── InvoiceNotFound
    │   ├── ScheduleNotFound
    │   ├── InvoiceTemplateNotFound
    │   ├── EstimateTemplateNotFound
    │   └── EstimateNotFound
    ├── MethodNotAllowed (405)        carries ``Allow``
    ├── PayloadTooLarge (413)
    ├── ValidationFailed (422)        ``message`` lists every offending field
    ├── RateLimited (429)             carries ``Retry-After`` and the rate-limit headers
    ├── InjectedFault (429/5xx)       from ``POST /__sandbox/faults``
    ├── HttpError (any)               the router's own answers, in this shape
    └── InternalError (500)           a bug of the sandbox, answered (and logged) instead of dropping the connection

Two more are no answer: ``Sandbox()`` raises them when the sandbox does not match its spec, so it never starts
half-made (``MissingOperations``: an operation of ``spec/invoices.yaml`` or ``spec/oauth.yaml`` without its
method; ``WebhookEventsMismatch``: the events it publishes are not the spec's ``webhooks``).
"""

from __future__ import annotations

from collections.abc import Mapping

REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
           413: "Payload Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Entity",
           429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable"}  # fmt: skip


class SandboxError(Exception):
    """A request the sandbox refuses: answered with ``status`` and ``message`` in HighLevel's shape."""

    status = 400

    def __init__(self, message: str | list[str], headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = dict(headers or {})

    def to_json(self) -> dict[str, object]:
        return {"statusCode": self.status, "message": self.message, "error": REASONS.get(self.status, "Error")}


class BadRequest(SandboxError):
    status = 400


class MalformedJson(BadRequest):
    def __init__(self, cause: str) -> None:
        super().__init__(f"Malformed JSON body: {cause}")


class InvalidTransition(BadRequest):
    """The rules table (``_rules.INVOICE_TRANSITIONS``) has no row for this status and action."""


class AmountsTooLarge(BadRequest):
    def __init__(self, maximum: object) -> None:
        super().__init__(f"The invoice amounts exceed {maximum}")


class TotalBelowAmountPaid(BadRequest):
    def __init__(self) -> None:
        super().__init__("The new total is below the amount already paid")


class InvalidPayment(BadRequest):
    pass


class InvalidToken(SandboxError):
    status = 401

    def __init__(self) -> None:
        super().__init__("Invalid token: access token is invalid")


class InvalidJwt(SandboxError):
    """An access token that expired (the vendor's answer, facts: common to every operation)."""

    status = 401

    def __init__(self) -> None:
        super().__init__("Invalid JWT")


class InvalidClient(SandboxError):
    status = 401

    def __init__(self) -> None:
        super().__init__("Invalid client: client_id or client_secret is wrong")


class InvalidGrant(SandboxError):
    """A code or refresh token that is unknown, expired, already used, or of another app."""

    status = 401


class RedirectUriRequired(InvalidGrant):
    """A code exchanged without the ``redirect_uri`` its authorize request had (RFC 6749 4.1.3): a request
    that lacks a parameter, 400 as RFC 6749 5.2 answers ``invalid_grant`` (sandbox/README.md)."""

    status = 400

    def __init__(self) -> None:
        super().__init__("Invalid grant: redirect_uri is required, identical to the one of the authorization request")


class AuthClassNotAllowed(SandboxError):
    """A location token on an agency route (the message is the one the API is seen to send)."""

    status = 401

    def __init__(self) -> None:
        super().__init__("This authClass type is not allowed to access this scope.")


class CompanyMismatch(SandboxError):
    status = 403

    def __init__(self) -> None:
        super().__init__("The token does not have access to this company.")


class TenantMismatch(SandboxError):
    status = 403

    def __init__(self) -> None:
        super().__init__("The token does not have access to this location.")


class NotFound(SandboxError):
    status = 404


class RouteNotFound(NotFound):
    def __init__(self, method: str, path: str) -> None:
        super().__init__(f"Cannot {method} {path}")


class InvoiceNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("Unable to find an invoice with the given invoice id")


class ScheduleNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("Unable to find an schedule with the given schedule id")


class InvoiceTemplateNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("Unable to find a template with the given template id")


class EstimateTemplateNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("Unable to find an estimate template with the given template id")


class EstimateNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("Unable to find an estimate with the given estimate id")


class MethodNotAllowed(SandboxError):
    status = 405

    def __init__(self, method: str, path: str, allowed: list[str]) -> None:
        super().__init__(f"Method {method} is not allowed on {path}", {"Allow": ", ".join(sorted(allowed))})


class PayloadTooLarge(SandboxError):
    status = 413

    def __init__(self, limit: int) -> None:
        super().__init__(f"The body is larger than {limit} bytes")


class ValidationFailed(SandboxError):
    status = 422


class RateLimited(SandboxError):
    status = 429

    def __init__(self, headers: Mapping[str, str]) -> None:
        super().__init__("Too many requests", headers)


class InjectedFault(SandboxError):
    def __init__(self, status: int) -> None:
        super().__init__(f"injected fault: {status}", {"Retry-After": "1"} if status == 429 else None)
        self.status = status


class InternalError(SandboxError):
    status = 500

    def __init__(self) -> None:
        super().__init__("Internal server error")


class HttpError(SandboxError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------------------- start-up


class MissingOperations(RuntimeError):
    """The spec has operations that ``InvoiceResponses`` (or ``OAuthResponses``) has no method for."""


class WebhookEventsMismatch(RuntimeError):
    """The events the backend publishes (``Event``) are not the ``webhooks`` of the spec, one for one."""
