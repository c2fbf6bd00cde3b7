"""Numbers and bodies from outside reach no 500 (issue 23, items 9 and 10).

``str.isdigit`` is true for ``"²"``, which ``int`` refuses: every number the sandbox reads from a query,
a header or the environment goes through one parser (``_http.plain_int``). Every body, the admin routes'
included, goes through one reader with the API's size limit (``_http.read_body``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from highlevel_conformance.lifecycle import bodies
from highlevel_sandbox import LOCATION_A, RateLimit, Sandbox, SandboxConfig, SyncASGITransport
from highlevel_sandbox._auth import COMPANY_ID
from highlevel_sandbox._http import INT_CEILING, plain_int
from highlevel_sandbox._oauth import DEFAULT_OAUTH_CLIENTS

pytestmark = pytest.mark.sandbox_only
TOKEN_A = "sandbox-token-location-a"
HEADERS = {"Authorization": f"Bearer {TOKEN_A}", "Version": "2021-07-28"}
LIMIT = 1024 * 1024  # SandboxConfig.max_body_bytes' default
CALLBACK = "https://app.example/oauth/callback"
# Text a client can put in a query (any character but the surrogates, which have no UTF-8), often made of the
# characters str.isdigit or str.isnumeric takes ("²", "٣", "Ⅻ"), ASCII digits among them.
NUMERALS = [chr(c) for c in range(0x20000) if chr(c).isnumeric()]
QUERY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30) | st.text(
    st.sampled_from(NUMERALS) | st.sampled_from("0123456789"), min_size=1, max_size=6
)


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))


@pytest.fixture(scope="module")
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sb") as client:
        yield client


@pytest.fixture(scope="module")
def agency(http: httpx.Client) -> dict[str, str]:
    """The headers of an agency token (``user_type=Company``), for ``/oauth/installedLocations``."""
    [(client_id, secret)] = DEFAULT_OAUTH_CLIENTS.items()
    query = {"response_type": "code", "client_id": client_id, "redirect_uri": CALLBACK}
    code = parse_qs(urlsplit(http.get("/oauth/chooselocation", params=query).headers["location"]).query)["code"][0]
    form = {"client_id": client_id, "client_secret": secret, "grant_type": "authorization_code", "code": code,
            "user_type": "Company", "redirect_uri": CALLBACK}  # fmt: skip
    answer = http.post("/oauth/token", data=form)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}", "Version": "2021-07-28"}


def installed(http: httpx.Client, agency: dict[str, str], **query: str) -> httpx.Response:
    return http.get(
        "/oauth/installedLocations", params={"companyId": COMPANY_ID, "appId": "app", **query}, headers=agency
    )


# ---------------------------------------------------------------------------- numbers in a query


@pytest.mark.parametrize("name", ["skip", "limit"])
@pytest.mark.parametrize("value", ["²", "٣", "1_0", " 1", "-1", "1e3", "", "ten"])
def test_installed_locations_reads_only_plain_numbers(
    http: httpx.Client, agency: dict[str, str], name: str, value: str
) -> None:
    """The vendor types ``skip``/``limit`` as strings: one that is not a plain number is its default."""
    answer = installed(http, agency, **{name: value})
    default = installed(http, agency)
    assert (answer.status_code, answer.json()) == (200, default.json())


def test_installed_locations_pages_with_plain_numbers(http: httpx.Client, agency: dict[str, str]) -> None:
    everything = installed(http, agency).json()["locations"]
    assert len(everything) == 2
    assert installed(http, agency, skip="1").json()["locations"] == everything[1:]
    assert installed(http, agency, limit="1").json()["locations"] == everything[:1]
    assert installed(http, agency, skip="0" * 30 + "1").json()["locations"] == everything[1:]
    assert installed(http, agency, skip="9" * 5000).json()["locations"] == []  # past the end, not the default


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(skip=QUERY_TEXT, limit=QUERY_TEXT)
def test_any_text_in_an_integer_query_parameter_is_answered(
    http: httpx.Client, agency: dict[str, str], skip: str, limit: str
) -> None:
    """The sandbox's integer query parameters: installedLocations' skip/limit, the lists' offset/limit."""
    answer = installed(http, agency, skip=skip, limit=limit)
    assert answer.status_code == 200
    listing = http.get(
        "/invoices/", params={"altId": LOCATION_A, "altType": "location", "offset": skip, "limit": limit},
        headers=HEADERS,
    )  # fmt: skip
    assert listing.status_code in (200, 422), listing.text
    assert sorted(listing.json()) == (["invoices", "total"] if listing.status_code == 200 else
                                      ["error", "message", "statusCode"])  # fmt: skip


