"""OAuth 2.0 of marketplace apps: the vendor's token endpoints, and a stand-in for its authorize page.

Routes (mounted with ``Sandbox.add_route``, requests validated with ``spec/oauth.yaml``):

- ``GET /oauth/chooselocation``: the marketplace's authorize page. It approves at
  once, for the location given by ``location_id`` (a sandbox extension) or the first
  configured one, and redirects to ``redirect_uri?code=...&state=...``.
- ``POST /oauth/token`` (form): ``authorization_code`` and ``refresh_token`` grants,
  ``user_type`` ``Location`` (a location token) or ``Company`` (an agency token).
- ``POST /oauth/locationToken`` (form, agency token): a location token of an approved location.
- ``GET /oauth/installedLocations`` (agency token): the locations the app is installed in.
- ``GET /__sandbox/oauth``: what happened (codes, exchanges, refreshes, refusals), for tests.

Rules: a code is single-use, lives ``code_ttl`` seconds and is exchanged with the
``redirect_uri`` of its authorize request (RFC 6749 4.1.3); a refresh token is
single-use (each refresh answers a new one, the used one is refused); an access
token lives ``token_ttl`` seconds, then gets the vendor's 401 ``Invalid JWT``. A
location token reaches its location only; an agency token reaches only the agency
routes here (the API answers it 401). Tokens are opaque random strings. The state
lives in memory, under one lock; ``POST /__sandbox/reset`` does not clear it (an
app keeps its install across a data reset).
"""

from __future__ import annotations

import math
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from highlevel_spec import OAUTH

from . import _routes
from ._auth import Identity, TokenKind
from ._exceptions import BadRequest, SandboxError, TenantMismatch, ValidationFailed
from ._http import error_response, json_response, plain_int, read_body

if TYPE_CHECKING:
    from ._app import Sandbox

COMPANY_ID = "5DP4iH6HLkQsiKESj6rh"
USER_ID = "sandboxUser000000001"
DEFAULT_OAUTH_CLIENTS = {"sandbox-client-id": "sandbox-client-secret"}
DEFAULT_TOKEN_TTL = 86399.0  # the vendor's expires_in
DEFAULT_CODE_TTL = 600.0
SCOPE = "invoices.readonly invoices.write invoices/schedule.readonly invoices/schedule.write"


# --------------------------------------------------------------------------- named errors


class InvalidJwt(SandboxError):
    """An access token that expired (the vendor's answer, facts: common to every operation)."""

    status = 401

    def __init__(self) -> None:
        super().__init__("Invalid JWT")


class UnknownToken(SandboxError):
    status = 401

    def __init__(self) -> None:
        super().__init__("Invalid token: access token is invalid")


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


# --------------------------------------------------------------------------- configuration


def parse_clients(text: str) -> dict[str, str]:
    """``OAUTH_CLIENTS=id:secret,id2:secret2``."""
    clients = {}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        client_id, sep, secret = pair.partition(":")
        if not sep or not client_id.strip() or not secret.strip():
            raise ValueError(
                f"OAUTH_CLIENTS entries look like client_id:client_secret (got {pair.split(':')[0]!r}:...)"
            )
        clients[client_id.strip()] = secret.strip()
    if not clients:
        raise ValueError("OAUTH_CLIENTS is empty")
    return clients


