"""OAuth end to end against the sandbox: code -> tokens -> calls -> expiry -> refresh -> calls, sync and async.

In-process (the sandbox's ASGI app, no socket) with access tokens living 2 s, and
once against ``make serve OAUTH_CLIENTS=... TOKEN_TTL=2s`` in a subprocess. The
refreshes are counted at the sandbox (``sandbox.oauth.stats``, ``GET /__sandbox/oauth``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from highlevel_conformance.servers import running
from highlevel_invoices import (
    AsyncHighLevel,
    HighLevel,
    InMemoryTokenStore,
    OAuthApp,
    OAuthStateError,
    RefreshTokenUsedError,
    Token,
    TokenStore,
    models,
)
from highlevel_invoices._tokens import store_token
from highlevel_sandbox import LOCATION_A, LOCATION_B, OAuthConfig, Sandbox, SandboxConfig, SyncASGITransport

from .test_auth import Crash, CrashingStore

APP_ID, SECRET = "e2e-app", "sec-E2E-APP-SECRET"
BASE = "http://sandbox.invalid"
CALLBACK = "https://myapp.example/oauth/callback"
SCOPES = ["invoices.readonly", "invoices.write"]
TTL = 2.0
ROOT = Path(__file__).resolve().parents[2]


def new_sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(rate_limit=None, oauth=OAuthConfig(clients={APP_ID: SECRET}, token_ttl=TTL)))


def oauth_app(base_url: str, sandbox: Sandbox | None = None, store: TokenStore | None = None) -> OAuthApp:
    transports = {}
    if sandbox is not None:
        transports = {"transport": SyncASGITransport(sandbox.app), "async_transport": httpx.ASGITransport(sandbox.app)}
    return OAuthApp(
        APP_ID,
        SECRET,
        store=store,
        base_url=base_url,
        authorize_url=f"{base_url}/oauth/chooselocation",
        margin=0.0,  # the tokens live 2 s: refresh when they expire, not 30 s before
        **transports,  # type: ignore[arg-type]
    )


def user_approves(app: OAuthApp, http: httpx.Client, **extra: str) -> str:
    """What the user's browser does: open the authorize URL, follow it to the callback; the code."""
    url: str = app.authorize_url(CALLBACK, SCOPES, state="csrf-1")
    if extra:
        url += "&" + "&".join(f"{k}={v}" for k, v in extra.items())
    answer = http.get(url)
    assert answer.status_code == 302
    callback = urlsplit(answer.headers["location"])
    assert f"{callback.scheme}://{callback.netloc}{callback.path}" == CALLBACK
    query = parse_qs(callback.query)
    assert query["state"] == ["csrf-1"]
    return query["code"][0]


def listing(hl: HighLevel, location: str = LOCATION_A) -> int:
    page = hl.list_invoices(alt_id=location, alt_type=models.AltType.LOCATION, limit="10", offset="0")
    return int(page.total)


async def alisting(hl: AsyncHighLevel, location: str = LOCATION_A) -> int:
    page = await hl.list_invoices(alt_id=location, alt_type=models.AltType.LOCATION, limit="10", offset="0")
    return int(page.total)


def sync_client(app: OAuthApp, sandbox: Sandbox, key: str = LOCATION_A) -> HighLevel:
    transport = SyncASGITransport(sandbox.app)
    return HighLevel(auth=app.auth(key), base_url=BASE, transport=transport, rate_limit=None, strict=True)


def async_client(app: OAuthApp, sandbox: Sandbox, key: str = LOCATION_A) -> AsyncHighLevel:
    transport = httpx.ASGITransport(sandbox.app)
    return AsyncHighLevel(auth=app.auth(key), base_url=BASE, transport=transport, rate_limit=None, strict=True)


@pytest.fixture
def sandbox() -> Sandbox:
    return new_sandbox()


@pytest.fixture
def browser(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url=BASE) as client:
        yield client


# ----------------------------------------------------------------- in-process


