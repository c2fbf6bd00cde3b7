"""HTTP shaping of the sandbox (moto's ``responses``): routing, auth, limits, validation, errors.

Order of checks for an API call: unknown path 404, undeclared method 405 with
``Allow``, token 401, fault injection, rate limit 429, body size 413,
malformed JSON 400, spec validation 422 (``message`` lists the offending
fields), location 403, then the operation's rules (``_state``). Every answer
is JSON in HighLevel's error shape.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import _spec
from ._limits import Fault, Faults, RateLimit, RateLimiter
from ._state import Backend, SandboxError

REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
           413: "Payload Too Large", 422: "Unprocessable Entity", 429: "Too Many Requests",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}  # fmt: skip
LOCATION_A = "6578278e879ad2646715ba9c"
LOCATION_B = "65782790879ad2646715bb01"
DEFAULT_TOKENS = {"sandbox-token-location-a": LOCATION_A, "sandbox-token-location-b": LOCATION_B}
MAX_BODY_BYTES = 1024 * 1024


@dataclass
class SandboxConfig:
    tokens: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TOKENS))
    rate_limit: RateLimit | None = field(default_factory=RateLimit)
    max_body_bytes: int = MAX_BODY_BYTES
    # Check every answer against the spec and raise on a mismatch (for tests).
    strict_responses: bool = False


def _json(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return Response(body, status_code=status, headers=headers, media_type="application/json")


def error(status: int, message: str | list[str], headers: dict[str, str] | None = None) -> Response:
    payload = {"statusCode": status, "message": message, "error": REASONS.get(status, "Error")}
    return _json(status, payload, headers)


class _BadJson(Exception):
    pass


def _reject_constant(name: str) -> Any:
    raise _BadJson(f"{name} is not valid JSON")


def parse_json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError, RecursionError, _BadJson) as exc:
        raise _BadJson(str(exc)[:200]) from exc


Handler = Callable[[Backend, str, dict[str, str], dict[str, str], Any], tuple[int, Any]]


def _handlers() -> dict[str, Handler]:
    def inv(i: Any) -> Any:
        return i.to_json()

    return {
        "create-invoice": lambda b, loc, p, q, body: (200, inv(b.create_invoice(loc, body))),
        "list-invoices": lambda b, loc, p, q, body: _listing(b, loc, q),
        "get-invoice": lambda b, loc, p, q, body: (200, b.invoice(loc, p["invoiceId"]).to_json(with_summary=True)),
        "update-invoice": lambda b, loc, p, q, body: (200, inv(b.update_invoice(loc, p["invoiceId"], body))),
        "delete-invoice": lambda b, loc, p, q, body: (200, inv(b.delete_invoice(loc, p["invoiceId"]))),
        "send-invoice": lambda b, loc, p, q, body: (
            200, {"invoice": inv(b.send_invoice(loc, p["invoiceId"])), "smsData": {}, "emailData": {}}),
        "void-invoice": lambda b, loc, p, q, body: (200, inv(b.void_invoice(loc, p["invoiceId"]))),
        "record-invoice": lambda b, loc, p, q, body: (
            200, {"success": True, "invoice": inv(b.record_payment(loc, p["invoiceId"], body))}),
        "text2pay-invoice": lambda b, loc, p, q, body: _text2pay(b, loc, body),
        "create-invoice-schedule": lambda b, loc, p, q, body: (200, b.schedule_json(b.create_schedule(loc, body))),
        "get-invoice-schedule": lambda b, loc, p, q, body: (200, b.schedule_json(b.schedule(loc, p["scheduleId"]))),
        "schedule-invoice-schedule": lambda b, loc, p, q, body: (
            200, b.schedule_json(b.schedule_schedule(loc, p["scheduleId"], body))),
        "cancel-invoice-schedule": lambda b, loc, p, q, body: (
            200, b.schedule_json(b.cancel_schedule(loc, p["scheduleId"]))),
    }  # fmt: skip


def _listing(backend: Backend, location: str, query: dict[str, str]) -> tuple[int, Any]:
    invoices, total = backend.list_invoices(location, query)
    return 200, {"invoices": [i.to_json() for i in invoices], "total": total}


def _text2pay(backend: Backend, location: str, body: dict[str, Any]) -> tuple[int, Any]:
    invoice = backend.text2pay(location, body)
    return 200, {"invoice": invoice.to_json(), "invoiceUrl": f"https://sandbox.invalid/invoice/{invoice.id}"}


class Sandbox:
    """One sandbox: its state, its configuration, and its ASGI app (``.app``)."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.backend = Backend()
        self.faults = Faults()
        self.limiter = RateLimiter(self.config.rate_limit) if self.config.rate_limit else None
        self._handlers = _handlers()
        _spec.routes()  # compile the validators now, not on the first request
        self.app = Starlette(
            routes=[
                Route("/__sandbox/reset", self._admin_reset, methods=["POST"]),
                Route("/__sandbox/faults", self._admin_faults, methods=["POST", "DELETE", "GET"]),
                Route("/{path:path}", self._api, methods=["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
            ]
        )

    def reset(self) -> None:
        self.backend.reset()
        self.faults.clear()
        if self.limiter:
            self.limiter.reset()

    # ------------------------------------------------------------------ admin

    async def _admin_reset(self, request: Request) -> Response:
        self.reset()
        return _json(200, {"reset": True})

    async def _admin_faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.faults.clear()
            return _json(200, {"faults": []})
        if request.method == "GET":
            return _json(200, {"faults": [vars(f) for f in self.faults.pending]})
        try:
            spec = parse_json(await request.body())
            fault = Fault(
                count=int(spec.get("count", 1)),
                status=spec.get("status"),
                delay_ms=int(spec.get("delayMs", 0)),
                operation_id=spec.get("operationId"),
            )
        except (_BadJson, AttributeError, TypeError, ValueError) as exc:
            return error(400, f"invalid fault: {exc}")
        self.faults.add(fault)
        return _json(201, {"faults": [vars(f) for f in self.faults.pending]})

    # ------------------------------------------------------------------ API

    async def _api(self, request: Request) -> Response:
        path = "/" + request.path_params["path"]
        found = _spec.match(path)
        if found is None:
            return error(404, f"Cannot {request.method} {path}")
        route, path_params = found
        operation = route.operations.get(request.method)
        if operation is None:
            allow = ", ".join(sorted(route.operations))
            return error(405, f"Method {request.method} is not allowed on {path}", {"Allow": allow})
        location = self._authenticate(request)
        if location is None:
            return error(401, "Invalid token: access token is invalid")
        fault = self.faults.take(operation.operation_id)
        if fault is not None:
            if fault.delay_ms:
                await asyncio.sleep(fault.delay_ms / 1000)
            if fault.status is not None:
                retry = {"Retry-After": "1"} if fault.status == 429 else None
                return error(fault.status, f"injected fault: {fault.status}", retry)
        headers: dict[str, str] = {}
        if self.limiter is not None:
            allowed, headers = self.limiter.hit(location)
            if not allowed:
                return error(429, "Too many requests", headers)
        response = await self._operation(request, operation, path_params, location)
        response.headers.update(headers)
        return response

    def _authenticate(self, request: Request) -> str | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return None
        return self.config.tokens.get(token.strip())

    async def _operation(
        self, request: Request, operation: _spec.Operation, path_params: dict[str, str], location: str
    ) -> Response:
        body: Any = None
        if operation.body_validator is not None:
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.config.max_body_bytes:
                return error(413, f"The body is larger than {self.config.max_body_bytes} bytes")
            raw = b""
            async for chunk in request.stream():
                raw += chunk
                if len(raw) > self.config.max_body_bytes:
                    return error(413, f"The body is larger than {self.config.max_body_bytes} bytes")
            if raw.strip():
                try:
                    body = parse_json(raw)
                except _BadJson as exc:
                    return error(400, f"Malformed JSON body: {exc}")
        query = dict(request.query_params)
        try:
            problems = self._validate(operation, path_params, query, request, body)
        except UnicodeEncodeError:
            # A lone surrogate (``"\ud800"``) parses in JSON but is not text: it cannot be stored.
            return error(400, "Malformed JSON body: a string holds a lone UTF-16 surrogate")
        if problems:
            return error(422, problems)
        alt_id = query.get("altId") if operation.body_validator is None else body.get("altId")
        if alt_id != location:
            return error(403, "The token does not have access to this location.")
        try:
            status, payload = self._handlers[operation.operation_id](self.backend, location, path_params, query, body)
        except SandboxError as exc:
            return error(exc.status, exc.message)
        if self.config.strict_responses:
            check = operation.response_validators[status]
            mistakes = _spec.errors_of(check, payload, "")
            if mistakes:
                raise AssertionError(f"{operation.operation_id} answered outside the spec: {mistakes}")
        return _json(status, payload)

    def _validate(
        self,
        operation: _spec.Operation,
        path_params: dict[str, str],
        query: dict[str, str],
        request: Request,
        body: Any,
    ) -> list[str]:
        problems: list[str] = []
        for param in operation.params:
            if param.location == "path":
                value: str | None = path_params.get(param.name)
            elif param.location == "query":
                value = query.get(param.name)
            else:
                value = request.headers.get(param.name)
            if value is None:
                if param.required:
                    problems.append(f"{param.name}: the {param.location} parameter is required")
                continue
            problems += _spec.errors_of(param.validator, value, param.name)
        if operation.body_validator is not None:
            if body is None:
                if operation.body_required:
                    problems.append("body: a JSON body is required")
            else:
                problems += _spec.errors_of(operation.body_validator, body, "")
        return problems
