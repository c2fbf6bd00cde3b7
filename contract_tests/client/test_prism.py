"""Issue 24: every operation, called as a user calls it, against Prism mocking the vendor's own document.

Prism (``bench/prism``, installed by ``make bench-tools``) serves
``../shared/vendor/apps/invoices.json``: statically, the vendor's examples; dynamically
(``Prefer: dynamic=true``), random answers its schemas allow, a new draw on every request
(Prism's ``--seed`` re-seeds each request with the same seed, so it would give one answer
only): three per operation and client, the answer's bytes in any failure message.
Whatever comes, the tolerant client returns the operation's model and reports each
departure with its JSON path; the same answer makes a strict client raise
``ResponseValidationError`` naming the first one. One Prism process per module (per
xdist worker). The verdict on each answer is checked twice: what the client reported,
and ``check_answer`` on the bytes that came (recorded under the client, at the transport).
"""

from __future__ import annotations

import asyncio
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import highlevel_spec as specs
from contract_tests.client.calls import success_type, valid_call
from contract_tests.shared import SHARED_DIR, require
from highlevel_conformance.servers import running
from highlevel_invoices import (
    AsyncHighLevel,
    Departure,
    DepartureLog,
    HighLevel,
    ResponseDriftWarning,
    ResponseValidationError,
    check_answer,
)

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "bench" / "prism" / "node_modules" / ".bin" / "prism"
VENDOR = SHARED_DIR / "vendor" / "apps" / "invoices.json"  # the prism fixture skips without it
DYNAMIC_ROUNDS = 3  # dynamic answers per operation and client
OPERATIONS = sorted(op["operationId"] for _, _, op in specs.operations(specs.load_spec()))


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    require("vendor", "apps", "invoices.json", what="the vendor's published OpenAPI documents")
    if not PRISM.exists():
        reason = f"Prism is not installed ({PRISM.relative_to(ROOT)}): make bench-tools installs it"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: these tests must run)")
        pytest.skip(reason)
    cmd = [str(PRISM), "mock", str(VENDOR), "--port", "{port}", "--host", "127.0.0.1", "-v", "warn"]
    with running(cmd, cwd=ROOT, timeout=60) as server:
        yield server.url