def test_the_generated_state_round_trips_through_the_sandbox_and_a_forged_callback_is_refused(
    sandbox: Sandbox, browser: httpx.Client
) -> None:
    """Issue 23 item 7: the state of the URL sent is checked in the callback (RFC 6749 section 10.12)."""
    app = oauth_app(BASE, sandbox)
    mine = app.authorize_url(CALLBACK, SCOPES)  # the state is generated
    session = {"oauth_state": mine.state}
    callback = parse_qs(urlsplit(browser.get(mine).headers["location"]).query)
    app.check_state(session["oauth_state"], callback["state"][0])
    # An attacker authorizes on their own account and sends the user their callback link.
    theirs = app.authorize_url(CALLBACK, SCOPES)
    forged = parse_qs(urlsplit(browser.get(theirs).headers["location"]).query)
    with pytest.raises(OAuthStateError) as info:
        app.check_state(session["oauth_state"], forged["state"][0])
    assert info.value.reason == "mismatch" and forged["code"][0] not in str(info.value)
    with pytest.raises(OAuthStateError):
        app.check_state(session["oauth_state"], None)  # a callback without state
    assert app.exchange_code(callback["code"][0], redirect_uri=CALLBACK).key == LOCATION_A


def test_code_tokens_calls_expiry_refresh_calls_sync(sandbox: Sandbox, browser: httpx.Client) -> None:
    app = oauth_app(BASE, sandbox)
    token = app.exchange_code(user_approves(app, browser), redirect_uri=CALLBACK)
    assert token.key == LOCATION_A
    hl = sync_client(app, sandbox)
    assert listing(hl) == 0
    time.sleep(TTL + 0.1)  # the access token expires
    assert listing(hl) == 0
    assert listing(hl) == 0
    assert (sandbox.oauth.stats.refreshes, sandbox.oauth.stats.expired_calls) == (1, 0)
    # The sandbox ends the token early (its clock jumps): 401 Invalid JWT -> refresh -> replay.
    sandbox.oauth.clock = lambda: time.monotonic() + 100
    assert listing(hl) == 0
    assert (sandbox.oauth.stats.refreshes, sandbox.oauth.stats.expired_calls) == (2, 1)


async def test_code_tokens_calls_expiry_refresh_calls_async(sandbox: Sandbox, browser: httpx.Client) -> None:
    app = oauth_app(BASE, sandbox)
    await app.aexchange_code(user_approves(app, browser), redirect_uri=CALLBACK)
    hl = async_client(app, sandbox)
    assert await alisting(hl) == 0
    await asyncio.sleep(TTL + 0.1)
    assert await alisting(hl) == 0
    assert sandbox.oauth.stats.refreshes == 1
    sandbox.oauth.clock = lambda: time.monotonic() + 100
    assert await alisting(hl) == 0
    assert (sandbox.oauth.stats.refreshes, sandbox.oauth.stats.expired_calls) == (2, 1)


async def test_50_concurrent_async_calls_across_one_expiry_refresh_once(
    sandbox: Sandbox, browser: httpx.Client
) -> None:
    app = oauth_app(BASE, sandbox)
    await app.aexchange_code(user_approves(app, browser), redirect_uri=CALLBACK)
    hl = async_client(app, sandbox)
    assert await alisting(hl) == 0
    await asyncio.sleep(TTL + 0.1)
    totals = await asyncio.gather(*(alisting(hl) for _ in range(50)))
    assert (totals, sandbox.oauth.stats.refreshes, sandbox.oauth.stats.refused_refreshes) == ([0] * 50, 1, 0)


