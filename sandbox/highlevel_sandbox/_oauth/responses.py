"""One method per operation of ``spec/oauth.yaml`` (moto's ``responses``), and the stand-in authorize page.

``routes`` reads and checks a request, then calls the method named after the operationId
(``get-access-token`` -> ``get_access_token``) with an ``OAuthCall``; the method asks ``OAuthState``
and returns ``(status, payload)``, or raises a named error of ``_exceptions``. Nothing here reads HTTP.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from .._auth import Identity
from .._exceptions import BadRequest
from .._http import plain_int
from .._responses import Answer
from .state import Grant, OAuthState


@dataclass(frozen=True)
class OAuthCall:
    """What an OAuth method gets: the request, checked against ``spec/oauth.yaml``."""

    operation_id: str
    query: Mapping[str, str]
    form: Mapping[str, str]  # the form body ({} for an operation without one)
    agency: Identity | None  # the caller of an agency route (its token already checked)


class OAuthResponses:
    """The OAuth endpoints of the vendor, one method per operationId, and ``authorize`` (the marketplace's page)."""

    def __init__(self, state: OAuthState, locations: Callable[[], tuple[str, ...]]) -> None:
        self.state = state
        self.locations = locations  # the sandbox's locations, first the default one (read live)

    def authorize(self, query: Mapping[str, str]) -> str:
        """``GET /oauth/chooselocation``: approve at once; the URL to redirect to (``redirect_uri?code=...``)."""
        if query.get("response_type") != "code":
            raise BadRequest("response_type must be code")
        client_id = query.get("client_id", "")
        if client_id not in self.state.config.clients:
            raise BadRequest("client_id: no such app")
        redirect_uri = query.get("redirect_uri", "")
        parts = urlsplit(redirect_uri)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.fragment:
            raise BadRequest("redirect_uri: an absolute http(s) URL without a fragment is required")
        locations = self.locations()
        chosen = query.get("location_id") or locations[0]
        if chosen not in locations:
            raise BadRequest(f"location_id: not a location of this sandbox ({', '.join(locations)})")
        ordered = (chosen, *(loc for loc in locations if loc != chosen))
        code = self.state.approve(Grant(client_id, self.state.config.company_id, ordered, redirect_uri))
        params = {"code": code, **({"state": query["state"]} if "state" in query else {})}
        separator = "&" if parts.query else "?"
        return f"{redirect_uri}{separator}{urlencode(params)}"

    def get_access_token(self, call: OAuthCall) -> Answer:
        form = call.form
        self.state.check_client(form["client_id"], form["client_secret"])
        grant_type = form["grant_type"]
        if grant_type == "authorization_code":
            return 200, self.state.exchange(form)
        if grant_type == "refresh_token":
            return 200, self.state.refresh(form)
        raise BadRequest(f"grant_type {grant_type} is not supported by the sandbox")

    def get_location_access_token(self, call: OAuthCall) -> Answer:
        assert call.agency is not None  # an agency route: routes checked the token
        return 200, self.state.location_token(call.agency, call.form["companyId"], call.form["locationId"])

    def get_installed_location(self, call: OAuthCall) -> Answer:
        assert call.agency is not None
        query = call.query
        locations = self.state.installed(call.agency, query["companyId"])
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
        return 200, {"locations": rows[skip : skip + limit], "count": len(rows), "installToFutureLocations": False}
