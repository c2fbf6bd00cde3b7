"""The sandbox's HTTP behaviour: errors in HighLevel's shapes, hostile input, limits, faults, concurrency."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

import highlevel_invoices as hl_pkg
from highlevel_conformance.lifecycle import bodies
from highlevel_invoices import AsyncHighLevel, HighLevel, models
from highlevel_sandbox import LOCATION_A, RateLimit, Sandbox, SandboxConfig

pytestmark = pytest.mark.sandbox_only
TOKEN_A = "sandbox-token-location-a"
HEADERS = {"Authorization": f"Bearer {TOKEN_A}", "Version": "2021-07-28"}
Q = {"altId": LOCATION_A, "altType": "location"}


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))


@pytest.fixture
async def http(sandbox: Sandbox) -> Any:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox.app), base_url="http://sb") as client:
        yield client


def _create_body() -> dict[str, Any]:
    return bodies.invoice_fields(LOCATION_A)


async def test_missing_or_unknown_token_is_401_in_highlevel_shape(http: httpx.AsyncClient) -> None:
    expected = {"statusCode": 401, "message": "Invalid token: access token is invalid", "error": "Unauthorized"}
    for headers in ({"Version": "2021-07-28"}, {**HEADERS, "Authorization": "Bearer nope"},
                    {**HEADERS, "Authorization": TOKEN_A}):  # fmt: skip
        response = await http.get("/invoices/", params={**Q, "limit": "1", "offset": "0"}, headers=headers)
        assert (response.status_code, response.json()) == (401, expected)


async def test_unknown_path_404_and_undeclared_method_405_with_allow(http: httpx.AsyncClient) -> None:
    missing = await http.get("/invoices/abc/nothing", headers=HEADERS)
    assert missing.status_code == 404 and missing.json()["statusCode"] == 404
    wrong = await http.patch("/invoices/abc", headers=HEADERS)
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "DELETE, GET, PUT"


async def test_static_routes_win_over_invoice_ids(http: httpx.AsyncClient) -> None:
    response = await http.put("/invoices/schedule", headers=HEADERS)
    assert response.status_code == 405  # /invoices/schedule is the schedules path (GET, POST), not invoice "schedule"
    assert response.headers["allow"] == "GET, POST"
    for path, allowed in (("/invoices/settings", "GET"), ("/invoices/generate-invoice-number", "GET"),
                          ("/invoices/stats/last-visited-at", "PATCH")):  # fmt: skip
        response = await http.delete(path, headers=HEADERS)
        assert (response.status_code, response.headers.get("allow")) == (405, allowed), path


async def test_422_names_every_offending_field(http: httpx.AsyncClient) -> None:
    body = {**_create_body(), "currency": 5, "items": [{"name": "x", "currency": "USD", "amount": "ten", "qty": 1}]}
    del body["sentTo"]
    response = await http.post("/invoices/", json=body, headers=HEADERS)
    assert response.status_code == 422
    payload = response.json()
    assert payload["error"] == "Unprocessable Entity" and payload["statusCode"] == 422
    joined = " | ".join(payload["message"])
    assert "currency:" in joined and "items.0.amount:" in joined and '"sentTo" is a required property' in joined


async def test_missing_version_header_and_bad_query_are_422(http: httpx.AsyncClient) -> None:
    no_version = await http.get("/invoices/x", params=Q, headers={"Authorization": HEADERS["Authorization"]})
    assert no_version.status_code == 422 and any("Version" in m for m in no_version.json()["message"])
    bad_version = await http.get("/invoices/x", params=Q, headers={**HEADERS, "Version": "2023-02-21"})
    assert bad_version.status_code == 422 and any(m.startswith("Version:") for m in bad_version.json()["message"])
    v3 = await http.get("/invoices/x", params=Q, headers={**HEADERS, "Version": "v3"})  # QUIRKS Q27: accepted
    assert v3.status_code == 404
    bad_query = await http.get("/invoices/", params={**Q, "limit": "ten", "offset": "0"}, headers=HEADERS)
    assert bad_query.status_code == 422 and any(m.startswith("limit:") for m in bad_query.json()["message"])


async def test_another_locations_alt_id_is_403(http: httpx.AsyncClient) -> None:
    body = {**_create_body(), "altId": "65782790879ad2646715bb01"}
    response = await http.post("/invoices/", json=body, headers=HEADERS)
    assert response.status_code == 403
    assert response.json()["message"] == "The token does not have access to this location."


@pytest.mark.parametrize(
    ("content", "status"),
    [
        (b"{not json", 400),
        (b'{"altId": NaN}', 400),
        (b"[" * 100_000 + b"]" * 100_000, 400),  # nesting too deep for the parser
        (b'{"a": ' + b"9" * 5000 + b"}", 400),  # more digits than Python converts
        (b"\xff\xfe\x00", 400),  # not UTF-8
        (b'"just a string"', 422),
        (b'{"altId": "\\u0000\\uffff\\ud83d\\ude00 \\u202e"}', 422),  # NUL, noncharacter, emoji pair: text
        (b'{"altId": "\\ud800", "name": "\\u0000\\uffff\\ud83d\\ude00"}', 400),  # lone surrogate
        # no bound in the contract (QUIRKS Q28): the sandbox's arithmetic limit answers, never a crash
        (json.dumps({**bodies.invoice_fields(LOCATION_A), "items": [bodies.item(1e308, 1e308)]}).encode(), 400),
        (json.dumps({**bodies.invoice_fields(LOCATION_A), "items": [bodies.item(-1e308, 1e308)]}).encode(), 400),
        (json.dumps({**bodies.invoice_fields(LOCATION_A), "items": [bodies.item(1, -2e9)]}).encode(), 400),
        (json.dumps({**bodies.invoice_fields(LOCATION_A), "items": [bodies.item(1e9, 1e6)]}).encode(), 400),
    ],
)
async def test_hostile_bodies_get_a_4xx_never_a_5xx(http: httpx.AsyncClient, content: bytes, status: int) -> None:
    headers = {**HEADERS, "Content-Type": "application/json"}
    response = await http.post("/invoices/", content=content, headers=headers)
    assert response.status_code == status
    assert response.json()["statusCode"] == status


async def test_odd_unicode_is_stored_and_returned_intact(http: httpx.AsyncClient) -> None:
    name = "Ünïcødé ☃ 𝔘 \u200b e\u0301 \u202e"
    response = await http.post("/invoices/", json={**_create_body(), "name": name}, headers=HEADERS)
    assert response.status_code == 200 and response.json()["name"] == name


async def test_body_over_the_limit_is_413(http: httpx.AsyncClient) -> None:
    body = {**_create_body(), "termsNotes": "x" * (1024 * 1024 + 10)}
    response = await http.post("/invoices/", json=body, headers=HEADERS)
    assert response.status_code == 413 and response.json()["statusCode"] == 413


async def test_rate_limit_answers_429_with_retry_after_and_headers_on_every_answer() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=RateLimit(3, 60)))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox.app), base_url="http://sb") as http:
        answers = [await http.get("/invoices/", params={**Q, "limit": "1", "offset": "0"}, headers=HEADERS)
                   for _ in range(4)]  # fmt: skip
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    for a in answers:
        assert a.headers["x-ratelimit-max"] == "3"
        assert a.headers["x-ratelimit-interval-milliseconds"] == "60000"
        assert a.headers["x-ratelimit-limit-daily"] == "200000"
        assert "x-ratelimit-daily-remaining" in a.headers
    assert 1 <= int(answers[-1].headers["retry-after"]) <= 60
    assert answers[-1].json()["statusCode"] == 429


def test_rate_limit_parsing() -> None:
    assert RateLimit.parse("100/10s") == RateLimit(100, 10.0)
    assert RateLimit.parse("5/500ms") == RateLimit(5, 0.5)
    assert RateLimit.parse("off") is None
    with pytest.raises(ValueError):
        RateLimit.parse("lots")


async def test_fault_injection_is_deterministic_and_scoped(sandbox: Sandbox, http: httpx.AsyncClient) -> None:
    added = await http.post("/__sandbox/faults", json={"count": 2, "status": 503, "operationId": "list-invoices"})
    assert added.status_code == 201
    listing = {"params": {**Q, "limit": "1", "offset": "0"}, "headers": HEADERS}
    other = await http.get("/invoices/000000000000000000000000", params=Q, headers=HEADERS)
    assert other.status_code == 404  # another operation is not affected
    assert [(await http.get("/invoices/", **listing)).status_code for _ in range(3)] == [503, 503, 200]  # type: ignore[arg-type]
    bad = await http.post("/__sandbox/faults", json={"count": 1, "status": 418})
    assert bad.status_code == 400


async def test_client_retries_recover_from_injected_faults(sandbox: Sandbox) -> None:
    transport = httpx.ASGITransport(app=sandbox.app)
    policy = hl_pkg.RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
    async with AsyncHighLevel(TOKEN_A, base_url="http://sb", transport=transport, retry_policy=policy) as client:
        created = await client.create_invoice(body=bodies.create_invoice(LOCATION_A))
        sandbox.faults.add(hl_fault(2, 503, "get-invoice"))
        got = await client.get_invoice(created.field_id, alt_id=LOCATION_A, alt_type=models.AltType.LOCATION)
        assert got.field_id == created.field_id  # two 503s, then success
        sandbox.faults.add(hl_fault(1, 500, "send-invoice"))
        with pytest.raises(hl_pkg.InternalServerError):
            await client.send_invoice(created.field_id, body=bodies.send(LOCATION_A))  # never retried
        assert (await client.get_invoice(created.field_id, alt_id=LOCATION_A, alt_type=models.AltType.LOCATION)
                ).status == models.InvoiceStatus.DRAFT  # fmt: skip


def hl_fault(count: int, status: int, operation_id: str) -> Any:
    from highlevel_sandbox import Fault

    return Fault(count=count, status=status, operation_id=operation_id)


async def test_delay_fault(sandbox: Sandbox, http: httpx.AsyncClient) -> None:
    import time

    await http.post("/__sandbox/faults", json={"count": 1, "delayMs": 300})
    started = time.monotonic()
    response = await http.get("/invoices/", params={**Q, "limit": "1", "offset": "0"}, headers=HEADERS)
    assert response.status_code == 200 and time.monotonic() - started >= 0.3


async def test_concurrent_writers_lose_no_update(sandbox: Sandbox) -> None:
    transport = httpx.ASGITransport(app=sandbox.app)
    async with AsyncHighLevel(TOKEN_A, base_url="http://sb", transport=transport, rate_limit=None) as client:
        created = await client.create_invoice(body=bodies.create_invoice(LOCATION_A, items=[bodies.item(1, 60)]))
        await asyncio.gather(*(client.record_invoice(created.field_id, body=bodies.payment(LOCATION_A, 1))
                               for _ in range(60)))  # fmt: skip
        final = await client.get_invoice(created.field_id, alt_id=LOCATION_A, alt_type=models.AltType.LOCATION)
    assert (final.amount_paid, final.amount_due, final.status) == (60, 0, models.InvoiceStatus.PAID)


async def test_reset_clears_everything(sandbox: Sandbox, http: httpx.AsyncClient) -> None:
    await http.post("/invoices/", json=_create_body(), headers=HEADERS)
    assert (await http.post("/__sandbox/reset")).status_code == 200
    listing = await http.get("/invoices/", params={**Q, "limit": "5", "offset": "0"}, headers=HEADERS)
    assert listing.json() == {"invoices": [], "total": 0}


def test_pytest_plugin_fixtures(highlevel_client: HighLevel, highlevel_sandbox: Sandbox) -> None:
    created = highlevel_client.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert highlevel_sandbox.backend.invoice(LOCATION_A, created.field_id).status == "draft"


async def test_pytest_plugin_async_fixture(highlevel_async_client: AsyncHighLevel) -> None:
    created = await highlevel_async_client.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert created.status == models.InvoiceStatus.DRAFT


def test_route_table_matches_the_ordered_scan_of_the_spec_routes() -> None:
    """``_routes.match`` (a dict for static paths, routes grouped by '/' count) answers as trying every route
    of the spec in its static-first order does, on every template with ids, slashes and newlines."""
    import re

    from highlevel_sandbox import _routes

    def scan(path: str) -> tuple[str, dict[str, str]] | None:
        for route in _routes.routes():
            found = route.regex.fullmatch(path)
            if found:
                return route.path, found.groupdict()
        return None

    paths = {"/", "", "/invoices", "/invoices//", "/invoices/\n", "/nope", "/invoices/a/b/c/d/e"}
    for route in _routes.routes():
        with_id = re.sub(r"\{\w+\}", "abc", route.path)
        for value in ("abc", "schedule", "template", "estimate", "a\nb", "", "x/y"):
            path = with_id.replace("abc", value)
            paths |= {path, path.rstrip("/"), path.rstrip("/") + "/", path + "\n", path + "//"}
    for path in sorted(paths):
        found = _routes.match(path)
        assert (found and (found[0].path, found[1])) == scan(path), path


def test_json_response_sends_what_starlettes_response_would() -> None:
    from starlette.responses import Response

    from highlevel_sandbox._http import json_response

    cases: list[tuple[int, Any, dict[str, str] | None]] = [
        (200, {"a": "é\u2028", "b": [1, 2.5, None, True]}, None),
        (429, {"x": 1}, {"Retry-After": "3", "X-RateLimit-Limit": "10"}),
        (204, {}, {}),
        (201, [], {"Content-Type": "application/problem+json"}),
    ]
    for status, payload, headers in cases:
        text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
        expected = Response(text, status_code=status, headers=headers, media_type="application/json")
        actual = json_response(status, payload, headers)
        assert (expected.status_code, expected.raw_headers, expected.body) == (
            actual.status_code,
            actual.raw_headers,
            actual.body,
        )


async def test_an_unexpected_failure_of_the_api_is_highlevels_500(sandbox: Sandbox) -> None:
    """The API skips Starlette's middlewares; an exception still answers HighLevel's 500, then reaches the caller
    (``strict_responses``) or only the log."""

    def broken(call: Any) -> Any:
        raise RuntimeError("boom")

    for reraise in (True, False):
        sandbox.app.reraise = reraise
        sandbox.responses.get_invoice = broken  # type: ignore[method-assign]
        transport = httpx.ASGITransport(app=sandbox.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://sb") as client:
            response = await client.get("/invoices/65782790879ad2646715bb99", headers=HEADERS, params=Q)
        assert (response.status_code, response.json()) == (
            500,
            {"statusCode": 500, "message": "Internal server error", "error": "Internal Server Error"},
        )
