"""OAuth in the client: code exchange, refresh before expiry and after a 401, single-flight, rotation, stores."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import pickle
import re
import sqlite3
import threading
import time
from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from highlevel_invoices import (
    AsyncHighLevel,
    AuthenticationError,
    AuthorizationURL,
    ConfigurationError,
    HighLevel,
    HighLevelError,
    InMemoryTokenStore,
    OAuthApp,
    OAuthStateError,
    PermissionDeniedError,
    RefreshTokenUsedError,
    SQLiteTokenStore,
    StaticTokenAuth,
    Token,
    TokenSlot,
    TokenStore,
    TokenStoreWriteError,
    models,
)
from highlevel_invoices._constants import RETURN_401
from highlevel_invoices._tokens import store_token

from . import helpers
from .helpers import INVOICE_ID, TOKEN
from .oauth_fakes import CLIENT_ID, CLIENT_SECRET, COMPANY, LOCATION, OTHER_LOCATION, FakeHighLevel

BASE = "https://services.example"


def app_for(fake: FakeHighLevel, store: TokenStore | None = None, margin: float = 30.0) -> OAuthApp:
    return OAuthApp(
        CLIENT_ID,
        CLIENT_SECRET,
        store=store,
        base_url=BASE,
        margin=margin,
        transport=fake.transport(),
        async_transport=fake.async_transport(),
    )


def installed(fake: FakeHighLevel, store: TokenStore | None = None, margin: float = 30.0) -> tuple[OAuthApp, Token]:
    app = app_for(fake, store, margin)
    return app, app.exchange_code(fake.new_code())


def expire(app: OAuthApp, key: str) -> None:
    """Make the stored access token look expired to the client (the server still knows it)."""
    token = app.store.get(key)
    assert token is not None
    store_token(app.store, key, Token(**{**token.__dict__, "expires_at": time.time() - 1}))


def sync_client(fake: FakeHighLevel, auth: httpx.Auth) -> HighLevel:
    return HighLevel(auth=auth, base_url=BASE, transport=fake.transport(), rate_limit=None, strict=True)


def async_client(fake: FakeHighLevel, auth: httpx.Auth) -> AsyncHighLevel:
    return AsyncHighLevel(auth=auth, base_url=BASE, transport=fake.async_transport(), rate_limit=None, strict=True)


def get(hl: HighLevel) -> models.InvoiceWithSummary:
    return hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)


async def aget(hl: AsyncHighLevel) -> models.InvoiceWithSummary:
    return await hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)


# ----------------------------------------------------------------- authorize URL and code exchange


def test_authorize_url_carries_what_the_marketplace_page_needs() -> None:
    app = OAuthApp(CLIENT_ID, CLIENT_SECRET)
    url = app.authorize_url("https://myapp.example/callback", ["invoices.readonly", "invoices.write"], state="s1")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://marketplace.gohighlevel.com/oauth/chooselocation"
    assert parse_qs(parts.query) == {
        "response_type": ["code"],
        "redirect_uri": ["https://myapp.example/callback"],
        "client_id": [CLIENT_ID],
        "scope": ["invoices.readonly invoices.write"],
        "state": ["s1"],
    }
    assert CLIENT_SECRET not in url


def test_authorize_url_generates_an_unguessable_state_and_returns_it() -> None:
    """Issue 23 item 7: without ``state=``, the URL carried none and nothing was returned to check the callback."""
    app = OAuthApp(CLIENT_ID, CLIENT_SECRET)
    urls = [app.authorize_url("https://myapp.example/callback", ["invoices.readonly"]) for _ in range(20)]
    states = [url.state for url in urls]
    assert len(set(states)) == 20
    for url, state in zip(urls, states, strict=True):
        assert isinstance(url, str) and type(url.url) is str and url.url == url  # a str, as before
        assert parse_qs(urlsplit(url).query)["state"] == [state]
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", state)  # secrets.token_urlsafe(32): 256 bits
    given = app.authorize_url("https://myapp.example/callback", ["invoices.readonly"], state="s1")
    assert given.state == "s1" and parse_qs(urlsplit(given).query)["state"] == ["s1"]
    with pytest.raises(ConfigurationError, match="state must not be empty"):
        app.authorize_url("https://myapp.example/callback", ["invoices.readonly"], state="")


def test_the_authorize_urls_repr_hides_its_state_and_it_pickles() -> None:
    url = OAuthApp(CLIENT_ID, CLIENT_SECRET).authorize_url("https://myapp.example/callback", ["invoices.readonly"])
    assert url.state not in repr(url) and "state=[redacted]" in repr(url)
    assert repr(url).startswith("AuthorizationURL('https://marketplace.gohighlevel.com/oauth/chooselocation?")
    copy = pickle.loads(pickle.dumps(url))
    assert (copy, copy.state, type(copy)) == (url, url.state, AuthorizationURL)


def test_check_state_accepts_the_state_sent_and_refuses_anything_else() -> None:
    app = OAuthApp(CLIENT_ID, CLIENT_SECRET)
    sent = app.authorize_url("https://myapp.example/callback", ["invoices.readonly"]).state
    app.check_state(sent, sent)
    OAuthApp.check_state("état-é", "état-é")  # not only ASCII
    cases = [
        (sent, sent[:-1] + ("A" if sent[-1] != "A" else "B"), "mismatch"),
        (sent, sent + "x", "mismatch"),
        (sent, "\udcff", "mismatch"),  # a lone surrogate from a lenient query decoder: refused, not UnicodeError
        (sent, None, "missing"),
        (sent, "", "missing"),
        (None, sent, "not_sent"),
        ("", sent, "not_sent"),
        (None, None, "not_sent"),
    ]
    for expected, received, reason in cases:
        with pytest.raises(OAuthStateError) as info:
            app.check_state(expected, received)
        assert info.value.reason == reason
        assert isinstance(info.value, HighLevelError)
        shown = f"{info.value} {info.value!r} {vars(info.value)}"
        assert sent not in shown and (not received or received not in shown)
        assert "RFC 6749 section 10.12" in str(info.value)


def test_check_state_compares_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def compare_digest(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", compare_digest)  # what check_state calls
    OAuthApp.check_state("s-1", "s-1")
    with pytest.raises(OAuthStateError):
        OAuthApp.check_state("s-1", "s-2")
    assert compared == [(b"s-1", b"s-1"), (b"s-1", b"s-2")]


def test_exchange_code_stores_the_tokens_under_the_location() -> None:
    fake = FakeHighLevel()
    app, token = installed(fake)
    assert (token.key, token.user_type, token.company_id) == (LOCATION, "Location", COMPANY)
    assert app.store.get(LOCATION) == token
    assert token.expires_at == pytest.approx(time.time() + 3600, abs=5)


async def test_async_exchange_code() -> None:
    fake = FakeHighLevel()
    app = app_for(fake)
    token = await app.aexchange_code(fake.new_code())
    assert app.store.get(LOCATION) == token


def test_a_code_is_single_use() -> None:
    fake = FakeHighLevel()
    app = app_for(fake)
    code = fake.new_code()
    app.exchange_code(code)
    with pytest.raises(AuthenticationError) as info:
        app.exchange_code(code)
    assert type(info.value) is AuthenticationError
    assert info.value.messages == ["Invalid grant: the authorization code is invalid or used"]


# ----------------------------------------------------------------- static tokens keep working


def test_static_token_is_sent_as_before() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY)

    hl = HighLevel(TOKEN, transport=httpx.MockTransport(handler), rate_limit=None)
    get(hl)
    assert seen == [f"Bearer {TOKEN}"]
    assert repr(StaticTokenAuth(TOKEN)) == "StaticTokenAuth([redacted])"


def test_token_and_auth_together_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as info:
        HighLevel(TOKEN, auth=StaticTokenAuth(TOKEN))
    assert str(info.value) == "pass token=... or auth=..., not both"


# ----------------------------------------------------------------- refresh before expiry, after a 401


def test_refresh_before_expiry_then_calls_go_on_sync() -> None:
    fake = FakeHighLevel()
    app, token = installed(fake)
    hl = sync_client(fake, app.auth(LOCATION))
    get(hl)
    assert fake.refreshes == 0
    expire(app, LOCATION)
    hl2 = sync_client(fake, app.auth(LOCATION))
    get(hl2)
    get(hl2)
    assert fake.refreshes == 1
    stored = app.store.get(LOCATION)
    assert stored is not None and stored.refresh_token != token.refresh_token
    assert fake.api_calls == 3


def test_the_margin_decides_when_a_token_is_expiring() -> None:
    fake = FakeHighLevel(expires_in=20)
    app, _ = installed(fake, margin=30.0)  # 20 s left < 30 s margin: refresh first
    get(sync_client(fake, app.auth(LOCATION)))
    assert fake.refreshes == 1
    fake2 = FakeHighLevel(expires_in=20)
    app2, _ = installed(fake2, margin=10.0)  # 20 s left > 10 s margin: no refresh
    get(sync_client(fake2, app2.auth(LOCATION)))
    assert fake2.refreshes == 0


def test_a_401_refreshes_once_and_replays_sync() -> None:
    fake = FakeHighLevel()
    app, _ = installed(fake)
    hl = sync_client(fake, app.auth(LOCATION))
    get(hl)
    fake.expire_access_tokens()  # the server drops the token before the client expected it
    get(hl)
    assert (fake.refreshes, fake.api_calls) == (1, 2)


async def test_a_401_refreshes_once_and_replays_async() -> None:
    fake = FakeHighLevel()
    app, _ = installed(fake)
    hl = async_client(fake, app.auth(LOCATION))
    await aget(hl)
    fake.expire_access_tokens()
    await aget(hl)
    assert (fake.refreshes, fake.api_calls) == (1, 2)


def test_the_transport_hands_a_401_back_only_to_an_auth_flow_that_asked_for_it() -> None:
    """The replay is the auth flow's decision: a marked request's 401 comes back to it; anything else is raised."""
    statuses = iter([401, 401, 403])
    seen: list[int] = []

    class Asking(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            request.extensions[RETURN_401] = True
            response = yield request
            seen.append(response.status_code)
            request.extensions.pop(RETURN_401)
            yield request

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(statuses), json={"statusCode": 401, "message": "Invalid JWT"})

    hl = HighLevel(auth=Asking(), base_url=BASE, transport=httpx.MockTransport(answer), rate_limit=None)
    with pytest.raises(AuthenticationError):  # the first 401 went back to the flow, the unmarked second is raised
        get(hl)
    assert seen == [401]
    with pytest.raises(PermissionDeniedError):  # a marked request's 403 is raised, never handed back
        get(hl)
    assert seen == [401]


def test_a_second_401_after_the_refresh_is_raised() -> None:
    fake = FakeHighLevel()
    app, _ = installed(fake)
    calls: list[str] = []

    def always_401(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.startswith("/oauth/"):
            return fake.answer(request)
        return httpx.Response(401, json={"statusCode": 401, "message": "Invalid JWT"})

    hl = HighLevel(auth=app.auth(LOCATION), base_url=BASE, transport=httpx.MockTransport(always_401), rate_limit=None)
    with pytest.raises(AuthenticationError) as info:
        get(hl)
    assert info.value.messages == ["Invalid JWT"]
    assert fake.refreshes == 1
    assert [c for c in calls if not c.startswith("/oauth/")] == [f"/invoices/{INVOICE_ID}"] * 2


# ----------------------------------------------------------------- single-flight


async def test_50_concurrent_async_calls_across_one_expiry_refresh_once() -> None:
    fake = FakeHighLevel(delay=0.05)
    app, _ = installed(fake)
    expire(app, LOCATION)
    hl = async_client(fake, app.auth(LOCATION))
    invoices = await asyncio.gather(*(aget(hl) for _ in range(50)))
    assert (len(invoices), fake.refreshes, fake.refused_refreshes, fake.api_calls) == (50, 1, 0, 50)


async def test_50_concurrent_async_calls_hitting_one_401_refresh_once() -> None:
    fake = FakeHighLevel(delay=0.05)
    app, _ = installed(fake)
    hl = async_client(fake, app.auth(LOCATION))
    await aget(hl)
    fake.expire_access_tokens()
    await asyncio.gather(*(aget(hl) for _ in range(50)))
    assert (fake.refreshes, fake.refused_refreshes, fake.api_calls) == (1, 0, 51)


def test_50_concurrent_sync_calls_across_one_expiry_refresh_once() -> None:
    fake = FakeHighLevel(delay=0.05)
    app, _ = installed(fake)
    expire(app, LOCATION)
    hl = sync_client(fake, app.auth(LOCATION))
    with ThreadPoolExecutor(max_workers=50) as pool:
        invoices = list(pool.map(lambda _: get(hl), range(50)))
    assert (len(invoices), fake.refreshes, fake.refused_refreshes, fake.api_calls) == (50, 1, 0, 50)


def test_two_auths_of_one_install_sharing_a_store_refresh_once() -> None:
    fake = FakeHighLevel(delay=0.05)
    app, _ = installed(fake)
    expire(app, LOCATION)
    clients = [sync_client(fake, app.auth(LOCATION)) for _ in range(2)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(lambda i: get(clients[i % 2]), range(20)))
    assert (fake.refreshes, fake.refused_refreshes) == (1, 0)


# ----------------------------------------------------------------- a reused refresh token


def test_a_reused_refresh_token_is_reported_as_already_used() -> None:
    fake = FakeHighLevel()
    app, token = installed(fake)
    expire(app, LOCATION)
    get(sync_client(fake, app.auth(LOCATION)))  # rotates: the stored refresh token is now the new one
    store_token(app.store, LOCATION, Token(**{**token.__dict__, "expires_at": 0.0}))  # an old copy comes back
    with pytest.raises(RefreshTokenUsedError) as info:
        get(sync_client(fake, app.auth(LOCATION)))
    assert isinstance(info.value, AuthenticationError)
    assert info.value.status_code == 401
    assert "the refresh token was already used" in str(info.value)
    assert fake.refused_refreshes == 1


async def test_a_reused_refresh_token_is_reported_as_already_used_async() -> None:
    fake = FakeHighLevel()
    app, token = installed(fake)
    expire(app, LOCATION)
    await aget(async_client(fake, app.auth(LOCATION)))
    store_token(app.store, LOCATION, Token(**{**token.__dict__, "expires_at": 0.0}))
    with pytest.raises(RefreshTokenUsedError, match="the refresh token was already used"):
        await aget(async_client(fake, app.auth(LOCATION)))


def test_wrong_client_credentials_are_not_reported_as_a_used_refresh_token() -> None:
    fake = FakeHighLevel()
    app, _ = installed(fake)
    expire(app, LOCATION)
    wrong = OAuthApp(CLIENT_ID, "sec-WRONG", store=app.store, base_url=BASE, transport=fake.transport())
    with pytest.raises(AuthenticationError) as info:
        get(sync_client(fake, wrong.auth(LOCATION)))
    assert type(info.value) is AuthenticationError
    assert info.value.messages == ["Invalid client credentials"]


def test_no_stored_token_is_a_configuration_error() -> None:
    fake = FakeHighLevel()
    app = app_for(fake)
    with pytest.raises(ConfigurationError, match="no token stored under 'nowhere'"):
        get(sync_client(fake, app.auth("nowhere")))


# ----------------------------------------------------------------- a crash between the answer and the store write


class Crash(BaseException):
    """Stands for the process going down (not an Exception: nothing may swallow it)."""


class CrashingStore:
    """A store whose next ``put`` dies after the server answered and before the write."""

    def __init__(self, inner: TokenStore) -> None:
        self.inner = inner
        self.crash_next_put = False

    def get(self, key: str) -> Token | None:
        return self.inner.get(key)

    @contextmanager
    def transaction(self, key: str) -> Iterator[TokenSlot]:
        with self.inner.transaction(key) as slot:
            yield _CrashingSlot(self, slot)


class _CrashingSlot:
    def __init__(self, store: CrashingStore, slot: TokenSlot) -> None:
        self.store, self.slot = store, slot

    def get(self) -> Token | None:
        return self.slot.get()

    def put(self, token: Token) -> None:
        if self.store.crash_next_put:
            self.store.crash_next_put = False
            raise Crash
        self.slot.put(token)


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_a_crash_between_the_refresh_answer_and_the_store_write_loses_nothing(backend: str, tmp_path: Path) -> None:
    fake = FakeHighLevel()
    inner: TokenStore = InMemoryTokenStore() if backend == "memory" else SQLiteTokenStore(tmp_path / "t.db")
    store = CrashingStore(inner)
    app, token = installed(fake, store)
    expire(app, LOCATION)
    auth = app.auth(LOCATION)
    hl = sync_client(fake, auth)
    store.crash_next_put = True
    with pytest.raises(Crash):
        get(hl)
    assert fake.refreshes == 1  # the server rotated: the stored refresh token is now dead
    stored = inner.get(LOCATION)
    assert stored is not None and stored.refresh_token == token.refresh_token  # the old pair, whole
    get(hl)  # the new pair is written first, then used: no second refresh, no refusal
    stored = inner.get(LOCATION)
    assert stored is not None and stored.refresh_token not in (None, token.refresh_token)
    assert (fake.refreshes, fake.refused_refreshes, fake.api_calls) == (1, 0, 1)
    expire(app, LOCATION)
    get(sync_client(fake, app.auth(LOCATION)))  # a fresh auth (a new process) refreshes with the stored one
    assert (fake.refreshes, fake.refused_refreshes) == (2, 0)


async def test_a_crash_between_the_refresh_answer_and_the_store_write_loses_nothing_async() -> None:
    fake = FakeHighLevel()
    store = CrashingStore(InMemoryTokenStore())
    app, token = installed(fake, store)
    expire(app, LOCATION)
    hl = async_client(fake, app.auth(LOCATION))
    store.crash_next_put = True
    with pytest.raises(Crash):
        await aget(hl)
    await aget(hl)
    stored = store.get(LOCATION)
    assert stored is not None and stored.refresh_token != token.refresh_token
    assert (fake.refreshes, fake.refused_refreshes, fake.api_calls) == (1, 0, 1)


# ----------------------------------------------------------------- a store write that fails (issue 23 item 8)


class FailingStore:
    """A store whose ``put`` fails, as a full disk makes it fail, while ``failing`` is set."""

    def __init__(self, inner: TokenStore) -> None:
        self.inner = inner
        self.failing = False

    def get(self, key: str) -> Token | None:
        return self.inner.get(key)

    @contextmanager
    def transaction(self, key: str) -> Iterator[TokenSlot]:
        with self.inner.transaction(key) as slot:
            yield _FailingSlot(self, slot)


class _FailingSlot:
    def __init__(self, store: FailingStore, slot: TokenSlot) -> None:
        self.store, self.slot = store, slot

    def get(self) -> Token | None:
        return self.slot.get()

    def put(self, token: Token) -> None:
        if self.store.failing:
            raise OSError(errno.ENOSPC, f"No space left on device while writing {token.refresh_token}")
        self.slot.put(token)


class DiskFull:
    """Makes a SQLite token file refuse updates, from inside SQLite (a trigger), until ``failing`` is cleared."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def failing(self) -> bool:
        with contextlib.closing(sqlite3.connect(self.path)) as db:
            return bool(db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'full'").fetchone()[0])

    @failing.setter
    def failing(self, on: bool) -> None:
        with contextlib.closing(sqlite3.connect(self.path, isolation_level=None)) as db:
            db.execute("DROP TRIGGER IF EXISTS full")
            if on:
                db.execute(
                    "CREATE TRIGGER full BEFORE UPDATE ON highlevel_tokens "
                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
                )


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_a_store_write_that_fails_during_a_refresh_raises_token_store_write_error(backend: str, tmp_path: Path) -> None:
    fake = FakeHighLevel()
    store: TokenStore
    switch: FailingStore | DiskFull
    if backend == "memory":
        store = switch = FailingStore(InMemoryTokenStore())
    else:
        store, switch = SQLiteTokenStore(tmp_path / "tokens.db"), DiskFull(tmp_path / "tokens.db")
    app, token = installed(fake, store)
    expire(app, LOCATION)
    hl = sync_client(fake, app.auth(LOCATION))
    switch.failing = True
    with pytest.raises(TokenStoreWriteError) as info:
        get(hl)
    error = info.value
    cause = OSError if backend == "memory" else sqlite3.DatabaseError
    assert isinstance(error, HighLevelError) and isinstance(error.__cause__, cause)
    said = "No space left on device" if backend == "memory" else "database or disk is full"
    assert str(error).startswith(
        f"RefreshTokenAuth: the renewed token of {LOCATION!r} could not be written to the token store ("
    )
    assert said in str(error) and "kept in memory" in str(error) and error.key == LOCATION
    shown = f"{error} {error!r} {vars(error)}"
    assert not [secret for secret in fake.secrets if secret in shown]
    assert fake.refreshes == 1
    with pytest.raises(TokenStoreWriteError):  # still failing: the kept pair is not written, nor refreshed again
        get(hl)
    switch.failing = False
    get(hl)  # the kept pair is written, then used
    assert (fake.refreshes, fake.refused_refreshes, fake.api_calls) == (1, 0, 1)
    stored = store.get(LOCATION)
    assert stored is not None and stored.refresh_token not in (None, token.refresh_token)


async def test_a_store_write_that_fails_during_a_refresh_raises_token_store_write_error_async() -> None:
    fake = FakeHighLevel()
    store = FailingStore(InMemoryTokenStore())
    app, token = installed(fake, store)
    expire(app, LOCATION)
    hl = async_client(fake, app.auth(LOCATION))
    store.failing = True
    with pytest.raises(TokenStoreWriteError) as info:
        await aget(hl)
    assert isinstance(info.value.__cause__, OSError)
    store.failing = False
    await aget(hl)
    stored = store.get(LOCATION)
    assert stored is not None and stored.refresh_token != token.refresh_token
    assert (fake.refreshes, fake.refused_refreshes, fake.api_calls) == (1, 0, 1)


# ----------------------------------------------------------------- SQLite store


def test_sqlite_store_round_trips_a_token_and_is_private(tmp_path: Path) -> None:
    store = SQLiteTokenStore(tmp_path / "tokens.db")
    token = Token("sec-A", time.time() + 60, "sec-R", "Company", COMPANY, None, "u", "s", None, (LOCATION,))
    store_token(store, COMPANY, token)
    assert SQLiteTokenStore(tmp_path / "tokens.db").get(COMPANY) == token
    assert (tmp_path / "tokens.db").stat().st_mode & 0o077 == 0


def test_sqlite_transaction_is_exclusive_and_rolls_back_unfinished_writes(tmp_path: Path) -> None:
    store = SQLiteTokenStore(tmp_path / "tokens.db", timeout=0.2)
    token = Token("sec-A", 1.0, "sec-R")
    store_token(store, "k", token)
    other = SQLiteTokenStore(tmp_path / "tokens.db", timeout=0.2)
    with store.transaction("k"), pytest.raises(sqlite3.OperationalError, match="locked"), other.transaction("k"):
        pass
    with pytest.raises(RuntimeError), store.transaction("k") as slot:
        assert slot.get() == token
        raise RuntimeError
    assert store.get("k") == token


# ----------------------------------------------------------------- location tokens from an agency token


def test_agency_token_gives_location_tokens_refreshed_on_expiry() -> None:
    fake = FakeHighLevel()
    app = app_for(fake)
    agency_token = app.exchange_code(fake.new_code("Company"), user_type="Company")
    assert (agency_token.key, agency_token.approved_locations) == (COMPANY, (LOCATION, OTHER_LOCATION))
    agency = app.auth(COMPANY)
    location = agency.for_location(LOCATION)
    hl = sync_client(fake, location)
    get(hl)
    get(hl)
    assert fake.location_tokens == 1
    fake.expire_access_tokens()  # the location token and the agency token both stop working
    get(hl)
    assert (fake.location_tokens, fake.refreshes) == (2, 1)
    listed = app.installed_locations(agency, company_id=COMPANY, app_id="app")
    assert [loc["_id"] for loc in listed["locations"]] == [LOCATION]


async def test_agency_token_gives_location_tokens_async() -> None:
    fake = FakeHighLevel(delay=0.02)
    app = app_for(fake)
    await app.aexchange_code(fake.new_code("Company"), user_type="Company")
    location = app.auth(COMPANY).for_location(LOCATION)
    hl = async_client(fake, location)
    await asyncio.gather(*(aget(hl) for _ in range(20)))
    assert fake.location_tokens == 1
    listed = await app.ainstalled_locations(app.auth(COMPANY), company_id=COMPANY, app_id="app")
    assert listed["count"] == 1


def test_a_location_token_cannot_share_the_agency_store() -> None:
    app = OAuthApp(CLIENT_ID, CLIENT_SECRET)
    from highlevel_invoices import LocationTokenAuth

    with pytest.raises(ConfigurationError, match="a store of its own"):
        LocationTokenAuth(app.auth(COMPANY), LOCATION, store=app.store)


# ----------------------------------------------------------------- several processes, one SQLite file


def _worker(db: str, base_url: str, rounds: int, out: str) -> None:  # runs in a child process
    app = OAuthApp(CLIENT_ID, CLIENT_SECRET, store=SQLiteTokenStore(db), base_url=base_url, margin=0.0)
    auth = app.auth(LOCATION)
    seen: set[str] = set()
    deadline = time.time() + rounds
    with ThreadPoolExecutor(max_workers=3) as pool:
        while time.time() < deadline:
            seen.update(t.access_token for t in pool.map(lambda _: auth.token(), range(3)))
            time.sleep(0.05)
    Path(out).write_text(str(len(seen)))


@contextmanager
def token_server(fake: FakeHighLevel) -> Iterator[str]:
    """The fake's token endpoint on a loopback socket, for other processes."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            request = httpx.Request("POST", f"http://x{self.path}", headers=dict(self.headers), content=body)
            response = fake.handler(request)
            self.send_response(response.status_code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(response.content)))
            self.end_headers()
            self.wfile.write(response.content)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_several_processes_sharing_one_sqlite_file_never_reuse_a_refresh_token(tmp_path: Path) -> None:
    import multiprocessing

    fake = FakeHighLevel(expires_in=1.0, delay=0.05)  # a token lives 1 s: several refreshes per run
    db = str(tmp_path / "tokens.db")
    with token_server(fake) as base_url:
        app = OAuthApp(CLIENT_ID, CLIENT_SECRET, store=SQLiteTokenStore(db), base_url=base_url)
        app.exchange_code(fake.new_code())
        context = multiprocessing.get_context("spawn")
        outs = [str(tmp_path / f"out{i}") for i in range(4)]
        workers = [context.Process(target=_worker, args=(db, base_url, 3, out)) for out in outs]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]
    assert fake.refused_refreshes == 0
    assert 2 <= fake.refreshes <= 6  # about one per second of the run, however many processes ask
    assert all(int(Path(out).read_text()) >= 2 for out in outs)


# ----------------------------------------------------------------- misc


def test_store_protocol_is_satisfied_by_both_stores(tmp_path: Path) -> None:
    stores: list[TokenStore] = [InMemoryTokenStore(), SQLiteTokenStore(tmp_path / "x.db")]
    for store in stores:
        cm: AbstractContextManager[TokenSlot] = store.transaction("k")
        with cm as slot:
            assert slot.get() is None
            slot.put(Token("sec-A", 5.0))
        assert store.get("k") == Token("sec-A", 5.0)
