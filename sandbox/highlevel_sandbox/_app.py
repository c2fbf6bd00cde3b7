"""The sandbox's ASGI app: routing compiled from the spec, auth, limits, validation, dispatch by operationId.

A request to an API path goes: ``Sandbox._api`` -> route of the spec (``_routes.match``:
404, or 405 with ``Allow``) -> token (``identify``: 401) -> injected fault -> rate limit
(429) -> body size (413) -> JSON (400) -> the spec's validation (422, ``message``
lists the offending fields) -> location (403) -> ``dispatch``: the method of
``InvoiceResponses`` named after the operationId, which raises a named error
(``_exceptions``) or returns ``(status, payload)``. Every answer is JSON in
HighLevel's error shape.

Routes outside the spec (admin ``/__sandbox/*``, OAuth ``/oauth/*``) are mounted with
``Sandbox.add_route``; a path none of them matches goes to the API (the router's default).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import _routes
from ._admin import admin_routes
from ._auth import Identity, StaticTokens, TokenResolver
from ._backend import Backend, Event
from ._exceptions import (
    HttpError,
    InjectedFault,
    InternalError,
    InvalidToken,
    MethodNotAllowed,
    MissingOperations,
    RateLimited,
    RouteNotFound,
    SandboxError,
    TenantMismatch,
    ValidationFailed,
    WebhookEventsMismatch,
)
from ._faults import Faults
from ._http import Endpoint, error_response, is_json, json_response, parse_json, read_body
from ._oauth import OAuthConfig, OAuthResponses, OAuthRoutes, OAuthState
from ._ratelimit import RateLimit, RateLimiter
from ._responses import Answer, Call, InvoiceResponses, method_name, missing_operations
from ._webhooks import VENDOR, WebhookRetry, Webhooks, webhook_routes

LOCATION_A = "6578278e879ad2646715ba9c"
LOCATION_B = "65782790879ad2646715bb01"
DEFAULT_TOKENS = {"sandbox-token-location-a": LOCATION_A, "sandbox-token-location-b": LOCATION_B}
MAX_BODY_BYTES = 1024 * 1024
log = logging.getLogger("highlevel_sandbox")


@dataclass
class SandboxConfig:
    tokens: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TOKENS))
    rate_limit: RateLimit | None = field(default_factory=RateLimit)
    max_body_bytes: int = MAX_BODY_BYTES
    # Check every answer against the spec and raise on a mismatch (for tests).
    strict_responses: bool = False
    # OAuth 2.0 of marketplace apps (``_oauth``): the apps (client id -> secret), token and code lifetimes.
    oauth: OAuthConfig = field(default_factory=OAuthConfig)
    # Where to post the invoice events, how often to retry, how long to wait for an answer (_webhooks.py).
    webhook_urls: list[str] = field(default_factory=list)
    webhook_retry: WebhookRetry = field(default_factory=WebhookRetry)
    # Which failed deliveries are retried: "vendor" a 429 only, as HighLevel does (QUIRKS Q73); "lenient"
    # also 5xx and no answer (make serve WEBHOOK_RETRIES=lenient).
    webhook_retries: str = VENDOR
    webhook_timeout: float = 5.0


@functools.lru_cache(maxsize=1024)  # a client repeats its queries (``altId=...&altType=location``)
def _query_pairs(query_string: bytes) -> tuple[tuple[str, str], ...]:
    """The query's pairs as ``request.query_params`` reads them; ``dict`` of them keeps a repeated name's last."""
    return tuple(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))


def check_events(documented: set[str]) -> None:
    """``WebhookEventsMismatch`` unless the sandbox sends exactly the webhook events the spec documents."""
    sent = {event.value for event in Event}
    if sent != documented:
        raise WebhookEventsMismatch(
            f"the sandbox's events are not the spec's webhooks: sent but not documented: "
            f"{', '.join(sorted(sent - documented)) or 'none'}; documented but never sent: "
            f"{', '.join(sorted(documented - sent)) or 'none'}"
        )


async def _internal_error(request: Request, exc: Exception) -> Response:
    return error_response(InternalError())


async def _http_error(request: Request, exc: Exception) -> Response:
    """The router's own answers (405 on an extra route) in HighLevel's shape."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "").split(", ")
        return error_response(MethodNotAllowed(request.method, request.scope["path"], allowed))
    return error_response(HttpError(exc.status_code, exc.detail), exc.headers)


