"""The OAuth endpoints of a marketplace app (``spec/oauth.yaml``): ``OAuthApp``, the client that speaks them.

::

    OAuthApp             a marketplace app (client id + secret) and the store of its installs' tokens
      authorize_url      where to send the user: an AuthorizationURL (a str) with the .state it carries
      check_state        in the callback: OAuthStateError when the state is missing or not the one sent
      exchange_code      POST /oauth/token (authorization_code): the install's tokens, stored under token.key
      refresh            POST /oauth/token (refresh_token): the next pair (not stored: the caller stores it)
      location_token     POST /oauth/locationToken with an agency's auth: a location's token
      installed_locations  GET /oauth/installedLocations with an agency's auth
      auth(key)          the httpx.Auth of one install, which refreshes by itself (``_auth``)

State. ``authorize_url`` generates an unguessable ``state`` unless given one and
returns it with the URL; ``OAuthApp.check_state`` compares the callback's with it in
constant time and raises ``OAuthStateError`` when it is missing or differs
(cross-site request forgery, RFC 6749 section 10.12).

Secrets. No access token, refresh token, client secret, code or state appears in a
``repr``, a log line, an exception message or an exception's attributes: errors
of the token endpoint carry a copy of the request without its body or headers, and
an answer that cannot be used is described without its body.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import secrets
import threading
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from ._auth import RefreshTokenAuth
from ._constants import (
    BASE_URL_ENV,
    DEFAULT_AUTHORIZE_URL,
    DEFAULT_BASE_URL,
    DEFAULT_MARGIN,
    DEFAULT_TIMEOUT,
    DEFAULT_VERSION,
    REDACTED,
)
from ._errors import (
    APIStatusError,
    ConfigurationError,
    OAuthStateError,
    RefreshTokenUsedError,
    ResponseValidationError,
    bare_request,
    connection_error,
    status_error,
)
from ._tokens import InMemoryTokenStore, Token, TokenStore, store_token
from .redaction import redact_bytes

__all__ = ["DEFAULT_AUTHORIZE_URL", "AuthorizationURL", "OAuthApp"]

logger = logging.getLogger("highlevel_invoices.auth")

TOKEN_PATH = "/oauth/token"
LOCATION_TOKEN_PATH = "/oauth/locationToken"
INSTALLED_LOCATIONS_PATH = "/oauth/installedLocations"
# Set on a request to the token endpoint: its grant, for the log line and for reading a refusal.
_GRANT = "highlevel_invoices.grant"


class AuthorizationURL(str):
    """The authorize URL, a ``str`` to redirect the user to, and the ``state`` it carries (``.state``).

    Keep ``state`` where the callback finds it again (the user's session), and check the
    callback's with :meth:`OAuthApp.check_state`. The ``repr`` shows the URL with its state
    redacted.
    """

    state: str

    def __new__(cls, url: str, state: str) -> AuthorizationURL:
        self = super().__new__(cls, url)
        self.state = state
        return self

    @property
    def url(self) -> str:
        """The URL as a plain ``str``."""
        return str.__str__(self)

    def __repr__(self) -> str:
        parts = urlsplit(self.url)
        query = [(k, REDACTED if k == "state" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        return f"AuthorizationURL({parts._replace(query=urlencode(query, safe='[]')).geturl()!r})"

    def __reduce__(self) -> tuple[type[AuthorizationURL], tuple[str, str]]:
        return (type(self), (self.url, self.state))


class OAuthApp:
    """A marketplace app: its client id and secret, the token endpoint, and the store of its installs' tokens.

    ::

        app = OAuthApp(client_id, client_secret, store=SQLiteTokenStore("tokens.db"))
        url = app.authorize_url("https://myapp.example/callback", ["invoices.readonly", "invoices.write"])
        session["oauth_state"] = url.state           # then redirect the user to url
        app.check_state(session["oauth_state"], callback_state)  # in the callback: OAuthStateError if forged
        token = app.exchange_code(code, redirect_uri="https://myapp.example/callback")  # stored under token.key
        with HighLevel(auth=app.auth(token.key)) as hl:
            ...

    ``base_url`` defaults to ``HIGHLEVEL_BASE_URL`` or production; ``authorize_url`` to the
    marketplace's page. ``transport`` / ``async_transport`` reach the token endpoints (tests).
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        store: TokenStore | None = None,
        base_url: str | None = None,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        version: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        margin: float = DEFAULT_MARGIN,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("an OAuth app needs its client_id and client_secret")
        if margin < 0:
            raise ConfigurationError(f"margin must be >= 0 seconds (got {margin!r})")
        self.client_id = client_id
        self._client_secret = client_secret
        self.store: TokenStore = store if store is not None else InMemoryTokenStore()
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base_url must start with http:// or https:// (got {self.base_url!r})")
        self.authorize_endpoint = authorize_url
        self.version = version or DEFAULT_VERSION
        self.margin = margin
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._transport = transport
        self._async_transport = async_transport
        self._http: httpx.Client | None = None
        self._ahttp: httpx.AsyncClient | None = None
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return f"OAuthApp(client_id={self.client_id!r}, base_url={self.base_url!r}, store={self.store!r})"

    # -- the user's side of the flow

    def authorize_url(self, redirect_uri: str, scopes: Sequence[str], *, state: str | None = None) -> AuthorizationURL:
        """Where to send the user to install the app; they come back to ``redirect_uri?code=...&state=...``.

        ``state`` defaults to a new unguessable value (``secrets.token_urlsafe``, 256 bits).
        The answer is the URL (a ``str``) with that ``state`` as ``.state``: keep it in the
        user's session and, in the callback, :meth:`check_state` before :meth:`exchange_code`.
        """
        if state is None:
            state = secrets.token_urlsafe(32)
        elif not state:
            raise ConfigurationError("state must not be empty: leave it out and one is generated")
        query = {"response_type": "code", "redirect_uri": redirect_uri, "client_id": self.client_id}
        query["scope"] = " ".join(scopes)
        query["state"] = state
        return AuthorizationURL(f"{self.authorize_endpoint}?{urlencode(query)}", state)

    @staticmethod
    def check_state(expected: str | None, received: str | None) -> None:
        """In the callback, before :meth:`exchange_code`: is ``received`` (its ``state``) the ``expected`` one?

        ``expected`` is the ``.state`` of the :meth:`authorize_url` answer, kept in the user's
        session. Raises :class:`OAuthStateError` when either is missing or they differ; the
        comparison takes constant time (``hmac.compare_digest``).
        """
        if not isinstance(expected, str) or not expected:
            raise OAuthStateError(
                "not_sent",
                "no state was kept for this authorization (the session that started it is gone, or it was not started "
                "here): refuse the callback, do not exchange its code (RFC 6749 section 10.12)",
            )
        if not isinstance(received, str) or not received:
            raise OAuthStateError(
                "missing", "the callback carries no state: refuse it, do not exchange its code (RFC 6749 section 10.12)"
            )
        if not hmac.compare_digest(
            expected.encode("utf-8", "surrogatepass"), received.encode("utf-8", "surrogatepass")
        ):
            raise OAuthStateError(
                "mismatch",
                "the callback's state is not the one sent with the authorize URL (a forged or stale callback): refuse "
                "it, do not exchange its code (RFC 6749 section 10.12)",
            )

    # -- the endpoints

    def exchange_code(self, code: str, *, redirect_uri: str | None = None, user_type: str = "Location") -> Token:
        """Trade the callback's ``code`` for tokens; they are stored under ``token.key`` and returned.

        ``redirect_uri``: the one given to ``authorize_url``; RFC 6749 4.1.3 requires it (the sandbox refuses
        a code without it).
        """
        form = self._code_form(code, redirect_uri, user_type)
        token = self._post_token(form, [code])
        store_token(self.store, token.key, token)
        return token

    async def aexchange_code(self, code: str, *, redirect_uri: str | None = None, user_type: str = "Location") -> Token:
        """``exchange_code`` for async code."""
        form = self._code_form(code, redirect_uri, user_type)
        token = await self._apost_token(form, [code])
        await asyncio.to_thread(store_token, self.store, token.key, token)
        return token

    def refresh(self, token: Token) -> Token:
        """The pair that follows ``token``, from its refresh token; what the token is for is kept.

        Not stored: the refresh token sent is used up once the server answers, so store the
        answer before anything else (the auths of :meth:`auth` do, in the key's transaction).
        ``RefreshTokenUsedError`` when the server refuses the refresh token.
        """
        new = self._post_token(self._refresh_form(token), [token.refresh_token or ""])
        return _keep_identity(new, token)

    async def arefresh(self, token: Token) -> Token:
        """``refresh`` for async code."""
        new = await self._apost_token(self._refresh_form(token), [token.refresh_token or ""])
        return _keep_identity(new, token)

    def location_token(self, agency: httpx.Auth, *, company_id: str, location_id: str) -> Token:
        """A location's token, obtained with an agency's auth (``/oauth/locationToken``); not stored.

        Location tokens have no refresh token: ask again when one expires (``for_location`` of the
        agency's auth does).
        """
        request = self._location_request(self._client(), company_id, location_id)
        sent_at = time.time()
        response = self._send(request, agency)
        return _token_from(response, sent_at, user_type="Location", company_id=company_id, location_id=location_id)

    async def alocation_token(self, agency: httpx.Auth, *, company_id: str, location_id: str) -> Token:
        """``location_token`` for async code."""
        request = self._location_request(self._aclient(), company_id, location_id)
        sent_at = time.time()
        response = await self._asend(request, agency)
        return _token_from(response, sent_at, user_type="Location", company_id=company_id, location_id=location_id)

    def installed_locations(self, agency: httpx.Auth, *, company_id: str, app_id: str, **query: str) -> Any:
        """``GET /oauth/installedLocations`` with an agency token: the JSON answer."""
        request = self._installed_request(self._client(), company_id, app_id, query)
        return self._send(request, agency).json()

    async def ainstalled_locations(self, agency: httpx.Auth, *, company_id: str, app_id: str, **query: str) -> Any:
        request = self._installed_request(self._aclient(), company_id, app_id, query)
        return (await self._asend(request, agency)).json()

    def auth(self, key: str, *, margin: float | None = None) -> RefreshTokenAuth:
        """The ``httpx.Auth`` of one install (``token.key``: its location id, or company id for an agency)."""
        return RefreshTokenAuth(self, key, margin=self.margin if margin is None else margin)

    # -- plumbing

    def _code_form(self, code: str, redirect_uri: str | None, user_type: str) -> dict[str, str]:
        if not code:
            raise ConfigurationError("no authorization code: pass the callback's ?code= value")
        form = {"grant_type": "authorization_code", "code": code, "user_type": user_type}
        if redirect_uri is not None:
            form["redirect_uri"] = redirect_uri
        return form

    def _refresh_form(self, token: Token) -> dict[str, str]:
        if not token.refresh_token:
            raise ConfigurationError("this token has no refresh token: exchange a new authorization code")
        form = {"grant_type": "refresh_token", "refresh_token": token.refresh_token}
        if token.user_type:
            form["user_type"] = token.user_type
        return form

    def _credentials(self, form: Mapping[str, str]) -> dict[str, str]:
        return {"client_id": self.client_id, "client_secret": self._client_secret, **form}

    def _client(self) -> httpx.Client:
        with self._guard:
            if self._http is None:
                self._http = httpx.Client(
                    base_url=self.base_url, timeout=self._timeout, transport=self._transport or httpx.HTTPTransport()
                )
            return self._http

    def _aclient(self) -> httpx.AsyncClient:
        if self._ahttp is None:
            self._ahttp = httpx.AsyncClient(
                base_url=self.base_url,
                timeout=self._timeout,
                transport=self._async_transport or httpx.AsyncHTTPTransport(),
            )
        return self._ahttp

    def _send(self, request: httpx.Request, auth: httpx.Auth | None, secrets: Sequence[str] = ()) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = self._client().send(request, auth=auth)
        except httpx.TransportError as exc:
            failure = exc
        else:
            return self._checked(request, response, started, secrets)
        # Raised outside the except block: the httpx error (its request holds the form
        # body, the secrets) must not stay reachable as __context__.
        raise connection_error(request, failure) from _bare_cause(failure)

    async def _asend(
        self, request: httpx.Request, auth: httpx.Auth | None, secrets: Sequence[str] = ()
    ) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await self._aclient().send(request, auth=auth)
        except httpx.TransportError as exc:
            failure = exc
        else:
            return self._checked(request, response, started, secrets)
        raise connection_error(request, failure) from _bare_cause(failure)

    def _checked(
        self, request: httpx.Request, response: httpx.Response, started: float, secrets: Sequence[str]
    ) -> httpx.Response:
        grant = request.extensions.get(_GRANT, "")
        logger.debug(
            "%s %s%s -> %d in %.1f ms",
            request.method,
            request.url.path,
            f" ({grant})" if grant else "",
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        if not response.is_success:
            raise _endpoint_error(response, [self._client_secret, *secrets], grant == "refresh_token")
        return response

    def _token_request(self, client: httpx.Client | httpx.AsyncClient, form: Mapping[str, str]) -> httpx.Request:
        request = client.build_request("POST", TOKEN_PATH, data=self._credentials(form))
        request.extensions[_GRANT] = form["grant_type"]
        return request

    def _post_token(self, form: Mapping[str, str], secrets: Sequence[str]) -> Token:
        sent_at = time.time()
        response = self._send(self._token_request(self._client(), form), None, secrets)
        return _token_from(response, sent_at)

    async def _apost_token(self, form: Mapping[str, str], secrets: Sequence[str]) -> Token:
        sent_at = time.time()
        response = await self._asend(self._token_request(self._aclient(), form), None, secrets)
        return _token_from(response, sent_at)

    def _installed_request(
        self, client: httpx.Client | httpx.AsyncClient, company_id: str, app_id: str, query: Mapping[str, str]
    ) -> httpx.Request:
        params = {"companyId": company_id, "appId": app_id, **query}
        return client.build_request("GET", INSTALLED_LOCATIONS_PATH, params=params, headers={"Version": self.version})

    def _location_request(self, client: httpx.Client | httpx.AsyncClient, company: str, location: str) -> httpx.Request:
        return client.build_request(
            "POST",
            LOCATION_TOKEN_PATH,
            data={"companyId": company, "locationId": location},
            headers={"Version": self.version},
        )

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    async def aclose(self) -> None:
        if self._ahttp is not None:
            await self._ahttp.aclose()
        self.close()

    def __enter__(self) -> OAuthApp:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    async def __aenter__(self) -> OAuthApp:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()


# --------------------------------------------------------------------------- reading the answers


def _endpoint_error(response: httpx.Response, secrets: Sequence[str], refresh: bool) -> APIStatusError:
    """The typed error of a refused token request, with no secret of the request in it."""
    bare = bare_request(response.request)
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"]
    detached = httpx.Response(
        response.status_code, headers=headers, content=redact_bytes(response.content, secrets), request=bare
    )
    error = status_error(detached, bare)
    if refresh and response.status_code in (400, 401) and "client" not in " ".join(error.messages).lower():
        return RefreshTokenUsedError.of(error)
    return error


def _bare_cause(exc: httpx.TransportError) -> Exception:
    # httpx errors keep the request (and its form body: the secrets) as an attribute.
    return type(exc)(str(exc))


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        pass
    # Outside the except block: the decode error holds the answer (the tokens) as an attribute.
    raise _invalid_answer(response, "the answer is not JSON")


def _invalid_answer(response: httpx.Response, what: str) -> ResponseValidationError:
    """A token answer that cannot be used: the error keeps its status and headers, never its body (the tokens)."""
    bare = bare_request(response.request)
    headers = [
        (k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-length", "content-encoding")
    ]
    emptied = httpx.Response(response.status_code, headers=headers, request=bare)
    message = f"{bare.method} {bare.url.path}: {what}"
    return ResponseValidationError(message, response=emptied, json_path=None, expected=None, got=None)


def _token_from(response: httpx.Response, sent_at: float, **defaults: str | None) -> Token:
    """The token of a ``/oauth/token`` or ``/oauth/locationToken`` answer, or a typed error saying what it lacks."""
    data = _json(response)
    problem: str | None = None
    try:
        token = Token.from_answer(data, sent_at, **defaults)
        token.key  # noqa: B018 - an answer that names no install cannot be stored
    except (ValueError, ConfigurationError) as exc:
        problem = str(exc)
    if problem is not None:  # raised outside the except block, so that no context holds the answer
        raise _invalid_answer(response, problem)
    return token


def _keep_identity(new: Token, old: Token) -> Token:
    """A refresh answer may leave out what the token is for: keep the old token's."""
    return Token(
        access_token=new.access_token,
        expires_at=new.expires_at,
        refresh_token=new.refresh_token,
        user_type=new.user_type or old.user_type,
        company_id=new.company_id or old.company_id,
        location_id=new.location_id or old.location_id,
        user_id=new.user_id or old.user_id,
        scope=new.scope or old.scope,
        plan_id=new.plan_id or old.plan_id,
        approved_locations=new.approved_locations or old.approved_locations,
    )