def test_a_reused_refresh_token_is_refused_and_reported_as_such(sandbox: Sandbox, browser: httpx.Client) -> None:
    app = oauth_app(BASE, sandbox)
    first = app.exchange_code(user_approves(app, browser), redirect_uri=CALLBACK)
    time.sleep(TTL + 0.1)
    assert listing(sync_client(app, sandbox)) == 0  # refreshed: the first refresh token is used
    store_token(app.store, LOCATION_A, first)  # an old copy of the pair comes back (a restored backup, ...)
    time.sleep(TTL + 0.1)
    with pytest.raises(RefreshTokenUsedError) as info:
        listing(sync_client(app, sandbox))
    assert str(info.value) == (
        "401 on POST /oauth/token: the refresh token was already used (refresh tokens are single-use: another "
        "process or an earlier run refreshed with it and kept the new one) or was revoked; authorize the app "
        "again (server: Invalid grant: the refresh token has already been used)"
    )
    assert sandbox.oauth.stats.refused_refreshes == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_crash_between_the_refresh_answer_and_the_store_write_loses_nothing(
    mode: str, sandbox: Sandbox, browser: httpx.Client
) -> None:
    store = CrashingStore(InMemoryTokenStore())
    app = oauth_app(BASE, sandbox, store)
    first = app.exchange_code(user_approves(app, browser), redirect_uri=CALLBACK)
    await asyncio.sleep(TTL + 0.1)
    store.crash_next_put = True
    if mode == "sync":
        hl = sync_client(app, sandbox)
        with pytest.raises(Crash):
            listing(hl)
        assert listing(hl) == 0
    else:
        ahl = async_client(app, sandbox)
        with pytest.raises(Crash):
            await alisting(ahl)
        assert await alisting(ahl) == 0
    stored = store.get(LOCATION_A)
    assert stored is not None and stored.refresh_token != first.refresh_token
    assert (sandbox.oauth.stats.refreshes, sandbox.oauth.stats.refused_refreshes) == (1, 0)
    await asyncio.sleep(TTL + 0.1)
    assert listing(sync_client(app, sandbox)) == 0  # a new auth refreshes with the stored token: accepted
    assert (sandbox.oauth.stats.refreshes, sandbox.oauth.stats.refused_refreshes) == (2, 0)


def test_an_agency_acts_for_its_locations_through_location_tokens(sandbox: Sandbox, browser: httpx.Client) -> None:
    app = oauth_app(BASE, sandbox)
    agency_token = app.exchange_code(user_approves(app, browser), redirect_uri=CALLBACK, user_type="Company")
    agency = app.auth(agency_token.key)
    listed = app.installed_locations(agency, company_id=agency_token.key, app_id=APP_ID)
    assert [row["_id"] for row in listed["locations"]] == sorted([LOCATION_A, LOCATION_B])
    for location in agency_token.approved_locations:
        transport = SyncASGITransport(sandbox.app)
        with HighLevel(auth=agency.for_location(location), base_url=BASE, transport=transport) as hl:
            assert listing(hl, location) == 0
    assert sandbox.oauth.stats.location_tokens == 2
    time.sleep(TTL + 0.1)  # the agency token and the location tokens expire
    with HighLevel(auth=agency.for_location(LOCATION_B), base_url=BASE, transport=SyncASGITransport(sandbox.app)) as hl:
        assert listing(hl, LOCATION_B) == 0
    assert (sandbox.oauth.stats.location_tokens, sandbox.oauth.stats.refreshes) == (3, 1)


# ----------------------------------------------------------------- against make serve


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    args = ["make", "-s", "serve", "PORT={port}", f"OAUTH_CLIENTS={APP_ID}:{SECRET}", "TOKEN_TTL=2s", "RATE_LIMIT=off"]
    with running(args, cwd=ROOT, timeout=60) as server:
        yield server.url


def _stats(url: str) -> dict[str, int]:
    stats: dict[str, int] = httpx.get(f"{url}/__sandbox/oauth").json()
    return stats


async def test_the_flows_against_make_serve_with_token_ttl_2s(served: str) -> None:
    app = oauth_app(served)
    with httpx.Client() as browser:
        first = app.exchange_code(user_approves(app, browser), redirect_uri=CALLBACK)
    assert first.expires_at - time.time() <= TTL
    before = _stats(served)["refreshes"]
    with HighLevel(auth=app.auth(LOCATION_A), base_url=served, rate_limit=None) as hl:
        assert listing(hl) == 0
        time.sleep(TTL + 0.1)
        assert listing(hl) == 0
    assert _stats(served)["refreshes"] == before + 1
    async with AsyncHighLevel(auth=app.auth(LOCATION_A), base_url=served, rate_limit=None) as ahl:
        await asyncio.sleep(TTL + 0.1)
        totals = await asyncio.gather(*(alisting(ahl) for _ in range(50)))
    assert (totals, _stats(served)["refreshes"]) == ([0] * 50, before + 2)
    # The first refresh token was used by the first refresh: it is refused, and said so.
    store_token(app.store, LOCATION_A, Token(**{**first.__dict__, "expires_at": 0.0}))
    hl = HighLevel(auth=app.auth(LOCATION_A), base_url=served, rate_limit=None)
    with pytest.raises(RefreshTokenUsedError, match="the refresh token was already used"), hl:
        listing(hl)
    assert _stats(served)["refused_refreshes"] >= 1
    await app.aclose()
