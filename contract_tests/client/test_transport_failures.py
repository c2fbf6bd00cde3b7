"""Hostile servers: a call ends by its timeout, fails only with the client's own errors, and says why.

- a server that trickles its answer cannot hold a call past its timeout (sync and async, real sockets);
- every exception of httpx's hierarchy, raised before the answer or in the middle of its body, comes
  out as ``APIConnectionError`` / ``APITimeoutError`` with the cause chained; a GET is retried, a POST
  whose request may have reached the server is not;
- ``Retry-After`` beyond the cap raises at once, with the requested wait on the error;
- connection errors name the host and the cause.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import tomllib
from collections.abc import AsyncIterator, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import highlevel_invoices as hl_pkg
from highlevel_invoices import AsyncHighLevel, HighLevel, RetryPolicy, models

from . import helpers
from .helpers import INVOICE_ID, LOCATION, TOKEN, Recorder, async_client, sync_client

FAST = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)


# ---------------------------------------------------------------------------- a hostile server on loopback


class TricklingServer:
    """Answers every request on 127.0.0.1 (port 0) by sending ``head`` then ``body``, one byte per ``pace`` s.

    It gives up after ``give_up`` seconds, so a client without a deadline ends there (and fails the test).
    """

    def __init__(
        self, head: bytes, body: bytes = b"", pace: float = 0.1, give_up: float = 8.0, wait_for_request: bool = True
    ) -> None:
        self.head, self.body, self.pace, self.give_up = head, body, pace, give_up
        self.wait_for_request = wait_for_request
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> TricklingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.listener.close()
        self._thread.join(timeout=10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        self.listener.settimeout(0.05)
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(2)
            try:
                data = b""
                while self.wait_for_request and b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                started = time.monotonic()
                conn.sendall(self.head)
                for byte in self.body:
                    if self._stop.is_set() or time.monotonic() - started > self.give_up:
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(self.pace)
                while not self._stop.is_set() and time.monotonic() - started < self.give_up:
                    time.sleep(0.05)  # hold the connection open, silent
            except OSError:
                return


def get_invoice(mode: str, base_url: str, **kwargs: Any) -> Any:
    args: dict[str, Any] = {"alt_id": LOCATION, "alt_type": "location"}
    if mode == "sync":
        with HighLevel(TOKEN, base_url=base_url, rate_limit=None, strict=True, **kwargs) as hl:
            return hl.get_invoice(INVOICE_ID, **args)

    async def call() -> Any:
        async with AsyncHighLevel(TOKEN, base_url=base_url, rate_limit=None, strict=True, **kwargs) as ahl:
            return await ahl.get_invoice(INVOICE_ID, **args)

    return asyncio.run(call())


HEAD_OF_A_HUGE_BODY = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("max_retries", [0, 2])
def test_a_trickling_body_cannot_hold_a_call_past_its_timeout(mode: str, max_retries: int) -> None:
    """Each byte comes well within httpx's per-read timeout; the call's deadline still ends it."""
    with TricklingServer(HEAD_OF_A_HUGE_BODY, body=b"{" + b" " * 1000, pace=0.1) as server:
        started = time.monotonic()
        with pytest.raises(hl_pkg.APITimeoutError) as info:
            get_invoice(mode, server.url, timeout=1.0, retry_policy=RetryPolicy(max_retries, 0.0, 0.0))
        elapsed = time.monotonic() - started
    # Without the deadline the call lasts as long as the trickle (8 s of headers, 100 s of body); the margin
    # over the 1 s timeout absorbs a loaded machine's scheduling, not the trickle.
    assert elapsed < 3.0, f"the call took {elapsed:.2f} s with timeout=1.0"
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    assert f"127.0.0.1:{server.port}" in str(info.value) and "within 1 s" in str(info.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_trickling_headers_cannot_hold_a_call_past_its_timeout(mode: str) -> None:
    with TricklingServer(b"", body=HEAD_OF_A_HUGE_BODY, pace=0.1) as server:
        started = time.monotonic()
        with pytest.raises(hl_pkg.APITimeoutError):
            get_invoice(mode, server.url, timeout=1.0, max_retries=0)
        elapsed = time.monotonic() - started
    # Without the deadline the call lasts as long as the trickle (8 s of headers, 100 s of body); the margin
    # over the 1 s timeout absorbs a loaded machine's scheduling, not the trickle.
    assert elapsed < 3.0, f"the call took {elapsed:.2f} s with timeout=1.0"


def test_the_deadline_hook_runs_on_an_httpcore_the_package_declares() -> None:
    """The trickling-headers test above needs ``_transport.with_deadlines``, which wraps the network backend
    of httpcore's connection pool (not a public hook of httpx): it runs on the locked httpcore, so the package
    declares only that minor series, and a new one is tried before the range admits it."""
    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    (declared,) = [r for r in map(Requirement, pyproject["project"]["dependencies"]) if r.name == "httpcore"]
    installed = Version(metadata.version("httpcore"))
    assert installed in declared.specifier, (str(installed), str(declared))
    assert Version(f"{installed.major}.{installed.minor + 1}") not in declared.specifier, str(declared)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retries_share_the_call_deadline(mode: str) -> None:
    """A server that stalls: each attempt would wait its full read timeout; all of them fit in one timeout."""
    with TricklingServer(b"", pace=0.1) as server:  # reads the request, never answers
        started = time.monotonic()
        with pytest.raises(hl_pkg.APITimeoutError):
            get_invoice(mode, server.url, timeout=httpx.Timeout(1.0, connect=0.5), retry_policy=FAST)
        elapsed = time.monotonic() - started
    # Each attempt with its own timeout would take over 4.5 s (three attempts and two back-offs).
    assert elapsed < 2.5, f"the call took {elapsed:.2f} s with timeout=1.0 (retries included)"


# ---------------------------------------------------------------------------- every httpx exception


def all_subclasses(cls: type[BaseException]) -> list[type[BaseException]]:
    found = []
    for sub in cls.__subclasses__():
        if sub.__module__.startswith("httpx"):
            found.append(sub)
        found.extend(all_subclasses(sub))
    return sorted(set(found), key=lambda c: c.__name__)


HTTPX_ERRORS = all_subclasses(httpx.HTTPError)


def test_the_walk_finds_httpx_hierarchy() -> None:
    names = {c.__name__ for c in HTTPX_ERRORS}
    assert {"ConnectError", "ReadTimeout", "RemoteProtocolError", "ReadError", "DecodingError", "PoolTimeout"} <= names
    assert {"TransportError", "TimeoutException", "NetworkError", "ProtocolError", "HTTPStatusError"} <= names


def make(cls: type[BaseException], request: httpx.Request) -> BaseException:
    if issubclass(cls, httpx.HTTPStatusError):
        return cls("status", request=request, response=httpx.Response(500, request=request))
    return cls(f"{cls.__name__} from the wire")


class FailingBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends a few bytes, then raises ``error``."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"_id": "'
        raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"_id": "'
        raise self.error


async def call(mode: str, handler: Any, method: str, **kwargs: Any) -> Any:
    client: Any = sync_client(handler, **kwargs) if mode == "sync" else async_client(handler, **kwargs)
    result: Any
    if method == "GET":
        result = client.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type="location")
    else:
        result = client.send_invoice(INVOICE_ID, body=models.SendInvoiceRequest.from_dict(helpers.SEND_REQUEST))
    return await result if mode == "async" else result


@pytest.mark.parametrize("where", ["before the answer", "in the middle of the body"])
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("error_type", HTTPX_ERRORS, ids=lambda c: c.__name__)
async def test_every_httpx_error_comes_out_as_a_client_error(
    mode: str, error_type: type[BaseException], method: str, where: str
) -> None:
    attempts: list[httpx.Request] = []
    raised: list[BaseException] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        error = make(error_type, request)
        raised.append(error)
        if where == "before the answer":
            raise error
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=FailingBody(error))

    with pytest.raises(hl_pkg.HighLevelError) as info:
        await call(mode, handler, method)
    error = info.value
    expected = hl_pkg.APITimeoutError if issubclass(error_type, httpx.TimeoutException) else hl_pkg.APIConnectionError
    assert type(error) is expected
    assert error.__cause__ is raised[-1]
    not_sent = error_type in (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
    if method == "GET":
        retried = issubclass(error_type, httpx.TransportError)  # a body cut short is retried like a connect error
    else:  # an answer started, so the request reached the server: a POST is never sent twice
        retried = not_sent and where == "before the answer"
    assert len(attempts) == (1 + FAST.max_retries if retried else 1)


async def test_a_get_cut_mid_body_is_retried_and_succeeds(mode: str) -> None:
    import json

    answers = [
        httpx.Response(200, stream=FailingBody(httpx.RemoteProtocolError("peer closed connection"))),
        httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY),
    ]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers.pop(0)
        return answer

    invoice = await call(mode, handler, "GET")
    assert isinstance(invoice, models.InvoiceWithSummary) and len(seen) == 2
    assert json.loads(json.dumps(invoice.to_dict()))["_id"] == helpers.INVOICE_WITH_SUMMARY["_id"]


# ---------------------------------------------------------------------------- Retry-After beyond the cap


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_retry_after_beyond_the_cap_raises_at_once(mode: str, method: str) -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "99999"}, json={"statusCode": 429, "message": "slow down"}),
        httpx.Response(200, json=helpers.SEND_RESPONSE if method == "POST" else helpers.INVOICE_WITH_SUMMARY),
    )
    started = time.monotonic()
    with pytest.raises(hl_pkg.RateLimitError) as info:
        await call(mode, recorder, method)
    assert time.monotonic() - started < 0.5
    assert len(recorder.requests) == 1
    assert info.value.retry_after == 99999
    assert "wait 99999 s" in str(info.value)


async def test_retry_after_on_a_503_beyond_the_cap_raises_at_once(mode: str) -> None:
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": "3600"}), httpx.Response(200))
    with pytest.raises(hl_pkg.InternalServerError) as info:
        await call(mode, recorder, "GET")
    assert len(recorder.requests) == 1 and info.value.retry_after == 3600


async def test_a_wait_longer_than_the_call_timeout_is_not_made(mode: str) -> None:
    """Retry-After under the cap but past the call's deadline: raise now rather than fail later."""
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "5"}), httpx.Response(200, json=helpers.SEND_RESPONSE)
    )
    started = time.monotonic()
    with pytest.raises(hl_pkg.RateLimitError) as info:
        await call(mode, recorder, "POST", timeout=1.0)
    assert time.monotonic() - started < 0.5 and info.value.retry_after == 5


