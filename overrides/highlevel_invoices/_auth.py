"""Authentication: every kind of HighLevel token as an ``httpx.Auth`` (the flows, nothing else).

::

    StaticTokenAuth      a fixed token (private integration): what HighLevel(token) uses
    RefreshTokenAuth     OAuthApp.auth(key): the tokens of one install (a location or a company),
                         refreshed with its rotating refresh token
    LocationTokenAuth    agency.for_location(id): a location's tokens, obtained with an agency's auth

(``StaticToken``, ``OAuthToken`` and ``LocationToken``, their names before issue 26, are
aliases of the same classes.)

The tokens and their stores are in ``_tokens``; the OAuth endpoints (code exchange,
refresh, location tokens) in ``_oauth``, whose ``OAuthApp`` the refreshing auths call.

Refresh. A refreshing auth renews its token ``margin`` seconds (30 by default, like
the vendor's SDKs) before the access token expires, and once after a 401, then
replays the request: its flow marks the request (``RETURN_401``), the client's
transport hands that 401 back to the flow instead of raising it, and the replay is
sent without the mark. One renewal at a time per install: concurrent callers of one
process wait for its result (a thread lock for sync clients, an asyncio lock per
event loop for async ones), and processes sharing a store wait on the store's
transaction (``BEGIN IMMEDIATE`` for SQLite), re-read the token inside it and use the
one another process just stored instead of renewing again.

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

Secrets. No token shows in a ``repr`` or a log line.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Generator
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Protocol

import httpx

from ._constants import DEFAULT_MARGIN, REDACTED, RETURN_401
from ._errors import ConfigurationError, TokenStoreWriteError
from ._tokens import InMemoryTokenStore, Token, TokenSlot, TokenStore

__all__ = [
    "LocationToken",
    "LocationTokenAuth",
    "OAuthToken",
    "RefreshTokenAuth",
    "StaticToken",
    "StaticTokenAuth",
    "TokenEndpoint",
]

logger = logging.getLogger("highlevel_invoices.auth")


class StaticTokenAuth(httpx.Auth):
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
        return f"StaticTokenAuth({REDACTED})"


class TokenEndpoint(Protocol):
    """What a refreshing auth asks of its OAuth app (``OAuthApp`` is one): the store and two endpoints."""

    store: TokenStore

    def refresh(self, token: Token) -> Token: ...

    async def arefresh(self, token: Token) -> Token: ...

    def location_token(self, agency: httpx.Auth, *, company_id: str, location_id: str) -> Token: ...

    async def alocation_token(self, agency: httpx.Auth, *, company_id: str, location_id: str) -> Token: ...


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
    """Bearer auth whose token is renewed before it expires and once after a 401, one renewal at a time.

    The flow asks for the answer (``RETURN_401`` on the request): a 401 comes back to it
    rather than being raised by the client's transport, the token is renewed, and the
    request goes once more without the mark, so a second 401 is raised.
    """

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
        _authorize(request, token, answer_401=True)
        response = yield request
        if response.status_code == 401:
            with self._lock:
                token = self._fresh(stale=token)
            _authorize(request, token, answer_401=False)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self.atoken()
        _authorize(request, token, answer_401=True)
        response = yield request
        if response.status_code == 401:
            async with self._alock():
                token = await self._afresh(stale=token)
            _authorize(request, token, answer_401=False)
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


def _authorize(request: httpx.Request, token: Token, *, answer_401: bool) -> None:
    request.headers["Authorization"] = f"Bearer {token.access_token}"
    if answer_401:
        request.extensions[RETURN_401] = True
    else:
        request.extensions.pop(RETURN_401, None)


class RefreshTokenAuth(_RefreshingAuth):
    """The tokens of one install of an ``OAuthApp`` (``app.auth(key)``), refreshed with the rotating refresh token."""

    def __init__(self, app: TokenEndpoint, key: str, *, margin: float = DEFAULT_MARGIN) -> None:
        super().__init__(app.store, key, margin)
        self.app = app

    def _renew(self, current: Token | None) -> Token:
        logger.debug("refreshing the token of %r", self.key)
        return self.app.refresh(self._stored(current))

    async def _arenew(self, current: Token | None) -> Token:
        logger.debug("refreshing the token of %r", self.key)
        return await self.app.arefresh(self._stored(current))

    def _stored(self, current: Token | None) -> Token:
        # A pending (unstored) pair is newer than the store's: never refresh with the used token.
        if current is None:
            raise ConfigurationError(f"no token stored under {self.key!r}: exchange an authorization code first")
        return current

    def for_location(self, location_id: str, *, company_id: str | None = None) -> LocationTokenAuth:
        """The ``httpx.Auth`` of a location, with tokens obtained from this agency (Company) token."""
        return LocationTokenAuth(self, location_id, company_id=company_id, margin=self.margin)


class LocationTokenAuth(_RefreshingAuth):
    """A location's tokens obtained with an agency's auth (``/oauth/locationToken``), obtained again when they expire.

    Location tokens have no refresh token; they are kept in memory by default
    (``store=`` to share them).
    """

    def __init__(
        self,
        agency: RefreshTokenAuth,
        location_id: str,
        *,
        company_id: str | None = None,
        store: TokenStore | None = None,
        margin: float = DEFAULT_MARGIN,
    ) -> None:
        if store is not None and store is agency.store:
            # Renewing a location token may refresh the agency token inside the location's
            # transaction: one store would wait for itself (SQLite's lock is per file).
            raise ConfigurationError("a LocationTokenAuth needs a store of its own, not its agency's")
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
        company = self._company(self.agency.token())
        return self.agency.app.location_token(self.agency, company_id=company, location_id=self.location_id)

    async def _arenew(self, current: Token | None) -> Token:
        company = self._company(await self.agency.atoken())
        return await self.agency.app.alocation_token(self.agency, company_id=company, location_id=self.location_id)


# The names these auths had before issue 26, kept importable: the same classes, not subclasses.
OAuthToken = RefreshTokenAuth
LocationToken = LocationTokenAuth
StaticToken = StaticTokenAuth
