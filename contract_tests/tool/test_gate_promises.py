"""What a server that is not the sandbox receives from a conformance run, seen where it arrives (issue 23).

A recording proxy of our own (``recording_proxy.py``, its own process, no code
shared with the command) stands in front of ``python -m highlevel_sandbox``, so
the command sees only a URL that is not the sandbox's. The proxy logs the
method, path and arrival time of every request; the assertions read that log,
never the command's counters: a read-only run delivers nothing but ``GET``,
``--max-requests N`` delivers at most N requests from all stages together
(pre-flight, lifecycle tests, schemathesis with its probes and auth checks),
``--rate R`` never delivers more than R in any window. And the server received
exactly what the gate says it forwarded, so no stage goes around the gate.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

import highlevel_spec as specs
from contract_tests.tool.recording_proxy import arrivals, busiest_window
from highlevel_conformance.gate import GATE_HEADER, Gate, MethodPolicy
from highlevel_conformance.runner import schemathesis_config
from highlevel_conformance.servers import running, sandbox_command
from highlevel_conformance.target import sandbox_identities

ROOT = Path(__file__).resolve().parents[2]
A, _ = sandbox_identities()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with running(sandbox_command("off")) as server:
        yield server.url


@contextmanager
def recording(upstream: str, log: Path) -> Iterator[str]:
    """A recording proxy in front of ``upstream``; its URL. ``log`` holds what it received from then on."""
    cmd = [sys.executable, "-m", "contract_tests.tool.recording_proxy", "--port", "{port}", "--upstream", upstream,
           "--log", str(log)]  # fmt: skip
    with running(cmd, cwd=ROOT) as proxy:
        log.write_text("", encoding="utf-8")  # running()'s own start-up probe is not the run's
        yield proxy.url


def conformance(url: str, *args: str, reports: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HIGHLEVEL_") and k != "CI"}
    cmd = [
        sys.executable,
        "-m",
        "highlevel_conformance",
        "run",
        "--base-url",
        url,
        "--token",
        A.token,
        "--location-id",
        A.location,
        "--reports-dir",
        str(reports),
        "--seed",
        "1",
        "--max-examples",
        "1",
        *args,
    ]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)  # fmt: skip


def gate_stats(reports: Path) -> dict[str, Any]:
    stats: dict[str, Any] = json.loads((reports / "details.json").read_text(encoding="utf-8"))["gate"]
    return stats


def test_a_read_only_run_delivers_nothing_but_get_and_at_most_its_budget(sandbox: str, tmp_path: Path) -> None:
    # 300: before the gate, schemathesis' coverage phase probed PUT, PATCH, DELETE, OPTIONS, TRACE and QUERY on
    # /invoices/ from request 265 on, and 324 requests arrived in all.
    log, reports = tmp_path / "proxy.jsonl", tmp_path / "reports"
    with recording(sandbox, log) as url:
        result = conformance(url, "--max-requests", "300", reports=reports)
    received = arrivals(log)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert {m: n for m, n in Counter(e["method"] for e in received).items() if m != "GET"} == {}
    assert 0 < len(received) <= 300
    gate = gate_stats(reports)
    assert gate["total"] == len(received)  # every request the server got went through the gate
    assert f"  requests     {len(received)} reached the server (at most 300, --max-requests): " in result.stdout
    # The gate's counts and refusals name methods and paths, never a header: no token in what the run wrote.
    assert A.token not in result.stdout + result.stderr + (reports / "details.json").read_text(encoding="utf-8")


def test_the_budget_and_the_rate_hold_at_the_server_for_every_stage(sandbox: str, tmp_path: Path) -> None:
    # Before the gate: 54 requests arrived for --max-requests 30, and 13 within one second for --rate 5/1s
    # (the lifecycle tests, the pre-flight and schemathesis' probes were neither counted nor paced).
    log, reports = tmp_path / "proxy.jsonl", tmp_path / "reports"
    with recording(sandbox, log) as url:
        result = conformance(url, "--max-requests", "30", "--rate", "5/1s", reports=reports)
    received = arrivals(log)
    # 30 requests cannot reach all 12 GET operations: nothing failed, but the run is incomplete (exit status 3).
    assert result.returncode == 3, result.stdout[-3000:] + result.stderr[-2000:]
    assert "  verdict      incomplete: " in result.stdout
    assert 0 < len(received) <= 30
    assert busiest_window([e["t"] for e in received], 1.0) <= 5
    gate = gate_stats(reports)
    assert gate["total"] == len(received)
    assert set(gate["forwarded"]) == {"pre-flight", "lifecycle", "schemathesis"}
    assert "paced to 5/1s" in result.stdout


def declared(method: str, path: str) -> bool:
    """Whether the spec declares ``method`` on a path template that names ``path`` (a parameter: one segment)."""
    for op_method, template, _ in specs.operations(specs.load_spec()):
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if op_method.upper() == method and re.fullmatch(pattern, path):
            return True
    return False


def test_a_budget_spent_by_the_lifecycle_tests_stops_them_and_leaves_schemathesis_out(
    sandbox: str, tmp_path: Path
) -> None:
    # With side effects, the first lifecycle test alone needs more than 6 requests: the gate refuses the 7th,
    # the test is reported skipped (not failed: the server never saw the rest), and schemathesis does not start.
    log, reports = tmp_path / "proxy.jsonl", tmp_path / "reports"
    with recording(sandbox, log) as url:
        result = conformance(url, "--max-requests", "6", "--allow-side-effects", reports=reports)
    received = arrivals(log)
    # Nothing failed, but nothing was checked: incomplete (exit status 3), never passed.
    assert result.returncode == 3, result.stdout[-3000:] + result.stderr[-2000:]
    assert len(received) <= 6
    assert [(e["method"], e["path"]) for e in received if e["method"] != "GET" and not declared(
        e["method"], e["path"].split("?")[0])] == []  # fmt: skip
    assert "the request budget (--max-requests) is spent (it ran out in this test)" in result.stdout
    assert "  schemathesis not run: the earlier stages spent the request budget (6 requests, --max-requests)" in (
        result.stdout
    )
    assert gate_stats(reports)["total"] == len(received)


def test_the_gate_forwards_only_what_the_run_may_send(sandbox: str, tmp_path: Path) -> None:
    log = tmp_path / "proxy.jsonl"
    headers = {"Authorization": f"Bearer {A.token}", "Version": "2021-07-28"}
    query = f"?altId={A.location}&altType=location"
    with recording(sandbox, log) as url:
        read_only = Gate(url, policy=MethodPolicy.from_spec(allow_side_effects=False, probe_undeclared=False))
        declared = Gate(url, policy=MethodPolicy.from_spec(allow_side_effects=True, probe_undeclared=False))
        probing = Gate(url, policy=MethodPolicy.from_spec(allow_side_effects=True, probe_undeclared=True))
        budget = Gate(url, policy=MethodPolicy.everything(), max_requests=2)
        answers: dict[str, int] = {}
        with read_only, declared, probing, budget, httpx.Client(headers=headers) as client:
            doors = {gate: gate.door("test") for gate in (read_only, declared, probing, budget)}
            for name, gate, method, path in [
                ("read-only GET", read_only, "GET", "/invoices/"),
                ("read-only POST", read_only, "POST", "/invoices/"),
                ("read-only DELETE", read_only, "DELETE", "/invoices/abc"),
                ("declared POST", declared, "POST", "/invoices/"),
                ("undeclared POST", declared, "POST", "/invoices/settings"),
                ("undeclared PATCH", declared, "PATCH", "/invoices/settings"),
                ("undeclared PUT", declared, "PUT", "/invoices/"),
                ("probed PATCH", probing, "PATCH", "/invoices/settings"),
                ("budget 1", budget, "GET", "/invoices/"),
                ("budget 2", budget, "GET", "/invoices/"),
                ("budget 3", budget, "GET", "/invoices/"),
            ]:
                answer = client.request(method, doors[gate] + path + query, json={} if method != "GET" else None)
                answers[name] = answer.status_code
                if answer.headers.get(GATE_HEADER):
                    assert answer.status_code == 403 and "not forwarded by highlevel-conformance" in answer.text
            assert budget.stats()["refused"] == {"test": {"refused-budget": 1}}
            # A header the gate's HTTP library cannot write (schemathesis probes a NUL byte): answered 400 by the
            # gate, as a strict front server would, and neither sent nor counted.
            door = urllib.parse.urlsplit(doors[read_only])
            raw = http.client.HTTPConnection(door.hostname or "", door.port)
            raw.request("GET", "/invoices/" + query, headers={**headers, "X-Probe": "a\x00b"})
            probe = raw.getresponse()
            assert (probe.status, probe.getheader(GATE_HEADER)) == (400, "refused-invalid-http")
            raw.close()
            assert read_only.stats()["total"] == 1
    received = [(e["method"], e["path"].split("?")[0]) for e in arrivals(log)]
    assert received == [
        ("GET", "/invoices/"),
        ("POST", "/invoices/"),
        ("PATCH", "/invoices/settings"),
        ("GET", "/invoices/"),
        ("GET", "/invoices/"),
    ]
    refused = ["read-only POST", "read-only DELETE", "undeclared POST", "undeclared PATCH", "undeclared PUT",
               "budget 3"]  # fmt: skip
    assert {name: answers[name] for name in refused} == dict.fromkeys(refused, 403)


def test_schemathesis_probes_undeclared_methods_only_when_asked() -> None:
    assert "unexpected-methods = []" in schemathesis_config(
        deterministic=True, seed=None, probe_undeclared_methods=False
    )
    assert "unexpected-methods" not in schemathesis_config(deterministic=True, seed=None)