class Recording(httpx.BaseTransport):
    """The real transport, keeping the last answer's status and bytes."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.last: tuple[int, bytes] = (0, b"")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        content = response.read()
        self.last = (response.status_code, content)
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)


class AsyncRecording(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.last: tuple[int, bytes] = (0, b"")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        self.last = (response.status_code, content)
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)


DOCUMENT: dict[str, Any] = specs.read_document(VENDOR) if VENDOR.exists() else {}


Call = tuple[str, str, list[Any], dict[str, Any], dict[str, Any]]


def _calls(dynamic: bool) -> list[Call]:
    """(operationId, method, args, kwargs, per-call options) of every call of a round."""
    options = {"extra_headers": {"Prefer": "dynamic=true"}} if dynamic else {}
    rounds = DYNAMIC_ROUNDS if dynamic else 1
    return [(op, *valid_call(op, DOCUMENT), options) for op in OPERATIONS for _ in range(rounds)]


def _check(operation: str, result: Any, reported: list[Departure], last: tuple[int, bytes]) -> list[str]:
    """What is wrong with one tolerant call (empty: nothing)."""
    problems = []
    expected_type = success_type(operation)
    if (expected_type is None and result is not None) or (
        expected_type is not None and not isinstance(result, expected_type)
    ):
        problems.append(f"{operation}: returned {type(result).__name__}, not {expected_type}")
    status, body = last
    verdict = check_answer(operation, body if success_type(operation) is not None else b"", status)
    if [(d.path, d.kind) for d in reported] != [(d.path, d.kind) for d in verdict]:
        problems.append(
            f"{operation}: reported {[str(d) for d in reported]}, the answer has {[str(d) for d in verdict]}"
            f" ({status} {body[:2000]!r})"
        )
    return problems


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
def test_every_operation_returns_its_model_and_reports_each_departure(prism: str, dynamic: bool) -> None:
    recording = Recording()
    reported: list[Departure] = []
    problems: list[str] = []
    log = DepartureLog()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResponseDriftWarning)
        with HighLevel("t", base_url=prism, transport=recording, rate_limit=None, max_retries=0,
                       on_departure=reported.append) as hl:  # fmt: skip
            for operation, name, args, kwargs, options in _calls(dynamic):
                reported.clear()
                try:
                    result = getattr(hl, name)(*args, **kwargs, **options)
                except Exception as error:  # a successful call never raises
                    problems.append(f"{operation}: raised {type(error).__name__}: {error}")
                    continue
                problems += _check(operation, result, list(reported), recording.last)
                for departure in reported:
                    log.add(departure)
    assert problems == []
    print("\n".join(log.lines()))
    if not dynamic:  # the vendor's own examples that made the strict client raise (issue 24)
        patterns = {(d.operation, d.pattern) for d, _ in log}
        assert ("get-invoice-settings", "lateFeesConfiguration.maxLateFees.value") in patterns


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
def test_the_async_client_too(prism: str, dynamic: bool) -> None:
    async def run() -> list[str]:
        recording = AsyncRecording()
        reported: list[Departure] = []
        problems: list[str] = []
        async with AsyncHighLevel("t", base_url=prism, transport=recording, rate_limit=None, max_retries=0,
                                  on_departure=reported.append) as hl:  # fmt: skip
            for operation, name, args, kwargs, options in _calls(dynamic):
                reported.clear()
                try:
                    result = await getattr(hl, name)(*args, **kwargs, **options)
                except Exception as error:
                    problems.append(f"{operation}: raised {type(error).__name__}: {error}")
                    continue
                problems += _check(operation, result, list(reported), recording.last)
        return problems

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResponseDriftWarning)
        assert asyncio.run(run()) == []


Outcome = tuple[str, ResponseValidationError | None, tuple[int, bytes]]


def _strict_sync(prism: str, dynamic: bool) -> list[Outcome]:
    recording, outcomes = Recording(), []
    with HighLevel("t", base_url=prism, transport=recording, rate_limit=None, max_retries=0, strict=True) as hl:
        for operation, name, args, kwargs, options in _calls(dynamic):
            try:
                getattr(hl, name)(*args, **kwargs, **options)
                error = None
            except ResponseValidationError as exc:
                error = exc
            outcomes.append((operation, error, recording.last))
    return outcomes


async def _strict_async(prism: str, dynamic: bool) -> list[Outcome]:
    recording, outcomes = AsyncRecording(), []
    async with AsyncHighLevel("t", base_url=prism, transport=recording, rate_limit=None, max_retries=0,
                              strict=True) as hl:  # fmt: skip
        for operation, name, args, kwargs, options in _calls(dynamic):
            try:
                await getattr(hl, name)(*args, **kwargs, **options)
                error = None
            except ResponseValidationError as exc:
                error = exc
            outcomes.append((operation, error, recording.last))
    return outcomes


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
def test_a_strict_client_raises_naming_the_first_departure(prism: str, dynamic: bool) -> None:
    problems: list[str] = []
    outcomes = _strict_sync(prism, dynamic) + asyncio.run(_strict_async(prism, dynamic))
    for operation, error, (status, body) in outcomes:
        came = body[:2000]
        verdict = check_answer(operation, body if success_type(operation) is not None else b"", status)
        if error is None and verdict:
            problems.append(f"{operation}: a strict client returned an answer with {verdict[0]} ({came!r})")
        elif error is not None and (not verdict or error.json_path != verdict[0].path):
            problems.append(
                f"{operation}: raised naming {error.json_path!r}, the answer has {verdict} ({body[:2000]!r})"
            )
        elif error is not None and [(d.path, d.kind) for d in error.departures] != [(d.path, d.kind) for d in verdict]:
            problems.append(
                f"{operation}: the error lists {error.departures}, the answer has {verdict} ({body[:2000]!r})"
            )
    assert problems == []
    assert any(error is not None for _, error, _ in outcomes)  # the vendor's own answers do depart from its schemas