def parse_ttl(text: str) -> float:
    """``TOKEN_TTL=3600s`` (or ``3600``): seconds, above zero."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*s?\s*", text)
    if not match or float(match.group(1)) <= 0 or not math.isfinite(float(match.group(1))):
        raise ValueError(f"TOKEN_TTL must be a number of seconds above zero, like 3600s or 5s (got {text!r})")
    return float(match.group(1))


@dataclass
class OAuthConfig:
    clients: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_OAUTH_CLIENTS))
    token_ttl: float = DEFAULT_TOKEN_TTL
    code_ttl: float = DEFAULT_CODE_TTL
    company_id: str = COMPANY_ID


# --------------------------------------------------------------------------- state


@dataclass(frozen=True)
class _Grant:
    """What the user approved: an app, a company and its locations (the first is the one chosen)."""

    client_id: str
    company_id: str
    locations: tuple[str, ...]
    redirect_uri: str | None = None


@dataclass(frozen=True)
class _Issued:
    grant: _Grant
    kind: TokenKind
    location: str | None
    expires_at: float


@dataclass
class OAuthStats:
    codes: int = 0
    exchanges: int = 0
    refreshes: int = 0
    refused_refreshes: int = 0
    location_tokens: int = 0
    expired_calls: int = 0


class OAuthState:
    """Codes, refresh tokens and access tokens issued; a ``TokenResolver`` of the sandbox."""

    def __init__(self, config: OAuthConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.clock = clock
        self.stats = OAuthStats()
        self._lock = threading.Lock()
        self._codes: dict[str, tuple[_Grant, float]] = {}
        self._refresh: dict[str, tuple[_Grant, TokenKind]] = {}
        self._used_refresh: set[str] = set()
        self._access: dict[str, _Issued] = {}
        self._agency_grants: dict[str, _Grant] = {}  # company -> what its agency install approved

    def __repr__(self) -> str:
        return f"OAuthState(clients={sorted(self.config.clients)!r}, stats={self.stats!r})"

    # -- as a TokenResolver

    def resolve(self, token: str) -> Identity | None:
        issued = self._access.get(token)
        if issued is None:
            return None
        if issued.expires_at <= self.clock():
            with self._lock:
                self.stats.expired_calls += 1
            raise InvalidJwt()
        return Identity(issued.location, issued.kind, issued.grant.company_id)

    # -- the flows

    def approve(self, grant: _Grant) -> str:
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = (grant, self.clock() + self.config.code_ttl)
            self.stats.codes += 1
        return code

    def check_client(self, client_id: str, client_secret: str) -> None:
        expected = self.config.clients.get(client_id)
        if expected is None or not secrets.compare_digest(expected.encode(), client_secret.encode()):
            raise InvalidClient()

    def exchange(self, form: Mapping[str, str]) -> dict[str, Any]:
        now = self.clock()
        with self._lock:
            found = self._codes.pop(form["code"], None)  # single-use, even when refused below
            if found is None or found[1] <= now:
                raise InvalidGrant("Invalid grant: the authorization code is invalid, expired or already used")
            grant, _ = found
            if grant.client_id != form["client_id"]:
                raise InvalidGrant("Invalid grant: the authorization code was issued to another client")
            if grant.redirect_uri is not None:  # RFC 6749 4.1.3: then the exchange names the same one
                if "redirect_uri" not in form:
                    raise RedirectUriRequired()
                if form["redirect_uri"] != grant.redirect_uri:
                    raise InvalidGrant("Invalid grant: redirect_uri does not match the authorization request")
            kind = TokenKind.AGENCY if form.get("user_type") == "Company" else TokenKind.LOCATION
            self.stats.exchanges += 1
            return self._issue(grant, kind, now, refresh=True)

    def refresh(self, form: Mapping[str, str]) -> dict[str, Any]:
        now = self.clock()
        token = form["refresh_token"]
        with self._lock:
            found = self._refresh.get(token)
            if found is None or found[0].client_id != form["client_id"]:
                self.stats.refused_refreshes += 1
                if token in self._used_refresh:
                    raise InvalidGrant("Invalid grant: the refresh token has already been used")
                raise InvalidGrant("Invalid grant: the refresh token is invalid")
            del self._refresh[token]
            self._used_refresh.add(token)
            self.stats.refreshes += 1
            grant, kind = found  # a refresh keeps the token's type; user_type is not looked at
            return self._issue(grant, kind, now, refresh=True)

    def location_token(self, agency: Identity, company_id: str, location_id: str) -> dict[str, Any]:
        now = self.clock()
        with self._lock:
            grant = self._agency_grant(agency, company_id)
            if location_id not in grant.locations:
                raise TenantMismatch()
            self.stats.location_tokens += 1
            answer = self._issue(grant, TokenKind.LOCATION, now, refresh=False, location=location_id)
        return {k: answer[k] for k in ("access_token", "token_type", "expires_in", "scope", "locationId", "userId")}

    def installed(self, agency: Identity, company_id: str) -> tuple[str, ...]:
        with self._lock:
            return self._agency_grant(agency, company_id).locations

    def _agency_grant(self, agency: Identity, company_id: str) -> _Grant:
        grant = self._agency_grants.get(company_id)
        if agency.company != company_id or grant is None:
            raise CompanyMismatch()
        return grant

    def _issue(
        self, grant: _Grant, kind: TokenKind, now: float, *, refresh: bool, location: str | None = None
    ) -> dict[str, Any]:
        access = secrets.token_urlsafe(32)
        location = location or (grant.locations[0] if kind is TokenKind.LOCATION else None)
        self._access[access] = _Issued(grant, kind, location, now + self.config.token_ttl)
        if kind is TokenKind.AGENCY:
            self._agency_grants[grant.company_id] = grant
        ttl = self.config.token_ttl
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(ttl) if ttl == int(ttl) else ttl,
            "scope": SCOPE,
            "userType": "Company" if kind is TokenKind.AGENCY else "Location",
            "companyId": grant.company_id,
            "userId": USER_ID,
            "isBulkInstallation": False,
        }
        if kind is TokenKind.LOCATION:
            answer["locationId"] = location
        else:
            answer["approvedLocations"] = list(grant.locations)
        if refresh:
            token = secrets.token_urlsafe(32)
            self._refresh[token] = (grant, kind)
            answer["refresh_token"] = token
        return answer


# --------------------------------------------------------------------------- reading the form


async def _form(request: Request, limit: int) -> dict[str, str]:
    raw = await read_body(request, limit)
    try:
        return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise BadRequest("Malformed form body: not UTF-8") from None


# --------------------------------------------------------------------------- routes


class OAuthRoutes:
    """The HTTP side: read and validate the request, call ``OAuthState``, shape the answer."""

    def __init__(self, sandbox: Sandbox, state: OAuthState) -> None:
        self.sandbox = sandbox
        self.state = state

    def install(self) -> None:
        for path, endpoint, methods in (
            ("/oauth/chooselocation", self.choose_location, ["GET"]),
            ("/oauth/token", self.get_access_token, ["POST"]),
            ("/oauth/locationToken", self.get_location_access_token, ["POST"]),
            ("/oauth/installedLocations", self.get_installed_location, ["GET"]),
            ("/__sandbox/oauth", self.stats, ["GET"]),
        ):
            self.sandbox.add_route(path, endpoint, methods)
        self.sandbox.add_token_resolver(self.state)

    def _locations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.sandbox.config.tokens.values()))

    def _answer(self, operation_id: str, status: int, payload: Any) -> Response:
        if self.sandbox.config.strict_responses:
            mistakes = _routes.check_answer(_routes.operation(operation_id, OAUTH), status, payload)
            if mistakes:
                raise AssertionError(f"{operation_id} answered outside spec/oauth.yaml: {mistakes}")
        return json_response(status, payload)

    @staticmethod
    def _check(operation_id: str, request: Request, form: dict[str, str] | None = None) -> None:
        """``ValidationFailed`` (422) listing every way the request breaks ``spec/oauth.yaml`` (``check_request``)."""
        operation = _routes.operation(operation_id, OAUTH)
        problems = _routes.check_request(operation, {}, request.query_params, request.headers, form)
        if problems:
            raise ValidationFailed(problems)

    async def choose_location(self, request: Request) -> Response:
        query = request.query_params
        try:
            if query.get("response_type") != "code":
                raise BadRequest("response_type must be code")
            client_id = query.get("client_id", "")
            if client_id not in self.state.config.clients:
                raise BadRequest("client_id: no such app")
            redirect_uri = query.get("redirect_uri", "")
            parts = urlsplit(redirect_uri)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.fragment:
                raise BadRequest("redirect_uri: an absolute http(s) URL without a fragment is required")
            locations = self._locations()
            chosen = query.get("location_id") or locations[0]
            if chosen not in locations:
                raise BadRequest(f"location_id: not a location of this sandbox ({', '.join(locations)})")
            ordered = (chosen, *(loc for loc in locations if loc != chosen))
            grant = _Grant(client_id, self.state.config.company_id, ordered, redirect_uri)
        except SandboxError as exc:
            return error_response(exc)
        code = self.state.approve(grant)
        params = {"code": code, **({"state": query["state"]} if "state" in query else {})}
        separator = "&" if parts.query else "?"
        return RedirectResponse(f"{redirect_uri}{separator}{urlencode(params)}", status_code=302)

    async def get_access_token(self, request: Request) -> Response:
        try:
            form = await _form(request, self.sandbox.config.max_body_bytes)
            self._check("get-access-token", request, form)
            self.state.check_client(form["client_id"], form["client_secret"])
            grant_type = form["grant_type"]
            if grant_type == "authorization_code":
                answer = self.state.exchange(form)
            elif grant_type == "refresh_token":
                answer = self.state.refresh(form)
            else:
                raise BadRequest(f"grant_type {grant_type} is not supported by the sandbox")
        except SandboxError as exc:
            return error_response(exc)
        return self._answer("get-access-token", 200, answer)

    def _agency(self, request: Request) -> Identity:
        identity = self.sandbox.identify(request)  # raises InvalidJwt for an expired token
        if identity is None:
            raise UnknownToken()
        if identity.kind is not TokenKind.AGENCY:
            raise AuthClassNotAllowed()
        return identity

    async def get_location_access_token(self, request: Request) -> Response:
        try:
            agency = self._agency(request)
            form = await _form(request, self.sandbox.config.max_body_bytes)
            self._check("get-location-access-token", request, form)
            answer = self.state.location_token(agency, form["companyId"], form["locationId"])
        except SandboxError as exc:
            return error_response(exc)
        return self._answer("get-location-access-token", 200, answer)

    async def get_installed_location(self, request: Request) -> Response:
        try:
            agency = self._agency(request)
            self._check("get-installed-location", request)
            query = request.query_params
            locations = self.state.installed(agency, query["companyId"])
        except SandboxError as exc:
            return error_response(exc)
        rows = [
            {"_id": loc, "name": f"Sandbox location {i + 1}", "address": "", "isInstalled": True}
            for i, loc in enumerate(sorted(locations))
        ]
        if "query" in query:
            rows = [r for r in rows if query["query"].lower() in str(r["name"]).lower()]
        if query.get("isInstalled") == "false" or query.get("onTrial") == "true" or "planId" in query:
            rows = []  # every location has the app installed, none on trial, no paid plans
        # Typed string by the vendor: a value that is not a plain number is its default (sandbox/README.md).
        skip = plain_int(query.get("skip"))
        limit = plain_int(query.get("limit"))
        skip, limit = (0 if skip is None else skip), (20 if limit is None else limit)
        payload = {"locations": rows[skip : skip + limit], "count": len(rows), "installToFutureLocations": False}
        return self._answer("get-installed-location", 200, payload)

    async def stats(self, request: Request) -> Response:
        return json_response(200, vars(self.state.stats))


def install_oauth(sandbox: Sandbox, config: OAuthConfig | None = None) -> OAuthState:
    """Mount the OAuth routes on ``sandbox`` and let it resolve the tokens they issue."""
    state = OAuthState(config or OAuthConfig())
    OAuthRoutes(sandbox, state).install()
    return state
