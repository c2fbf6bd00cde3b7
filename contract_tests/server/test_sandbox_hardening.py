"""Hostile input the sandbox must answer in HighLevel's shape, never with a 500 or a dropped connection (issue 11)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from highlevel_conformance.lifecycle import bodies
from highlevel_sandbox import LOCATION_A, Sandbox, SandboxConfig, SyncASGITransport
from highlevel_spec import load_spec

pytestmark = pytest.mark.sandbox_only
TOKEN_A = "sandbox-token-location-a"
HEADERS = {"Authorization": f"Bearer {TOKEN_A}", "Version": "2021-07-28"}
Q = {"altId": LOCATION_A, "altType": "location"}
README = Path(__file__).resolve().parents[2] / "sandbox" / "README.md"


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(rate_limit=None))


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sb") as client:
        yield client


def assert_highlevel_shape(response: httpx.Response, status: int) -> dict[str, Any]:
    assert (response.status_code, response.headers["content-type"]) == (status, "application/json")
    payload: dict[str, Any] = response.json()
    assert (sorted(payload), payload["statusCode"]) == (["error", "message", "statusCode"], status)
    return payload


def nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"x": value}
    return value


def with_nested(fields: dict[str, Any], key: str, depth: int) -> bytes:
    """``fields`` plus ``key`` holding objects nested ``depth`` deep, as JSON text.

    Written as text, not with ``json.dumps``: encoding hundreds of levels recurses past the
    interpreter's limit in a pytest-xdist worker, whose stack is already deep.
    """
    deep = '{"x": ' * depth + '"leaf"' + "}" * depth
    return (json.dumps(fields)[:-1] + f', "{key}": {deep}}}').encode()


# ---------------------------------------------------------------------------- 9: deep nesting, keep-alive


@pytest.mark.parametrize("depth", [101, 500, 950])
def test_deeply_nested_json_is_a_400_at_parse_time(http: httpx.Client, depth: int) -> None:
    content = with_nested(bodies.invoice_fields(LOCATION_A), "unknown", depth)
    response = http.post("/invoices/", content=content, headers={**HEADERS, "Content-Type": "application/json"})
    payload = assert_highlevel_shape(response, 400)
    assert payload["message"] == "Malformed JSON body: nested deeper than 100 levels"


def test_nesting_up_to_the_cap_is_accepted(http: httpx.Client) -> None:
    body = {**bodies.invoice_fields(LOCATION_A), "unknown": nested(97)}  # the body itself and 'unknown': 99 levels
    response = http.post("/invoices/", json=body, headers=HEADERS)
    assert response.status_code == 200


@pytest.fixture
def served(sandbox: Sandbox) -> Iterator[tuple[str, int]]:
    """The sandbox behind uvicorn on 127.0.0.1 (a free port), as ``make serve`` runs it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(sandbox.app, log_level="critical", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(1000):  # up to 10 s on a busy machine
        if server.started:
            break
        thread.join(0.01)
    assert server.started, "uvicorn did not start"
    yield sock.getsockname()
    server.should_exit = True
    thread.join(5)
    sock.close()


def _exchange(conn: socket.socket, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send one request, read one whole answer (Content-Length framed)."""
    conn.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before an answer: {data[:80]!r}")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            raise ConnectionError("closed in the middle of an answer")
        rest += chunk
    return int(lines[0].split()[1]), headers, rest


def _raw(method: str, path: str, body: bytes = b"", content_type: str = "application/json") -> bytes:
    head = [f"{method} {path} HTTP/1.1", "Host: sb", f"Authorization: {HEADERS['Authorization']}",
            "Version: 2021-07-28", f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]  # fmt: skip
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


HOSTILE = [
    ("POST", "/invoices/", with_nested(bodies.invoice_fields(LOCATION_A), "u", 950)),
    ("POST", "/invoices/", json.dumps({**bodies.invoice_fields(LOCATION_A), "name": "x\ud800y"}).encode()),
    ("TRACE", "/invoices/", b""),
    ("POST", "/__sandbox/faults", b'{"count": 1e400}'),
    ("GET", "/invoices/schedule/%0A%28%C2%A0/schedule", b""),
]


@pytest.mark.parametrize(("method", "path", "body"), HOSTILE)
def test_a_keep_alive_connection_survives_every_hostile_request(
    served: tuple[str, int], method: str, path: str, body: bytes
) -> None:
    listing = f"/invoices/?altId={LOCATION_A}&altType=location&limit=1&offset=0"
    with socket.create_connection(served, timeout=10) as conn:
        status, headers, _ = _exchange(conn, _raw(method, path, body))
        assert (status < 500, headers.get("connection")) == (True, None)
        assert _exchange(conn, _raw("GET", listing))[0] == 200  # the same connection answers the next request


def test_an_unexpected_failure_is_a_highlevel_shaped_500(sandbox: Sandbox, http: httpx.Client) -> None:
    def broken(call: Any) -> Any:
        raise RuntimeError("bug")

    sandbox.responses.list_invoices = broken  # type: ignore[method-assign]
    response = http.get("/invoices/", params={**Q, "limit": "1", "offset": "0"}, headers=HEADERS)
    assert assert_highlevel_shape(response, 500)["message"] == "Internal server error"


# ---------------------------------------------------------------------------- 10: lone surrogates


@pytest.mark.parametrize(
    "raw",
    [b'"name": "x\\ud800y"', b'"name": "\\udfff"', b'"termsNotes": "a\\ud83d"', b'"unknown": {"\\udc00": 1}'],
)
def test_a_lone_surrogate_anywhere_is_a_400(http: httpx.Client, raw: bytes) -> None:
    content = json.dumps(bodies.invoice_fields(LOCATION_A))[:-1].encode() + b", " + raw + b"}"
    response = http.post("/invoices/", content=content, headers={**HEADERS, "Content-Type": "application/json"})
    payload = assert_highlevel_shape(response, 400)
    assert payload["message"] == "Malformed JSON body: a string holds a lone UTF-16 surrogate"


def test_a_surrogate_pair_is_text(http: httpx.Client) -> None:
    content = json.dumps({**bodies.invoice_fields(LOCATION_A), "name": "\U0001f600"}, ensure_ascii=True).encode()
    response = http.post("/invoices/", content=content, headers={**HEADERS, "Content-Type": "application/json"})
    assert (response.status_code, response.json()["name"]) == (200, "\U0001f600")


# ---------------------------------------------------------------------------- 11: JSON bodies only

REQUIRED_CREATE = sorted(load_spec()["components"]["schemas"]["CreateInvoiceRequest"]["required"])


@pytest.mark.parametrize(
    ("content_type", "encode"),
    [
        ("text/plain", lambda body: json.dumps(body).encode()),
        ("application/x-www-form-urlencoded", lambda body: str(httpx.QueryParams({"name": body["name"]})).encode()),
        ("", lambda body: json.dumps(body).encode()),
    ],
)
def test_a_body_that_is_not_json_is_not_read(http: httpx.Client, content_type: str, encode: Any) -> None:
    body = bodies.invoice_fields(LOCATION_A)
    headers = {**HEADERS, "Content-Type": content_type} if content_type else HEADERS
    response = http.post("/invoices/", content=encode(body), headers=headers)
    payload = assert_highlevel_shape(response, 422)
    assert sorted(payload["message"]) == [f'body: "{name}" is a required property' for name in REQUIRED_CREATE]
    listing = http.get("/invoices/", params={**Q, "limit": "5", "offset": "0"}, headers=HEADERS)
    assert listing.json()["total"] == 0


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "application/vnd.api+json"])
def test_json_media_types_are_read(http: httpx.Client, content_type: str) -> None:
    content = json.dumps(bodies.invoice_fields(LOCATION_A)).encode()
    response = http.post("/invoices/", content=content, headers={**HEADERS, "Content-Type": content_type})
    assert response.status_code == 200


# ---------------------------------------------------------------------------- 12: every answer in HighLevel's shape


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("TRACE", "/invoices/", None, 405),
        ("CONNECT", "/invoices/abc", None, 405),
        ("TRACE", "/__sandbox/reset", None, 405),
        ("PUT", "/__sandbox/faults", None, 405),
        ("POST", "/__sandbox/faults", b'{"count": 1e400}', 400),
        ("POST", "/__sandbox/faults", b'{"count": "many"}', 400),
        ("POST", "/__sandbox/faults", b'{"count": 1, "status": [503]}', 400),
        ("POST", "/__sandbox/faults", b"[1]", 400),
        ("POST", "/__sandbox/faults", b'{"count": 1, "delayMs": 1e400}', 400),
        ("GET", "/__sandbox/reset/", None, 404),
    ],
)
def test_router_and_admin_answers_are_highlevel_shaped(
    http: httpx.Client, method: str, path: str, body: bytes | None, status: int
) -> None:
    response = http.request(method, path, content=body, headers=HEADERS)
    assert_highlevel_shape(response, status)


def test_trace_on_an_api_path_lists_the_allowed_methods(http: httpx.Client) -> None:
    response = http.request("TRACE", "/invoices/abc", headers=HEADERS)
    assert (response.status_code, response.headers["allow"]) == (405, "DELETE, GET, PUT")


# ---------------------------------------------------------------------------- 13: an invoice can always be settled


def _create(http: httpx.Client, amount: Decimal) -> str:
    body = bodies.invoice_fields(LOCATION_A, items=[bodies.item(float(amount), 1)])
    response = http.post("/invoices/", json=body, headers=HEADERS)
    assert response.status_code == 200, response.text
    invoice_id: str = response.json()["_id"]
    return invoice_id


def _get(http: httpx.Client, invoice_id: str) -> dict[str, Any]:
    payload: dict[str, Any] = http.get(f"/invoices/{invoice_id}", params=Q, headers=HEADERS).json()
    return payload


def _update_items(http: httpx.Client, invoice_id: str, amount: Decimal) -> httpx.Response:
    current = _get(http, invoice_id)
    body = {"altId": LOCATION_A, "altType": "location", "name": current["name"], "currency": "USD",
            "issueDate": current["issueDate"], "dueDate": current["dueDate"],
            "invoiceItems": [bodies.item(float(amount), 1)]}  # fmt: skip
    return http.put(f"/invoices/{invoice_id}", json=body, headers=HEADERS)


def _pay(http: httpx.Client, invoice_id: str, amount: Decimal | None) -> httpx.Response:
    body = bodies.payment(LOCATION_A, None if amount is None else float(amount)).to_dict()
    return http.post(f"/invoices/{invoice_id}/record-payment", json=body, headers=HEADERS)


def test_an_update_down_to_the_amount_paid_settles_the_invoice(http: httpx.Client) -> None:
    invoice_id = _create(http, Decimal(100))
    assert _pay(http, invoice_id, Decimal(40)).status_code == 200
    assert _update_items(http, invoice_id, Decimal(40)).status_code == 200
    got = _get(http, invoice_id)
    assert (got["status"], got["total"], got["amountPaid"], got["amountDue"]) == ("paid", 40, 40, 0)


MONEY = load_spec()["components"]["schemas"]["Money"]["x-generation"]  # the bounds of generated data (Q28)
# Amounts on a coarse grid inside the spec's Money range, so that sequences hit "exactly what was paid".
amounts = st.integers(0, 12).map(lambda n: Decimal(n * 10)).filter(lambda a: MONEY["minimum"] <= a <= MONEY["maximum"])
steps = st.lists(
    st.one_of(
        st.tuples(st.just("update"), amounts),
        st.tuples(st.just("pay"), st.one_of(st.none(), amounts.filter(lambda a: a > 0))),
        st.tuples(st.just("void"), st.none()),
        st.tuples(st.just("send"), st.none()),
    ),
    max_size=8,
)


def check_invariants(invoice: dict[str, Any], before: dict[str, Any] | None) -> None:
    total, paid, due = (Decimal(str(invoice[k])) for k in ("total", "amountPaid", "amountDue"))
    status: str = invoice["status"]
    assert 0 <= paid <= total
    assert due == total - paid
    expected = {
        "paid": paid > 0 and due == 0,
        "partially_paid": 0 < paid < total,
        "draft": paid == 0,
        "sent": paid == 0,
        "void": True,
    }
    assert expected[status], invoice
    if before is not None and before["status"] in ("void", "paid"):  # closed: nothing changes any more
        assert (status, invoice["amountPaid"], invoice["total"]) == (
            before["status"], before["amountPaid"], before["total"])  # fmt: skip


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=amounts, sequence=steps)
def test_no_sequence_of_calls_breaks_the_money_invariants(first: Decimal, sequence: list[tuple[str, Any]]) -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sb") as http:
        invoice_id = _create(http, first)
        before = _get(http, invoice_id)
        check_invariants(before, None)
        for action, amount in sequence:
            if action == "update":
                response = _update_items(http, invoice_id, amount)
            elif action == "pay":
                response = _pay(http, invoice_id, amount)
            else:
                path = f"/invoices/{invoice_id}/{action}"
                extra = {"userId": LOCATION_A, "action": "email", "liveMode": False} if action == "send" else {}
                response = http.post(path, json={**Q, **extra}, headers=HEADERS)
            assert response.status_code in (200, 400), response.text
            after = _get(http, invoice_id)
            check_invariants(after, before)
            before = after
        if before["status"] not in ("void", "paid") and Decimal(str(before["amountDue"])) > 0:
            assert _pay(http, invoice_id, None).status_code == 200  # an open invoice can always be paid in full
            assert _get(http, invoice_id)["status"] == "paid"


# ---------------------------------------------------------------------------- 14: state is memory only


def test_a_restart_starts_empty_and_the_readme_says_so(sandbox: Sandbox, http: httpx.Client) -> None:
    assert http.post("/invoices/", json=bodies.invoice_fields(LOCATION_A), headers=HEADERS).status_code == 200
    restarted = Sandbox(SandboxConfig(rate_limit=None))
    with httpx.Client(transport=SyncASGITransport(restarted.app), base_url="http://sb") as again:
        listing = again.get("/invoices/", params={**Q, "limit": "5", "offset": "0"}, headers=HEADERS)
    assert listing.json() == {"invoices": [], "total": 0}
    assert "A restart loses every invoice and schedule" in README.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- 15: odd characters in path ids


def test_an_id_holding_a_newline_matches_its_route(http: httpx.Client) -> None:
    response = http.post("/invoices/schedule/%0A%28%C2%A0/schedule", json={**Q, "liveMode": False}, headers=HEADERS)
    assert assert_highlevel_shape(response, 404)["message"] == "Unable to find an schedule with the given schedule id"


def test_a_trailing_newline_is_not_the_collection(http: httpx.Client) -> None:
    response = http.get("/invoices%0A", params={**Q, "limit": "1", "offset": "0"}, headers=HEADERS)
    assert assert_highlevel_shape(response, 404)["message"] == "Cannot GET /invoices\n"


@settings(max_examples=150, deadline=None)
@given(identifier=st.text(min_size=1).filter(lambda s: "/" not in s and s not in (".", "..")))
def test_any_path_id_reaches_its_route(identifier: str) -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=None))
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sb") as http:
        url = httpx.URL("http://sb/invoices/schedule/" + quote(identifier, safe="") + "/schedule")
        assert url.path == f"/invoices/schedule/{identifier}/schedule"
        response = http.get(url, headers=HEADERS)
    assert (response.status_code, response.headers["allow"]) == (405, "POST")
    assert_highlevel_shape(response, 405)