class _App(Starlette):
    """Starlette that answers an unexpected exception with HighLevel's 500 and keeps it from the server.

    Starlette answers, then re-raises; uvicorn would then drop the keep-alive connection without
    ``Connection: close`` and the client's next pooled request would fail. ``reraise`` (tests with
    ``strict_responses``) lets the exception reach the caller instead.

    An HTTP request that no extra route takes goes straight to ``api`` (the router's default) with the
    same guard, not through Starlette's two middlewares and the router's scan of every extra route: those
    layers were a fifth of the time of an API call (issue 16, ``bench/RESULTS.md`` section 4).
    """

    def __init__(self, reraise: bool, api: ASGIApp) -> None:
        super().__init__(exception_handlers={Exception: _internal_error, HTTPException: _http_error})
        self.reraise = reraise
        self.api = api
        # ``_routed``: how many routes were indexed, the paths of those without parameters, the others.
        self._index: tuple[int, frozenset[str], list[BaseRoute]] = (-1, frozenset(), [])
        self.router.default = api

    def _routed(self, path: str) -> bool:
        """Whether a route of the router (an extra route, ``Sandbox.add_route``) could take ``path``."""
        routes = self.router.routes
        if self._index[0] != len(routes):  # routes are only ever appended (``Sandbox.add_route``)
            literal = frozenset(r.path for r in routes if isinstance(r, Route) and not r.param_convertors)
            others = [r for r in routes if not (isinstance(r, Route) and r.path in literal)]
            self._index = (len(routes), literal, others)
        _, literal, others = self._index
        # A Starlette path regex ends with ``$``, which also matches before a final newline.
        if path in literal or (path[-1:] == "\n" and path[:-1] in literal):
            return True
        return any(not isinstance(r, Route) or r.path_regex.match(path) for r in others)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # With a root_path the router matches a shortened path: leave that case to it.
        if scope["type"] == "http" and not scope.get("root_path") and not self._routed(scope["path"]):
            await self._api(scope, receive, send)
            return
        try:
            await super().__call__(scope, receive, send)
        except Exception:
            if self.reraise:
                raise
            log.exception("the sandbox failed on %s %s", scope.get("method"), scope.get("path"))

    async def _api(self, scope: Scope, receive: Receive, send: Send) -> None:
        """``api`` under what Starlette's ``ServerErrorMiddleware`` and ``__call__`` above would do on a failure:
        HighLevel's 500 if nothing was answered yet, then the exception raised (``reraise``) or logged."""
        started = False

        async def sender(message: Message) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            await self.api(scope, receive, sender)
        except Exception:
            if not started:
                await error_response(InternalError())(scope, receive, send)
            if self.reraise:
                raise
            log.exception("the sandbox failed on %s %s", scope.get("method"), scope.get("path"))


