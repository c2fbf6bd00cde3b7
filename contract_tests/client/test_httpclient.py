"""The httpx clients under HighLevel join paths and read cookies as httpx does, only faster.

``highlevel_invoices._httpclient`` appends an already-encoded path to the base URL
without parsing it, and skips the cookie jar for answers that set no cookie.
These tests hold the shortcut to httpx's own result.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from highlevel_invoices import HighLevel
from highlevel_invoices._httpclient import _FAST_JOIN, AsyncClient, Client, join

BASES = [
    "https://services.leadconnectorhq.com",
    "http://127.0.0.1:5199",
    "http://127.0.0.1:5199/prefix",
    "http://[::1]:8080/a/b/",
    "https://user:pw@example.com:8443/x%20y/",
]


def httpx_join(base: str, path: str) -> httpx.URL:
    with httpx.Client(base_url=base) as plain:
        return plain._merge_url(path)


def test_the_fast_join_is_in_use_with_this_httpx() -> None:
    # Without it every call pays httpx's parse twice; a new httpx that drops the
    # internals would silently lose the speed, so say so here.
    assert _FAST_JOIN
    assert join(httpx.URL("https://example.com/"), "/invoices/abc") == httpx.URL("https://example.com/invoices/abc")


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    "path",
    [
        "/invoices/",
        "/invoices/abc/send",
        "/invoices/a%2Fb/send",
        "/invoices/%E2%82%AC",
        "/invoices/a.b",
        "/invoices/..",
        "/invoices/../x",
        "/invoices/./x",
        "/invoices/.",
        "/invoices/a b",
        "/invoices/%zz",
        "/invoices/?altId=1",
        "/invoices/#frag",
        "/invoices/€",
        "//evil.example/x",
        "/",
    ],
)
def test_every_path_joins_as_httpx_joins_it(base: str, path: str) -> None:
    with Client(base_url=base) as fast:
        assert str(fast._merge_url(path)) == str(httpx_join(base, path))


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(BASES),
    segments=st.lists(st.text(max_size=8), min_size=1, max_size=4),
)
def test_generated_paths_join_as_httpx_joins_them(base: str, segments: list[str]) -> None:
    # The generated endpoints quote each path parameter with safe="".
    path = "/invoices/" + "/".join(quote(segment, safe="") for segment in segments)
    with Client(base_url=base) as fast:
        assert str(fast._merge_url(path)) == str(httpx_join(base, path))


def test_absolute_urls_are_httpx_s_business() -> None:
    with Client(base_url=BASES[0]) as fast:
        assert fast._merge_url("https://other.example/x?y=1") == httpx.URL("https://other.example/x?y=1")
        assert fast._merge_url(httpx.URL("/x")) == httpx_join(BASES[0], "/x")


def _cookie_server(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/set":
        return httpx.Response(200, headers={"Set-Cookie": "session=abc; Path=/"}, json={})
    return httpx.Response(200, json={"cookie": request.headers.get("cookie")})


def test_a_cookie_the_server_sets_is_sent_back() -> None:
    with Client(base_url="https://example.com", transport=httpx.MockTransport(_cookie_server)) as fast:
        assert fast.get("/plain").json() == {"cookie": None}
        fast.get("/set")
        assert fast.get("/plain").json() == {"cookie": "session=abc"}
        assert dict(fast.cookies) == {"session": "abc"}


def test_an_answer_without_set_cookie_leaves_the_jar_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(httpx.Cookies, "extract_cookies", lambda self, response: calls.append(str(response.url)))
    with Client(base_url="https://example.com", transport=httpx.MockTransport(_cookie_server)) as fast:
        fast.get("/plain")
        assert calls == []
        fast.get("/set")
        assert calls == ["https://example.com/set"]


def test_cookies_given_later_are_kept_and_checked_the_same_way() -> None:
    with Client(base_url="https://example.com", transport=httpx.MockTransport(_cookie_server)) as fast:
        fast.cookies = {"a": "1"}
        assert fast.get("/plain").json() == {"cookie": "a=1"}
        fast.get("/set")
        assert dict(fast.cookies) == {"a": "1", "session": "abc"}


async def test_the_async_client_joins_and_reads_cookies_the_same_way() -> None:
    async with AsyncClient(base_url="https://example.com", transport=httpx.MockTransport(_cookie_server)) as fast:
        assert fast._merge_url("/invoices/a%2Fb") == httpx_join("https://example.com", "/invoices/a%2Fb")
        await fast.get("/set")
        assert (await fast.get("/plain")).json() == {"cookie": "session=abc"}


def test_highlevel_sends_to_the_joined_url() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"invoice": {}})

    with HighLevel("t", base_url="http://127.0.0.1:5199/base", transport=httpx.MockTransport(answer)) as hl:
        hl.raw.get_httpx_client().get("/invoices/a%2Fb/send")
    assert seen == ["http://127.0.0.1:5199/base/invoices/a%2Fb/send"]