# ---------------------------------------------------------------------------- connection errors say where and why


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_connection_refused_names_host_and_port(mode: str) -> None:
    port = free_port()
    with pytest.raises(hl_pkg.APIConnectionError) as info:
        get_invoice(mode, f"http://127.0.0.1:{port}", max_retries=0)
    assert str(info.value) == f"GET /invoices/{INVOICE_ID}: connection refused by 127.0.0.1:{port}"
    assert (info.value.host, info.value.port) == ("127.0.0.1", port)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_unknown_host_says_it_cannot_be_resolved(mode: str) -> None:
    with pytest.raises(hl_pkg.APIConnectionError) as info:
        get_invoice(mode, "https://no-such-host.invalid", max_retries=0)
    assert info.value.reason == "cannot resolve host no-such-host.invalid"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_failed_tls_handshake_says_so(mode: str) -> None:
    garbage = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"  # plain HTTP where TLS was expected
    with (
        TricklingServer(garbage, pace=0.0, wait_for_request=False) as server,
        pytest.raises(hl_pkg.APIConnectionError) as info,
    ):
        get_invoice(mode, f"https://127.0.0.1:{server.port}", max_retries=0, timeout=2.0)
    assert info.value.reason.startswith(f"TLS handshake failed with 127.0.0.1:{server.port}"), info.value.reason


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_timeout_names_host_and_time(mode: str) -> None:
    with TricklingServer(b"") as server, pytest.raises(hl_pkg.APITimeoutError) as info:  # never answers
        get_invoice(mode, server.url, max_retries=0, timeout=0.5)
    assert info.value.reason == f"no complete answer from 127.0.0.1:{server.port} within 0.5 s (ReadTimeout)"
