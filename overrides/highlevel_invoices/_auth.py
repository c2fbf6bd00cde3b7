"""Authentication: every kind of HighLevel token as an ``httpx.Auth``.

::

    StaticToken        a fixed token (private integration): what HighLevel(token) uses
    OAuthApp           a marketplace app (client id + secret): authorize URL, code exchange, token endpoint
      AuthorizationURL app.authorize_url(...): the URL (a str) and the state it carries, to check the callback
      OAuthToken       app.auth(key): the tokens of one install (a location or a company), refreshed by itself
        LocationToken  agency.for_location(id): a location token obtained from an agency token
    Token              one token answer, with the time it expires
    TokenStore         where tokens live: InMemoryTokenStore, SQLiteTokenStore (one file, several processes)

Refresh. ``OAuthToken`` refreshes ``margin`` seconds (30 by default, like the
vendor's SDKs) before the access token expires, and once after a 401, then
replays the request. One refresh at a time per install: concurrent callers of
one process wait for its result (a thread lock for sync clients, an asyncio lock
per event loop for async ones), and processes sharing a store wait on the store's
transaction (``BEGIN IMMEDIATE`` for SQLite), re-read the token inside it and use
the one another process just stored instead of refreshing again.

Rotation. A refresh token is single-use. The refresh runs inside the store's
transaction: the old token stays stored until the new pair is committed in one
write, so no reader ever sees a half-written pair and nothing stored is dropped
before its replacement. The new pair is kept in memory before that write; if the
write fails, the store's error is raised as ``TokenStoreWriteError`` (an interrupt
as itself), the auth keeps the new pair and writes it before anything else on its
next use, so the new refresh token is not lost and the used one is never sent
again. A process killed outright after the server answered and before the commit
loses the new pair (the server dropped the old one when it answered); that window
is one local write, and the next refresh then fails with ``RefreshTokenUsedError``,
which says so.

State. ``authorize_url`` generates an unguessable ``state`` unless given one and
returns it with the URL; ``OAuthApp.check_state`` compares the callback's with it in
constant time and raises ``OAuthStateError`` when it is missing or differs
(cross-site request forgery, RFC 6749 section 10.12).

Secrets. No access token, refresh token, client secret, code or state appears in a
``repr``, a log line, an exception message or an exception's attributes: errors
of the token endpoint carry a copy of the request without its body or headers.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Generator, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from ._errors import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    HighLevelError,
    ResponseValidationError,
    _chain,
    _without,
    connection_error,
    status_error,
)

logger = logging.getLogger("highlevel_invoices.auth")

DEFAULT_AUTHORIZE_URL = "https://marketplace.gohighlevel.com/oauth/chooselocation"
DEFAULT_MARGIN = 30.0
TOKEN_PATH = "/oauth/token"
LOCATION_TOKEN_PATH = "/oauth/locationToken"
INSTALLED_LOCATIONS_PATH = "/oauth/installedLocations"
# Set on a request by the refreshing auths: the client's transport hands the first
# 401 back to the auth flow (which refreshes and replays once) instead of raising.
REPLAY_401 = "highlevel_invoices.replay_401"
_REDACTED = "[redacted]"


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    """One token answer. ``expires_at`` is a Unix time; the secrets never show in ``repr``."""

    access_token: str = field(repr=False)
    expires_at: float
    refresh_token: str | None = field(default=None, repr=False)
    user_type: str | None = None
    company_id: str | None = None
    location_id: str | None = None
    user_id: str | None = None
    scope: str | None = None
    plan_id: str | None = None
    approved_locations: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The store key of the install: its location id for a location token, else its company id."""
        key = self.location_id if self.user_type == "Location" else self.company_id
        key = key or self.location_id or self.company_id
        if not key:
            raise ConfigurationError("the token names neither a locationId nor a companyId")
        return key

    def expires_within(self, seconds: float, now: float | None = None) -> bool:
        return self.expires_at - seconds <= (time.time() if now is None else now)

    @classmethod
    def from_answer(cls, data: Any, sent_at: float, **defaults: str | None) -> Token:
        """A token from the JSON of ``/oauth/token`` or ``/oauth/locationToken``; the clock starts at ``sent_at``."""
        if not isinstance(data, dict):
            raise ValueError("the token answer is not a JSON object")
        access, expires_in, refresh = data.get("access_token"), data.get("expires_in"), data.get("refresh_token")
        if not isinstance(access, str) or not access:
            raise ValueError("the token answer has no access_token (a string)")
        # Compared, not converted: float() of a 400-digit integer raises OverflowError; NaN and Infinity are JSON here.
        if not isinstance(expires_in, int | float) or isinstance(expires_in, bool) or not -1e18 < expires_in < 1e18:
            raise ValueError("the token answer has no expires_in (a finite number of seconds)")
        if refresh is not None and not isinstance(refresh, str):
            raise ValueError("the token answer's refresh_token is not a string")

        def text(name: str, default: str | None = None) -> str | None:
            value = data.get(name)
            return value if isinstance(value, str) else default

        approved = data.get("approvedLocations")
        return cls(
            access_token=access,
            expires_at=sent_at + float(expires_in),
            refresh_token=refresh,
            user_type=text("userType", defaults.get("user_type")),
            company_id=text("companyId", defaults.get("company_id")),
            location_id=text("locationId", defaults.get("location_id")),
            user_id=text("userId"),
            scope=text("scope"),
            plan_id=text("planId"),
            approved_locations=tuple(x for x in approved if isinstance(x, str)) if isinstance(approved, list) else (),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Token:
        data = json.loads(text)
        data["approved_locations"] = tuple(data.get("approved_locations", ()))
        return cls(**data)


# --------------------------------------------------------------------------- stores


class TokenSlot(Protocol):
    """The token of one key, inside the store's exclusive transaction."""

    def get(self) -> Token | None: ...

    def put(self, token: Token) -> None:
        """Store ``token`` durably, replacing the old one in one write."""


class TokenStore(Protocol):
    """Where tokens live. ``transaction(key)`` is exclusive across everyone sharing the store."""

    def get(self, key: str) -> Token | None: ...

    def transaction(self, key: str) -> AbstractContextManager[TokenSlot]: ...


def store_token(store: TokenStore, key: str, token: Token) -> None:
    """Put ``token`` under ``key`` (one exclusive transaction)."""
    with store.transaction(key) as slot:
        slot.put(token)


class _MemorySlot:
    def __init__(self, tokens: dict[str, Token], key: str) -> None:
        self._tokens, self._key = tokens, key

    def get(self) -> Token | None:
        return self._tokens.get(self._key)

    def put(self, token: Token) -> None:
        self._tokens[self._key] = token


class InMemoryTokenStore:
    """Tokens in a dict, one lock per key: shared by the threads and event loops of one process."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, key: str) -> Token | None:
        return self._tokens.get(key)

    @contextlib.contextmanager
    def transaction(self, key: str) -> Iterator[TokenSlot]:
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            yield _MemorySlot(self._tokens, key)

    def __repr__(self) -> str:
        return f"InMemoryTokenStore(keys={sorted(self._tokens)!r})"


class _SQLiteSlot:
    def __init__(self, connection: sqlite3.Connection, key: str) -> None:
        self._connection, self._key = connection, key
        self.committed = False

    def get(self) -> Token | None:
        row = self._connection.execute("SELECT token FROM highlevel_tokens WHERE key = ?", (self._key,)).fetchone()
        return None if row is None else Token.from_json(row[0])

    def put(self, token: Token) -> None:
        self._connection.execute(
            "INSERT INTO highlevel_tokens (key, token, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET token = excluded.token, updated_at = excluded.updated_at",
            (self._key, token.to_json(), time.time()),
        )
        self._connection.execute("COMMIT")
        self.committed = True


class SQLiteTokenStore:
    """Tokens in one SQLite file (stdlib ``sqlite3``), safe for several processes and threads sharing it.

    A transaction is ``BEGIN IMMEDIATE``: it takes the file's write lock, so one
    refresh at a time across every process (others wait up to ``timeout`` seconds),
    and each writes its new pair in one committed statement. The file is created
    readable by its owner only (it holds secrets).
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        connection = self._connect()
        try:
            connection.execute("PRAGMA journal_mode=WAL")  # readers do not wait for a refresh in progress
            connection.execute(
                "CREATE TABLE IF NOT EXISTS highlevel_tokens (key TEXT PRIMARY KEY, token TEXT NOT NULL, "
                "updated_at REAL NOT NULL)"
            )
        finally:
            connection.close()

    def _connect(self) -> sqlite3.Connection:
        # Autocommit mode: transactions are explicit. The connection may be entered in a
        # worker thread and finished in the event loop's, never by two at once.
        connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    def get(self, key: str) -> Token | None:
        connection = self._connect()
        try:
            row = connection.execute("SELECT token FROM highlevel_tokens WHERE key = ?", (key,)).fetchone()
        finally:
            connection.close()
        return None if row is None else Token.from_json(row[0])

    @contextlib.contextmanager
    def transaction(self, key: str) -> Iterator[TokenSlot]:
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            slot = _SQLiteSlot(connection, key)
            try:
                yield slot
            finally:
                if not slot.committed and connection.in_transaction:  # a failed COMMIT may have ended it
                    connection.execute("ROLLBACK")
        finally:
            connection.close()

    def __repr__(self) -> str:
        return f"SQLiteTokenStore({str(self.path)!r})"


# --------------------------------------------------------------------------- the token endpoint


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
                exc.args = tuple(_without(arg, hidden) if isinstance(arg, str) else arg for arg in exc.args)
            if isinstance(exc, OSError) and isinstance(exc.strerror, str):
                exc.strerror = _without(exc.strerror, hidden)
        return cls(
            f"{auth}: the renewed token of {key!r} could not be written to the token store "
            f"({type(cause).__name__}: {cause}); it is kept in memory and written before this auth's next call",
            key=key,
        )


def _scrub(content: bytes, secrets: Sequence[str]) -> bytes:
    for secret in secrets:
        if secret:
            content = content.replace(secret.encode(), _REDACTED.encode())
    return content


def _endpoint_error(response: httpx.Response, secrets: Sequence[str], refresh: bool) -> APIStatusError:
    """The typed error of a refused token request, with no secret of the request in it."""
    bare = httpx.Request(response.request.method, response.request.url.copy_with(query=None))
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"]
    detached = httpx.Response(
        response.status_code, headers=headers, content=_scrub(response.content, secrets), request=bare
    )
    error = status_error(detached, bare)
    if refresh and response.status_code in (400, 401) and "client" not in " ".join(error.messages).lower():
        return RefreshTokenUsedError.of(error)
    return error


def _bare_cause(exc: httpx.TransportError) -> Exception:
    # httpx errors keep the request (and its form body: the secrets) as an attribute.
    return type(exc)(str(exc))


# --------------------------------------------------------------------------- the authorization request's state


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
        query = [(k, _REDACTED if k == "state" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        return f"AuthorizationURL({parts._replace(query=urlencode(query, safe='[]')).geturl()!r})"

    def __reduce__(self) -> tuple[type[AuthorizationURL], tuple[str, str]]:
        return (type(self), (self.url, self.state))


def _defaults() -> tuple[str, str, httpx.Timeout]:
    from ._client import BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, DEFAULT_VERSION

    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL, DEFAULT_VERSION, DEFAULT_TIMEOUT


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
        default_base, default_version, default_timeout = _defaults()
        self.client_id = client_id
        self._client_secret = client_secret
        self.store: TokenStore = store if store is not None else InMemoryTokenStore()
        self.base_url = (base_url or default_base).rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base_url must start with http:// or https:// (got {self.base_url!r})")
        self.authorize_endpoint = authorize_url
        self.version = version or default_version
        self.margin = margin
        self._timeout = timeout if timeout is not None else default_timeout
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

    def auth(self, key: str, *, margin: float | None = None) -> OAuthToken:
        """The ``httpx.Auth`` of one install (``token.key``: its location id, or company id for an agency)."""
        return OAuthToken(self, key, margin=self.margin if margin is None else margin)

    def installed_locations(self, agency: httpx.Auth, *, company_id: str, app_id: str, **query: str) -> Any:
        """``GET /oauth/installedLocations`` with an agency token: the JSON answer."""
        request = self._installed_request(self._client(), company_id, app_id, query)
        return self._send(request, agency).json()

    async def ainstalled_locations(self, agency: httpx.Auth, *, company_id: str, app_id: str, **query: str) -> Any:
        request = self._installed_request(self._aclient(), company_id, app_id, query)
        return (await self._asend(request, agency)).json()

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
        grant = request.extensions.get("highlevel_invoices.grant", "")
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
        request.extensions["highlevel_invoices.grant"] = form["grant_type"]
        return request

    def _post_token(self, form: Mapping[str, str], secrets: Sequence[str]) -> Token:
        sent_at = time.time()
        response = self._send(self._token_request(self._client(), form), None, secrets)
        return self._token(response, sent_at)

    async def _apost_token(self, form: Mapping[str, str], secrets: Sequence[str]) -> Token:
        sent_at = time.time()
        response = await self._asend(self._token_request(self._aclient(), form), None, secrets)
        return self._token(response, sent_at)

    def _token(self, response: httpx.Response, sent_at: float) -> Token:
        return _token_from(response, sent_at)

    def _refresh(self, token: Token) -> Token:
        refresh_token = token.refresh_token or ""
        new = self._post_token(self._refresh_form(token), [refresh_token])
        return _keep_identity(new, token)

    async def _arefresh(self, token: Token) -> Token:
        refresh_token = token.refresh_token or ""
        new = await self._apost_token(self._refresh_form(token), [refresh_token])
        return _keep_identity(new, token)

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


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        pass
    # Outside the except block: the decode error holds the answer (the tokens) as an attribute.
    raise _invalid_answer(response, "the answer is not JSON")


def _invalid_answer(response: httpx.Response, what: str) -> ResponseValidationError:
    """A token answer that cannot be used: the error keeps its status and headers, never its body (the tokens)."""
    bare = httpx.Request(response.request.method, response.request.url.copy_with(query=None))
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


# --------------------------------------------------------------------------- the refreshing auths


async def _enter(cm: AbstractContextManager[TokenSlot]) -> TokenSlot:
    """Enter a store transaction in a worker thread (it may wait for a lock); on cancellation, leave it."""
    future = asyncio.ensure_future(asyncio.to_thread(cm.__enter__))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:

        def leave(done: asyncio.Future[TokenSlot]) -> None:
            if not done.cancelled() and done.exception() is None:
                cm.__exit__(None, None, None)

        future.add_done_callback(leave)
        raise


class _RefreshingAuth(httpx.Auth):
    """Bearer auth whose token is renewed before it expires and once after a 401, one renewal at a time."""

    requires_request_body = True  # a request is replayed after a 401

    def __init__(self, store: TokenStore, key: str, margin: float) -> None:
        if margin < 0:
            raise ConfigurationError(f"margin must be >= 0 seconds (got {margin!r})")
        self.store = store
        self.key = key
        self.margin = margin
        self._cached: Token | None = None
        # A renewed token whose store write failed, and the refresh token it replaced.
        self._pending: tuple[Token, str | None] | None = None
        self._lock = threading.Lock()
        self._alocks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(key={self.key!r}, margin={self.margin!r})"

    # -- to implement: get a new token (the stored one is ``current``, None if there is none)

    def _renew(self, current: Token | None) -> Token:
        raise NotImplementedError

    async def _arenew(self, current: Token | None) -> Token:
        raise NotImplementedError

    # -- the flows

    def _usable(self, token: Token | None, stale: Token | None) -> bool:
        if token is None or token.expires_within(self.margin):
            return False
        return stale is None or token.access_token != stale.access_token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.token()
        _authorize(request, token, replay=True)
        response = yield request
        if response.status_code == 401:
            with self._lock:
                token = self._fresh(stale=token)
            _authorize(request, token, replay=False)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self.atoken()
        _authorize(request, token, replay=True)
        response = yield request
        if response.status_code == 401:
            async with self._alock():
                token = await self._afresh(stale=token)
            _authorize(request, token, replay=False)
            yield request

    def token(self) -> Token:
        """A token valid for at least ``margin`` seconds (renewed first when needed)."""
        token = self._cached
        if self._pending is None and self._usable(token, None):
            assert token is not None
            return token
        with self._lock:
            return self._fresh(stale=None)

    async def atoken(self) -> Token:
        token = self._cached
        if self._pending is None and self._usable(token, None):
            assert token is not None
            return token
        async with self._alock():
            return await self._afresh(stale=None)

    def _alock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._alocks.get(loop)
        if lock is None:
            lock = self._alocks[loop] = asyncio.Lock()
        return lock

    def _fresh(self, stale: Token | None) -> Token:
        """With the in-process lock held: the cached token if usable, else the store's, else a renewed one."""
        self._flush()
        if self._usable(self._cached, stale):
            assert self._cached is not None
            return self._cached
        with self.store.transaction(self.key) as slot:
            current = slot.get()
            if self._usable(current, stale):  # another process (or auth) renewed it meanwhile
                assert current is not None
                self._cached = current
                return current
            new = self._renew(current)
            self._keep(slot, new, current)
            return new

    async def _afresh(self, stale: Token | None) -> Token:
        await asyncio.to_thread(self._flush)
        if self._usable(self._cached, stale):
            assert self._cached is not None
            return self._cached
        cm = self.store.transaction(self.key)
        slot = await _enter(cm)
        exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
        exc_info = (None, None, None)
        try:
            current = await asyncio.to_thread(slot.get)
            if self._usable(current, stale):  # another process (or auth) renewed it meanwhile
                assert current is not None
                self._cached = current
                return current
            new = await self._arenew(current)
            await asyncio.to_thread(self._keep, slot, new, current)
            return new
        except BaseException as exc:
            exc_info = (type(exc), exc, exc.__traceback__)
            raise
        finally:
            await asyncio.to_thread(cm.__exit__, *exc_info)

    def _keep(self, slot: TokenSlot, new: Token, old: Token | None) -> None:
        """Memory first, then the store: if the write fails, the new pair is kept and written on the next use.

        The store's failure (an ``Exception``) is raised as :class:`TokenStoreWriteError`; an
        interrupt (``KeyboardInterrupt``, a cancellation) goes on as it is.
        """
        self._cached = new
        try:
            slot.put(new)
        except BaseException as exc:
            self._pending = (new, old.refresh_token if old else None)
            logger.warning(
                "%s: the renewed token of %r could not be stored; kept in memory", type(self).__name__, self.key
            )
            if not isinstance(exc, Exception):
                raise
            failure = exc
        else:
            return
        raise self._write_error(failure, new, old.refresh_token if old else None) from failure

    def _write_error(self, exc: Exception, new: Token, replaced: str | None) -> TokenStoreWriteError:
        tokens = [new.access_token, new.refresh_token, replaced]
        return TokenStoreWriteError.of(type(self).__name__, self.key, exc, tokens)

    def _flush(self) -> None:
        """Write a renewed pair whose store write failed, unless the store moved on (a new authorization)."""
        if self._pending is None:
            return
        new, replaced = self._pending
        try:
            with self.store.transaction(self.key) as slot:
                current = slot.get()
                if current is None or current.refresh_token == replaced:
                    slot.put(new)
                    self._cached = new
                else:
                    self._cached = current
        except Exception as exc:  # still pending: the next call tries again
            failure = exc
        else:
            self._pending = None
            return
        raise self._write_error(failure, new, replaced) from failure


def _authorize(request: httpx.Request, token: Token, *, replay: bool) -> None:
    request.headers["Authorization"] = f"Bearer {token.access_token}"
    if replay:
        request.extensions[REPLAY_401] = True
    else:
        request.extensions.pop(REPLAY_401, None)


class OAuthToken(_RefreshingAuth):
    """The tokens of one install of an ``OAuthApp``, refreshed with the rotating refresh token."""

    def __init__(self, app: OAuthApp, key: str, *, margin: float = DEFAULT_MARGIN) -> None:
        super().__init__(app.store, key, margin)
        self.app = app

    def _renew(self, current: Token | None) -> Token:
        logger.debug("refreshing the token of %r", self.key)
        return self.app._refresh(self._stored(current))

    async def _arenew(self, current: Token | None) -> Token:
        logger.debug("refreshing the token of %r", self.key)
        return await self.app._arefresh(self._stored(current))

    def _stored(self, current: Token | None) -> Token:
        # A pending (unstored) pair is newer than the store's: never refresh with the used token.
        if current is None:
            raise ConfigurationError(f"no token stored under {self.key!r}: exchange an authorization code first")
        return current

    def for_location(self, location_id: str, *, company_id: str | None = None) -> LocationToken:
        """The ``httpx.Auth`` of a location, with tokens obtained from this agency (Company) token."""
        return LocationToken(self, location_id, company_id=company_id, margin=self.margin)


class LocationToken(_RefreshingAuth):
    """A location token obtained from an agency token (``/oauth/locationToken``), obtained again when it expires.

    Location tokens have no refresh token; they are kept in memory by default
    (``store=`` to share them).
    """

    def __init__(
        self,
        agency: OAuthToken,
        location_id: str,
        *,
        company_id: str | None = None,
        store: TokenStore | None = None,
        margin: float = DEFAULT_MARGIN,
    ) -> None:
        if store is not None and store is agency.store:
            # Renewing a location token may refresh the agency token inside the location's
            # transaction: one store would wait for itself (SQLite's lock is per file).
            raise ConfigurationError("a LocationToken needs a store of its own, not its agency's")
        super().__init__(store if store is not None else InMemoryTokenStore(), f"location-token:{location_id}", margin)
        self.agency = agency
        self.location_id = location_id
        self._company_id = company_id

    def _company(self, agency_token: Token) -> str:
        company = self._company_id or agency_token.company_id
        if not company:
            raise ConfigurationError("the agency token names no companyId: pass company_id=...")
        return company

    def _renew(self, current: Token | None) -> Token:
        app = self.agency.app
        company = self._company(self.agency.token())
        request = app._location_request(app._client(), company, self.location_id)
        sent_at = time.time()
        response = app._send(request, self.agency)
        return self._answer(response, sent_at, company)

    async def _arenew(self, current: Token | None) -> Token:
        app = self.agency.app
        company = self._company(await self.agency.atoken())
        request = app._location_request(app._aclient(), company, self.location_id)
        sent_at = time.time()
        response = await app._asend(request, self.agency)
        return self._answer(response, sent_at, company)

    def _answer(self, response: httpx.Response, sent_at: float, company: str) -> Token:
        return _token_from(response, sent_at, user_type="Location", company_id=company, location_id=self.location_id)


class StaticToken(httpx.Auth):
    """A fixed bearer token (a private integration's): what ``HighLevel(token)`` uses."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ConfigurationError("empty token")
        if any(c.isspace() for c in token):
            raise ConfigurationError("the token contains white space; pass the bare token, without 'Bearer '")
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"StaticToken({_REDACTED})"


# --------------------------------------------------------------------------- the client's side


def _redact_request(error: APIStatusError) -> None:
    """The error keeps a copy of its request without the bearer token (the OAuth tokens change; none may leak)."""
    request = error.response.request
    headers = [(k, _REDACTED if k.lower() == "authorization" else v) for k, v in request.headers.multi_items()]
    error.response.request = httpx.Request(request.method, request.url, headers=headers, content=request.content)


class SyncReplay401(httpx.BaseTransport):
    """Around the client's transport: a 401 the auth will answer by refreshing goes back to it, not raised."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return self._inner.handle_request(request)
        except AuthenticationError as exc:
            if request.extensions.get(REPLAY_401):
                return exc.response
            _redact_request(exc)
            raise
        except APIStatusError as exc:
            _redact_request(exc)
            raise

    def close(self) -> None:
        self._inner.close()


class AsyncReplay401(httpx.AsyncBaseTransport):
    """``SyncReplay401`` for async clients."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except AuthenticationError as exc:
            if request.extensions.get(REPLAY_401):
                return exc.response
            _redact_request(exc)
            raise
        except APIStatusError as exc:
            _redact_request(exc)
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()


__all__ = [
    "DEFAULT_AUTHORIZE_URL",
    "InMemoryTokenStore",
    "LocationToken",
    "OAuthApp",
    "OAuthToken",
    "RefreshTokenUsedError",
    "SQLiteTokenStore",
    "StaticToken",
    "Token",
    "TokenSlot",
    "TokenStore",
]
