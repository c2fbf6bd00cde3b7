"""The sandbox's OAuth routes: codes, rotation, expiry, what each token reaches, validation by spec/oauth.yaml."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from highlevel_sandbox import LOCATION_A, LOCATION_B, OAuthConfig, Sandbox, SandboxConfig, SyncASGITransport
from highlevel_sandbox.__main__ import main
from highlevel_sandbox._auth import COMPANY_ID
from highlevel_sandbox._oauth import parse_clients, parse_ttl
from highlevel_spec import load_spec

APP_ID, SECRET = "app-1", "app-1-secret"
CALLBACK = "https://myapp.example/callback?x=1"
VERSION = {"Version": "2021-07-28"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock: Clock) -> Sandbox:
    config = SandboxConfig(rate_limit=None, strict_responses=True, oauth=OAuthConfig(clients={APP_ID: SECRET}))
    sb = Sandbox(config)
    sb.oauth.clock = clock
    return sb


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sandbox.invalid") as client:
        yield client


def authorize(http: httpx.Client, **extra: str) -> str:
    query = {"response_type": "code", "client_id": APP_ID, "redirect_uri": CALLBACK, "state": "st-1", **extra}
    answer = http.get("/oauth/chooselocation", params=query)
    assert answer.status_code == 302
    location = urlsplit(answer.headers["location"])
    params = parse_qs(location.query)
    assert (f"{location.scheme}://{location.netloc}{location.path}", params["x"], params["state"]) == (
        "https://myapp.example/callback",
        ["1"],
        ["st-1"],
    )
    return params["code"][0]


def token(http: httpx.Client, **form: str) -> httpx.Response:
    return http.post("/oauth/token", data={"client_id": APP_ID, "client_secret": SECRET, **form})


def exchange(http: httpx.Client, user_type: str = "Location", **extra: str) -> dict[str, Any]:
    code = authorize(http, **extra)
    answer = token(http, grant_type="authorization_code", code=code, user_type=user_type, redirect_uri=CALLBACK)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def list_invoices(http: httpx.Client, access: str, location: str = LOCATION_A) -> httpx.Response:
    query = {"altId": location, "altType": "location", "limit": "10", "offset": "0"}
    return http.get("/invoices/", params=query, headers={"Authorization": f"Bearer {access}", **VERSION})


def error(status: int, message: str | list[str]) -> dict[str, Any]:
    reasons = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 422: "Unprocessable Entity"}
    return {"statusCode": status, "message": message, "error": reasons[status]}


def test_code_exchange_gives_a_location_token_that_reaches_its_location(http: httpx.Client) -> None:
    answer = exchange(http)
    assert {k: answer[k] for k in ("token_type", "expires_in", "userType", "locationId", "companyId")} == {
        "token_type": "Bearer",
        "expires_in": 86399,
        "userType": "Location",
        "locationId": LOCATION_A,
        "companyId": COMPANY_ID,
    }
    assert list_invoices(http, answer["access_token"]).json() == {"invoices": [], "total": 0}
    other = list_invoices(http, answer["access_token"], LOCATION_B)
    assert (other.status_code, other.json()) == (403, error(403, "The token does not have access to this location."))


def test_the_authorize_page_approves_the_location_asked_for(http: httpx.Client) -> None:
    assert exchange(http, location_id=LOCATION_B)["locationId"] == LOCATION_B
    refused = http.get("/oauth/chooselocation", params={"response_type": "code", "client_id": "nope"})
    assert (refused.status_code, refused.json()) == (400, error(400, "client_id: no such app"))


def test_a_code_is_single_use_and_short_lived(http: httpx.Client, clock: Clock) -> None:
    code = authorize(http)
    assert token(http, grant_type="authorization_code", code=code, redirect_uri=CALLBACK).status_code == 200
    again = token(http, grant_type="authorization_code", code=code, redirect_uri=CALLBACK)
    used = "Invalid grant: the authorization code is invalid, expired or already used"
    assert (again.status_code, again.json()) == (401, error(401, used))
    late = authorize(http)
    clock.now += 601
    assert token(http, grant_type="authorization_code", code=late, redirect_uri=CALLBACK).json() == error(401, used)


def test_refresh_tokens_rotate_and_the_used_one_is_refused(http: httpx.Client, sandbox: Sandbox) -> None:
    first = exchange(http)
    second = token(http, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert second.status_code == 200
    assert second.json()["refresh_token"] != first["refresh_token"]
    again = token(http, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert (again.status_code, again.json()) == (
        401,
        error(401, "Invalid grant: the refresh token has already been used"),
    )
    assert token(http, grant_type="refresh_token", refresh_token="nope").json() == error(
        401, "Invalid grant: the refresh token is invalid"
    )
    third = token(http, grant_type="refresh_token", refresh_token=second.json()["refresh_token"])
    assert third.status_code == 200
    assert (sandbox.oauth.stats.refreshes, sandbox.oauth.stats.refused_refreshes) == (2, 2)


def test_an_expired_access_token_gets_invalid_jwt(http: httpx.Client, clock: Clock) -> None:
    answer = exchange(http)
    clock.now += 86398
    assert list_invoices(http, answer["access_token"]).status_code == 200
    clock.now += 2
    expired = list_invoices(http, answer["access_token"])
    assert (expired.status_code, expired.json()) == (401, error(401, "Invalid JWT"))


def test_the_token_lifetime_is_configurable(clock: Clock) -> None:
    sb = Sandbox(SandboxConfig(rate_limit=None, oauth=OAuthConfig(clients={APP_ID: SECRET}, token_ttl=2)))
    sb.oauth.clock = clock
    with httpx.Client(transport=SyncASGITransport(sb.app), base_url="http://sb.invalid") as http:
        answer = exchange(http)
        assert answer["expires_in"] == 2
        clock.now += 2
        assert list_invoices(http, answer["access_token"]).json() == error(401, "Invalid JWT")


def test_an_agency_token_reaches_locations_only_through_location_tokens(http: httpx.Client) -> None:
    agency = exchange(http, user_type="Company")
    assert (agency["userType"], agency["approvedLocations"], "locationId" in agency) == (
        "Company",
        [LOCATION_A, LOCATION_B],
        False,
    )
    bearer = {"Authorization": f"Bearer {agency['access_token']}", **VERSION}
    direct = list_invoices(http, agency["access_token"])
    assert (direct.status_code, direct.json()) == (401, error(401, "Invalid token: access token is invalid"))
    answer = http.post("/oauth/locationToken", data={"companyId": COMPANY_ID, "locationId": LOCATION_B}, headers=bearer)
    assert answer.status_code == 200
    location = answer.json()
    assert (sorted(location), location["locationId"]) == (
        ["access_token", "expires_in", "locationId", "scope", "token_type", "userId"],
        LOCATION_B,
    )
    assert list_invoices(http, location["access_token"], LOCATION_B).status_code == 200
    assert list_invoices(http, location["access_token"], LOCATION_A).status_code == 403
    listed = http.get("/oauth/installedLocations", params={"companyId": COMPANY_ID, "appId": APP_ID}, headers=bearer)
    assert [row["_id"] for row in listed.json()["locations"]] == sorted([LOCATION_A, LOCATION_B])
    other_company = http.post(
        "/oauth/locationToken", data={"companyId": "someone-else", "locationId": LOCATION_B}, headers=bearer
    )
    assert other_company.json() == error(403, "The token does not have access to this company.")


def test_a_location_token_cannot_use_the_agency_routes(http: httpx.Client) -> None:
    location = exchange(http)
    bearer = {"Authorization": f"Bearer {location['access_token']}", **VERSION}
    answer = http.post("/oauth/locationToken", data={"companyId": COMPANY_ID, "locationId": LOCATION_A}, headers=bearer)
    assert (answer.status_code, answer.json()) == (
        401,
        error(401, "This authClass type is not allowed to access this scope."),
    )
    missing = http.post("/oauth/locationToken", data={"companyId": COMPANY_ID, "locationId": LOCATION_A})
    assert missing.json() == error(401, "Invalid token: access token is invalid")


def test_requests_are_validated_with_the_oauth_spec(http: httpx.Client) -> None:
    missing = http.post("/oauth/token", data={"client_id": APP_ID})
    assert missing.json() == error(
        422, ['body: "client_secret" is a required property', 'body: "grant_type" is a required property']
    )
    bad = token(http, grant_type="password", user_type="Agency", code="c")
    assert bad.status_code == 422
    assert sorted(bad.json()["message"]) == [
        'grant_type: "password" is not one of "authorization_code", "refresh_token" or "client_credentials"',
        'user_type: "Agency" is not one of "Company" or "Location"',
    ]
    no_code = token(http, grant_type="authorization_code")
    assert no_code.json() == error(422, ['body: "code" is a required property'])  # QUIRKS Q60
    agency = exchange(http, user_type="Company")
    bearer = {"Authorization": f"Bearer {agency['access_token']}"}
    no_version = http.post("/oauth/locationToken", data={"companyId": COMPANY_ID}, headers=bearer)
    assert no_version.json() == error(
        422, ["Version: the header parameter is required", 'body: "locationId" is a required property']
    )
    listed = http.get(
        "/oauth/installedLocations",
        params={"companyId": COMPANY_ID, "isInstalled": "maybe"},
        headers={**bearer, **VERSION},
    )
    assert listed.json() == error(
        422, ['isInstalled: "maybe" is not of type "boolean"', "appId: the query parameter is required"]
    )


def test_wrong_client_credentials_and_unsupported_grants(http: httpx.Client) -> None:
    wrong = http.post(
        "/oauth/token",
        data={"client_id": APP_ID, "client_secret": "x", "grant_type": "refresh_token", "refresh_token": "r"},
    )
    assert wrong.json() == error(401, "Invalid client: client_id or client_secret is wrong")
    other = token(http, grant_type="client_credentials")
    assert other.json() == error(400, "grant_type client_credentials is not supported by the sandbox")


def test_static_tokens_keep_working(http: httpx.Client, sandbox: Sandbox) -> None:
    static = next(iter(sandbox.config.tokens))
    assert list_invoices(http, static).status_code == 200


def test_stats_count_what_happened(http: httpx.Client) -> None:
    exchange(http)
    assert http.get("/__sandbox/oauth").json() == {
        "codes": 1,
        "exchanges": 1,
        "refreshes": 0,
        "refused_refreshes": 0,
        "location_tokens": 0,
        "expired_calls": 0,
    }


# ----------------------------------------------------------------- configuration


def test_config_values_parse() -> None:
    assert parse_clients("a:b, c:d") == {"a": "b", "c": "d"}
    assert (parse_ttl("3600s"), parse_ttl("5s"), parse_ttl("2")) == (3600.0, 5.0, 2.0)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TOKEN_TTL": "soon"}, "TOKEN_TTL must be a number of seconds above zero, like 3600s or 5s (got 'soon')"),
        ({"TOKEN_TTL": "0s"}, "TOKEN_TTL must be a number of seconds above zero, like 3600s or 5s (got '0s')"),
        ({"OAUTH_CLIENTS": "app-without-secret"}, "OAUTH_CLIENTS entries look like client_id:client_secret"),
    ],
)
def test_bad_config_is_one_line_and_exit_status_2(
    env: dict[str, str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err.splitlines()[-1]
    assert "Traceback" not in err


def test_the_client_secret_is_not_printed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OAUTH_CLIENTS", "app:sec-SHOULD-NOT-SHOW")
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: None)
    assert main(["--port", "5501"]) == 0
    out = capsys.readouterr().out
    assert "OAuth apps: app (secrets as configured)" in out
    assert "sec-SHOULD-NOT-SHOW" not in out


def test_time_is_monotonic_by_default() -> None:
    assert Sandbox().oauth.clock is time.monotonic


def test_a_code_is_bound_to_its_client_and_redirect_uri(http: httpx.Client, sandbox: Sandbox) -> None:
    sandbox.oauth.config.clients["app-2"] = "app-2-secret"
    code = authorize(http)
    other = http.post(
        "/oauth/token",
        data={"client_id": "app-2", "client_secret": "app-2-secret", "grant_type": "authorization_code", "code": code},
    )
    assert other.json() == error(401, "Invalid grant: the authorization code was issued to another client")
    moved = token(http, grant_type="authorization_code", code=authorize(http), redirect_uri="https://evil.example/cb")
    assert moved.json() == error(401, "Invalid grant: redirect_uri does not match the authorization request")
    same = token(http, grant_type="authorization_code", code=authorize(http), redirect_uri=CALLBACK)
    assert same.status_code == 200


def test_a_code_whose_authorize_request_had_a_redirect_uri_is_not_exchanged_without_it(http: httpx.Client) -> None:
    """RFC 6749 4.1.3: the token request carries the identical redirect_uri (issue 23, item 6)."""
    code = authorize(http)
    bare = token(http, grant_type="authorization_code", code=code)
    assert (bare.status_code, bare.json()) == (
        400,
        error(400, "Invalid grant: redirect_uri is required, identical to the one of the authorization request"),
    )
    # Single-use even when refused, as every refused code (sandbox/README.md).
    again = token(http, grant_type="authorization_code", code=code, redirect_uri=CALLBACK)
    assert again.json() == error(401, "Invalid grant: the authorization code is invalid, expired or already used")
    # The 400 is one the spec documents for the operation (ErrorResponse of spec/oauth.yaml).
    assert "400" in load_spec("oauth.yaml")["paths"]["/oauth/token"]["post"]["responses"]


def test_an_old_access_token_works_until_it_expires(http: httpx.Client, clock: Clock) -> None:
    first = exchange(http)
    clock.now += 100
    assert token(http, grant_type="refresh_token", refresh_token=first["refresh_token"]).status_code == 200
    assert list_invoices(http, first["access_token"]).status_code == 200
    clock.now += 86299
    assert list_invoices(http, first["access_token"]).json() == error(401, "Invalid JWT")


def test_location_tokens_only_for_approved_locations_and_installed_filters(http: httpx.Client) -> None:
    agency = exchange(http, user_type="Company")
    bearer = {"Authorization": f"Bearer {agency['access_token']}", **VERSION}
    outside = http.post("/oauth/locationToken", data={"companyId": COMPANY_ID, "locationId": "nope"}, headers=bearer)
    assert outside.json() == error(403, "The token does not have access to this location.")

    def names(**query: str) -> list[str]:
        params = {"companyId": COMPANY_ID, "appId": APP_ID, **query}
        answer = http.get("/oauth/installedLocations", params=params, headers=bearer).json()
        return [row["name"] for row in answer["locations"]]

    assert names() == ["Sandbox location 1", "Sandbox location 2"]
    assert names(query="location 2") == ["Sandbox location 2"]
    assert names(skip="1", limit="5") == ["Sandbox location 2"]
    assert names(isInstalled="false") == names(onTrial="true") == names(planId="p") == []


def test_a_json_body_lacks_every_form_field(http: httpx.Client) -> None:
    answer = http.post("/oauth/token", json={"client_id": APP_ID, "client_secret": SECRET, "grant_type": "x"})
    assert answer.json() == error(
        422,
        [
            'body: "client_id" is a required property',
            'body: "client_secret" is a required property',
            'body: "grant_type" is a required property',
        ],
    )


def test_a_redirect_uri_with_a_fragment_is_refused(http: httpx.Client) -> None:
    query = {"response_type": "code", "client_id": APP_ID, "redirect_uri": "https://myapp.example/cb#top"}
    answer = http.get("/oauth/chooselocation", params=query)
    assert answer.json() == error(400, "redirect_uri: an absolute http(s) URL without a fragment is required")


TOKEN_FIELDS = sorted(load_spec("oauth.yaml")["components"]["schemas"]["TokenRequest"]["properties"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    form=st.dictionaries(
        st.sampled_from(TOKEN_FIELDS) | st.text(max_size=8),
        st.sampled_from(["authorization_code", "refresh_token", "client_credentials", "Company", APP_ID, SECRET])
        | st.text(max_size=20),
        max_size=8,
    )
)
def test_any_token_request_gets_an_answer_in_highlevels_shape(http: httpx.Client, form: dict[str, str]) -> None:
    answer = http.post("/oauth/token", data=form)
    assert answer.status_code in (200, 400, 401, 422)
    body = answer.json()
    if answer.status_code != 200:
        assert sorted(body) == ["error", "message", "statusCode"] and body["statusCode"] == answer.status_code
