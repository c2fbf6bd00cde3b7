"""The OAuth state (moto's ``models``): the apps, the codes and tokens issued, what each install approved.

``OAuthState`` is also a ``TokenResolver`` of the sandbox: the access tokens it issued are
callers of the API (a location token) or of the agency routes (an agency token). It knows no
HTTP: ``responses`` reads requests into its calls, ``routes`` mounts them. The rules are the
package's docstring and ``sandbox/README.md``.
"""

from __future__ import annotations

import math
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._auth import COMPANY_ID, Identity, TokenKind
from .._exceptions import CompanyMismatch, InvalidClient, InvalidGrant, InvalidJwt, RedirectUriRequired, TenantMismatch

USER_ID = "sandboxUser000000001"
DEFAULT_OAUTH_CLIENTS = {"sandbox-client-id": "sandbox-client-secret"}
DEFAULT_TOKEN_TTL = 86399.0  # the vendor's expires_in
DEFAULT_CODE_TTL = 600.0
SCOPE = "invoices.readonly invoices.write invoices/schedule.readonly invoices/schedule.write"


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
class Grant:
    """What the user approved: an app, a company and its locations (the first is the one chosen)."""

    client_id: str
    company_id: str
    locations: tuple[str, ...]
    redirect_uri: str | None = None


@dataclass(frozen=True)
class _Issued:
    grant: Grant
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
        self._codes: dict[str, tuple[Grant, float]] = {}
        self._refresh: dict[str, tuple[Grant, TokenKind]] = {}
        self._used_refresh: set[str] = set()
        self._access: dict[str, _Issued] = {}
        self._agency_grants: dict[str, Grant] = {}  # company -> what its agency install approved

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

    def approve(self, grant: Grant) -> str:
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

    def _agency_grant(self, agency: Identity, company_id: str) -> Grant:
        grant = self._agency_grants.get(company_id)
        if agency.company != company_id or grant is None:
            raise CompanyMismatch()
        return grant

    def _issue(
        self, grant: Grant, kind: TokenKind, now: float, *, refresh: bool, location: str | None = None
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