def test_plain_int_takes_ascii_digits_only() -> None:
    assert [plain_int(t) for t in ("0", "007", "123", "9" * 19, "0" * 40 + "5")] == [0, 7, 123, INT_CEILING, 5]
    assert [plain_int(t) for t in (None, "", "²", "٣", "1_0", " 1", "1 ", "+1", "-1", "1.0", "1e3")] == [None] * 11


# ---------------------------------------------------------------------------- numbers in a header


@pytest.mark.parametrize("declared", [b"\xb2", b"\xb9", b"1_0", b" 5", b"9" * 5000])
def test_a_content_length_that_is_not_a_number_is_not_read_as_one(http: httpx.Client, declared: bytes) -> None:
    """``b"\\xb2"`` reads as ``"²"`` (latin-1, as ASGI decodes headers): a digit to ``isdigit``, not to ``int``."""
    body = json.dumps(bodies.invoice_fields(LOCATION_A)).encode()
    headers = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
    headers += [(b"Content-Type", b"application/json"), (b"Content-Length", declared)]
    answer = http.post("/invoices/", content=body, headers=headers)
    assert answer.status_code < 500, answer.text
    if declared == b"9" * 5000:
        assert answer.status_code == 413  # declared over the limit: refused before a byte is read


def test_a_rate_limit_of_an_interval_too_long_to_hold_is_refused() -> None:
    """``RATE_LIMIT=1/<400 digits>s`` made an infinite window, and every answer's headers a 500."""
    with pytest.raises(ValueError, match="RATE_LIMIT must look like"):
        RateLimit.parse("1/" + "1" * 400 + "s")
    assert RateLimit.parse("1/86400s") == RateLimit(1, 86400.0)


# ---------------------------------------------------------------------------- admin bodies


ADMIN_BODIES = {
    "/__sandbox/faults": lambda pad: {"count": 1, "delayMs": 1, "pad": pad},
    "/__sandbox/webhooks/urls": lambda pad: {"url": "http://receiver.invalid/hooks", "pad": pad},
}


@pytest.mark.parametrize("path", sorted(ADMIN_BODIES))
def test_an_admin_body_over_the_api_limit_is_413(path: str) -> None:
    """A valid admin request padded past the API's limit (it was read whole, and accepted, at 20 MiB)."""
    sandbox = Sandbox(SandboxConfig(rate_limit=None))
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sb") as http:
        small = http.post(path, json=ADMIN_BODIES[path]("x"))
        assert small.status_code == 201, small.text
        http.request("DELETE", path)
        large = http.post(path, json=ADMIN_BODIES[path]("x" * LIMIT))
        assert (large.status_code, large.json()["statusCode"]) == (413, 413)
        assert http.get(path).json() in ({"faults": []}, {"urls": []})  # nothing was added


@pytest.mark.parametrize("path", sorted(ADMIN_BODIES))
async def test_an_admin_body_streamed_past_the_limit_is_413(path: str) -> None:
    """Without a Content-Length (chunked), the reader stops at the chunk that crosses the limit."""
    sandbox = Sandbox(SandboxConfig(rate_limit=None))
    text = json.dumps(ADMIN_BODIES[path]("x" * LIMIT)).encode()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(text), 64 * 1024):
            yield text[start : start + 64 * 1024]

    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sb") as http:
        answer = await http.post(path, content=chunks(), headers={"Content-Type": "application/json"})
        assert "content-length" not in answer.request.headers
        assert (answer.status_code, answer.json()["statusCode"]) == (413, 413)


def test_an_oauth_form_over_the_limit_is_413(http: httpx.Client) -> None:
    answer = http.post("/oauth/token", data={"client_id": "x" * (LIMIT + 1)})
    assert (answer.status_code, answer.json()["statusCode"]) == (413, 413)