class Sandbox:
    """One sandbox: its state (``backend``), its operations (``responses``), its configuration, its ASGI ``app``."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.backend = Backend()
        self.responses = InvoiceResponses(self.backend)
        self.faults = Faults()
        self.limiter = RateLimiter(self.config.rate_limit) if self.config.rate_limit else None
        self.token_resolvers: list[TokenResolver] = [StaticTokens(self.config.tokens)]
        self.webhooks = Webhooks(
            self.backend,
            self.config.webhook_urls,
            retry=self.config.webhook_retry,
            retries=self.config.webhook_retries,
            timeout=self.config.webhook_timeout,
            faults=self.faults,
        )
        self.oauth = OAuthState(self.config.oauth)
        spec_routes = _routes.routes()  # the route table; each validator is compiled when first used
        operation_ids = {op.operation_id for route in spec_routes for op in route.operations.values()}
        missing = missing_operations(self.responses, operation_ids)
        if missing:
            raise MissingOperations(f"no method of InvoiceResponses for {', '.join(missing)}")
        check_events(set(_routes.webhook_schemas()))  # each event's body is checked with its webhook's schema
        # The API is the router's default, not a catch-all route: Starlette's ``{path:path}`` does not match a
        # path holding a newline, and answered such a path with a text/plain 404.
        self.app = _App(reraise=self.config.strict_responses, api=self._api_asgi)
        self.app.router.redirect_slashes = False
        limit = self.config.max_body_bytes
        oauth_routes = OAuthRoutes(
            self.oauth,
            OAuthResponses(self.oauth, locations=self._locations),
            identify=self.identify,
            max_body_bytes=limit,
            strict_responses=self.config.strict_responses,
        )
        for path, endpoint, methods in [
            *admin_routes(self.reset, self.faults, limit),
            *webhook_routes(self.webhooks, limit),
            *oauth_routes.routes(),
        ]:
            self.add_route(path, endpoint, methods)
        self.add_token_resolver(self.oauth)  # the tokens the OAuth endpoints issue, after the static ones

    # ------------------------------------------------------------------ extension points

    def add_route(self, path: str, endpoint: Endpoint, methods: list[str]) -> None:
        """Mount a route outside the spec's paths (``/oauth/token``, ``/__sandbox/...``); it wins over the API."""
        self.app.router.routes.append(Route(path, endpoint, methods=methods))

    def add_token_resolver(self, resolver: TokenResolver) -> None:
        """Ask ``resolver`` too (after the ones already there) who a bearer token is."""
        self.token_resolvers.append(resolver)

    def _locations(self) -> tuple[str, ...]:
        """The locations of the configured tokens, the first one's first (read live: ``config.tokens`` may change)."""
        return tuple(dict.fromkeys(self.config.tokens.values()))

    def reset(self) -> None:
        self.backend.reset()
        self.faults.clear()
        self.webhooks.clear_log()
        if self.limiter:
            self.limiter.reset()

    # ------------------------------------------------------------------ API

    def identify(self, request: Request) -> Identity | None:
        """The caller of a ``Bearer`` token, from the first resolver that knows it."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return None
        for resolver in self.token_resolvers:
            identity = resolver.resolve(token.strip())
            if identity is not None:
                return identity
        return None

    async def _api_asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self._api(Request(scope, receive))
        await response(scope, receive, send)

    async def _api(self, request: Request) -> Response:
        limit_headers: dict[str, str] = {}
        try:
            path = request.scope["path"]
            found = _routes.match(path)
            if found is None:
                raise RouteNotFound(request.method, path)
            route, path_params = found
            operation = route.operations.get(request.method)
            if operation is None:
                raise MethodNotAllowed(request.method, path, list(route.operations))
            identity = self.identify(request)
            if identity is None or identity.location is None:
                raise InvalidToken()
            fault = self.faults.take(operation.operation_id)
            if fault is not None:
                if fault.delay_ms:
                    await asyncio.sleep(fault.delay_ms / 1000)
                if fault.status is not None:
                    raise InjectedFault(fault.status)
            if self.limiter is not None:
                allowed, limit_headers = self.limiter.hit(identity.location)
                if not allowed:
                    raise RateLimited(limit_headers)
            call = await self._call(request, operation, path_params, identity.location)
            status, payload = self.dispatch(call)
        except SandboxError as exc:
            return error_response(exc, limit_headers)
        if self.config.strict_responses:
            mistakes = _routes.check_answer(operation, status, payload)
            if mistakes:
                raise AssertionError(f"{operation.operation_id} answered outside the spec: {mistakes}")
        if payload is None:  # a success the spec documents without a body
            return Response(status_code=status, headers=limit_headers)
        return json_response(status, payload, limit_headers)

    def dispatch(self, call: Call) -> Answer:
        """Call the operation's method by name: ``send-invoice`` -> ``self.responses.send_invoice(call)``."""
        method: Callable[[Call], Answer] = getattr(self.responses, method_name(call.operation_id))
        return method(call)

    async def _call(
        self, request: Request, operation: _routes.Operation, path_params: dict[str, str], location: str
    ) -> Call:
        """Read, parse and validate the request into the ``Call`` its method gets."""
        body: Any = None
        if operation.body is not None:
            # Like the real API (a JSON body parser), a body of another media type is not read: the call then
            # has an empty body, and the validation names each required field (sandbox/README.md).
            if is_json(request.headers.get("content-type", "")):
                body = await self._read_body(request)
            elif (
                not operation.body_required
                and request.headers.get("content-length", "0") == "0"
                and ("transfer-encoding" not in request.headers)
            ):
                body = None  # an optional body left out (updateAndSchedule, QUIRKS Q100)
            else:
                body = {}
        query = dict(_query_pairs(request.scope["query_string"]))
        problems = self.validate(operation, path_params, query, request, body)
        if problems:
            raise ValidationFailed(problems)
        names = query if operation.body is None else body if isinstance(body, dict) else {}
        alt_id = names.get("altId")
        # An operation without an ``altId`` (update-estimate-last-visited-at names only the estimate) is scoped by
        # the resource it names, which the backend checks (403 for another location's).
        if (operation.names_location or alt_id is not None) and alt_id != location:
            raise TenantMismatch()
        return Call(operation.operation_id, location, path_params, query, body)

    async def _read_body(self, request: Request) -> Any:
        raw = await read_body(request, self.config.max_body_bytes)
        if not raw.strip():
            return None  # no body: an optional one left out, or a required one missing (validate says which)
        value = parse_json(raw)
        if value is None:  # the JSON text `null` is a body, and not the object any operation takes
            raise ValidationFailed(["body: null is not of type 'object'"])
        return value

    def validate(
        self,
        operation: _routes.Operation,
        path_params: dict[str, str],
        query: dict[str, str],
        request: Request,
        body: Any,
    ) -> list[str]:
        """Every way the request breaks the spec, one readable line each (empty: valid): ``_routes.check_request``."""
        return _routes.check_request(operation, path_params, query, request.headers, body)
