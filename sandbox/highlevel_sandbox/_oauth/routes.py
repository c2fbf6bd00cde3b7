"""The HTTP side of the OAuth endpoints (the counterpart of the API's ``_app`` pipeline), and their route table.

An operation of ``spec/oauth.yaml`` goes: the agency token, where the spec's ``security`` asks for one
(401: unknown, expired ``Invalid JWT``, or a location token) -> the form body (``read_form``: 413 over
the limit) -> ``_routes.check_request`` against the spec (422) -> the ``OAuthResponses`` method named
after the operationId -> the answer, checked against the spec under ``strict_responses``. Nothing here
knows the ``Sandbox``: it gets what it needs (who a token is, the body limit) as arguments.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from highlevel_spec import OAUTH

from .. import _routes
from .._auth import Identity, TokenKind
from .._exceptions import AuthClassNotAllowed, InvalidToken, MissingOperations, SandboxError, ValidationFailed
from .._http import Endpoint, ExtraRoute, error_response, json_response, read_form
from .._responses import Answer, method_name, missing_operations
from .responses import OAuthCall, OAuthResponses
from .state import OAuthState

AGENCY_SCHEME = "agency"  # the security scheme of spec/oauth.yaml that an agency token satisfies


class OAuthRoutes:
    """``routes()``: the OAuth endpoints and ``GET /__sandbox/oauth`` (the counts), for ``Sandbox.add_route``."""

    def __init__(
        self,
        state: OAuthState,
        responses: OAuthResponses,
        *,
        identify: Callable[[Request], Identity | None],
        max_body_bytes: int,
        strict_responses: bool,
    ) -> None:
        self.state = state
        self.responses = responses
        self.identify = identify  # the sandbox's token resolvers (raises InvalidJwt for an expired token)
        self.max_body_bytes = max_body_bytes
        self.strict_responses = strict_responses
        operation_ids = [op.operation_id for route in _routes.routes(OAUTH) for op in route.operations.values()]
        missing = missing_operations(responses, operation_ids)
        if missing:
            raise MissingOperations(f"no method of OAuthResponses for {', '.join(missing)}")

    def routes(self) -> list[ExtraRoute]:
        found: list[ExtraRoute] = [("/oauth/chooselocation", self.choose_location, ["GET"])]
        for route in _routes.routes(OAUTH):  # the paths of spec/oauth.yaml, each method to its operation's method
            for operation in route.operations.values():
                found.append((route.path, self._endpoint(operation), [operation.method]))
        found.append(("/__sandbox/oauth", self.stats, ["GET"]))
        return found

    def _endpoint(self, operation: _routes.Operation) -> Endpoint:
        method: Callable[[OAuthCall], Answer] = getattr(self.responses, method_name(operation.operation_id))

        async def endpoint(request: Request) -> Response:
            try:
                agency = self._agency(request) if AGENCY_SCHEME in operation.schemes else None
                form = await read_form(request, self.max_body_bytes) if operation.body is not None else None
                query = request.query_params
                problems = _routes.check_request(operation, {}, query, request.headers, form)
                if problems:
                    raise ValidationFailed(problems)
                status, payload = method(OAuthCall(operation.operation_id, query, form or {}, agency))
            except SandboxError as exc:
                return error_response(exc)
            if self.strict_responses:
                mistakes = _routes.check_answer(operation, status, payload)
                if mistakes:
                    raise AssertionError(f"{operation.operation_id} answered outside spec/oauth.yaml: {mistakes}")
            return json_response(status, payload)

        return endpoint

    def _agency(self, request: Request) -> Identity:
        identity = self.identify(request)
        if identity is None:
            raise InvalidToken()
        if identity.kind is not TokenKind.AGENCY:
            raise AuthClassNotAllowed()
        return identity

    async def choose_location(self, request: Request) -> Response:
        try:
            location = self.responses.authorize(request.query_params)
        except SandboxError as exc:
            return error_response(exc)
        return RedirectResponse(location, status_code=302)

    async def stats(self, request: Request) -> Response:
        return json_response(200, vars(self.state.stats))
