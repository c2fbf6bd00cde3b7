"""The URL a call goes to and the cookies it carries, as the server sees them.

``HighLevel`` and ``AsyncHighLevel`` send through a plain ``httpx.Client`` /
``httpx.AsyncClient``: a path parameter is quoted whole by the generated endpoint and
appended to the base URL (its own path included); a cookie the server sets comes back
on the next call.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from highlevel_invoices import AsyncHighLevel, HighLevel

from . import helpers
from .helpers import LOCATION

BASES = [
    "https://services.leadconnectorhq.com",
    "http://127.0.0.1:5199",
    "http://127.0.0.1:5199/prefix",
    "http://[::1]:8080/a/b/",
    "https://user:pw@example.com:8443/x%20y/",
]
ODD_IDS = ["a/b", "a b", "€", "a%2Fb", "%zz", "?altId=1", "#frag", "a.b", "a;b=c", "..x", "x/../y", "'\"<>"]


def _recording_client(base: str, seen: list[httpx.Request]) -> HighLevel:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY)

    return HighLevel("t", base_url=base, transport=httpx.MockTransport(answer), rate_limit=None, strict=True)


def _sent_id(base: str, request: httpx.Request) -> str:
    """The invoice id as the server reads it from the path (one segment, percent-decoded)."""
    prefix = httpx.URL(base).raw_path.rstrip(b"/") + b"/invoices/"
    raw_path = request.url.raw_path
    assert raw_path.startswith(prefix), (raw_path, prefix)
    segment = raw_path[len(prefix) :].split(b"?")[0]
    assert b"/" not in segment, raw_path  # one segment, whatever the id holds
    return unquote(segment.decode("ascii"))


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("invoice_id", ODD_IDS)
def test_an_odd_path_parameter_reaches_the_server_as_one_segment(base: str, invoice_id: str) -> None:
    seen: list[httpx.Request] = []
    with _recording_client(base, seen) as hl:
        hl.get_invoice(invoice_id, alt_id=LOCATION, alt_type="location")
    (request,) = seen
    assert request.url.host == httpx.URL(base).host and request.url.port == httpx.URL(base).port
    assert _sent_id(base, request) == invoice_id
    assert dict(request.url.params) == {"altId": LOCATION, "altType": "location"}


@settings(max_examples=200, deadline=None)
@given(base=st.sampled_from(BASES), invoice_id=st.text(min_size=1, max_size=12))
def test_any_invoice_id_reaches_the_server_as_one_segment(base: str, invoice_id: str) -> None:
    # "." and ".." are dot segments: httpx removes them from any URL (RFC 3986), and no id is one.
    if invoice_id in (".", ".."):
        return
    seen: list[httpx.Request] = []
    with _recording_client(base, seen) as hl:
        hl.get_invoice(invoice_id, alt_id=LOCATION, alt_type="location")
    assert _sent_id(base, seen[0]) == invoice_id
    query = f"?altId={LOCATION}&altType=location"
    assert seen[0].url.raw_path.endswith(f"/{quote(invoice_id, safe='')}{query}".encode())


def test_highlevel_sends_to_the_joined_url() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"invoice": {}})

    with HighLevel("t", base_url="http://127.0.0.1:5199/base", transport=httpx.MockTransport(answer)) as hl:
        hl.raw.get_httpx_client().get("/invoices/a%2Fb/send")
    assert seen == ["http://127.0.0.1:5199/base/invoices/a%2Fb/send"]


def _cookie_server(cookies: list[str | None]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        cookies.append(request.headers.get("cookie"))
        headers = {"Set-Cookie": "__cf_bm=abc; Path=/"} if len(cookies) == 1 else {}
        return httpx.Response(200, headers=headers, json=helpers.INVOICE_WITH_SUMMARY)

    return httpx.MockTransport(answer)


def test_a_cookie_the_server_sets_is_sent_back() -> None:
    cookies: list[str | None] = []
    with HighLevel("t", transport=_cookie_server(cookies), rate_limit=None) as hl:
        for _ in range(3):
            hl.get_invoice("i", alt_id=LOCATION, alt_type="location")
    assert cookies == [None, "__cf_bm=abc", "__cf_bm=abc"]


async def test_the_async_client_sends_a_cookie_back_too() -> None:
    cookies: list[str | None] = []
    async with AsyncHighLevel("t", transport=_cookie_server(cookies), rate_limit=None) as hl:
        for _ in range(2):
            await hl.get_invoice("i", alt_id=LOCATION, alt_type="location")
    assert cookies == [None, "__cf_bm=abc"]
