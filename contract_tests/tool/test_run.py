"""highlevel-conformance run against real processes: pre-flight, pacing, a broken server, the report.

These run the installed command as a user would (a subprocess), against
sandboxes on loopback; ``--max-requests`` keeps them to seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests.spec.test_spec import VENDOR_OPERATIONS
from highlevel_conformance.runner import schemathesis_config
from highlevel_conformance.servers import free_port, running, sandbox_command
from highlevel_conformance.st_hooks import STATE_FITS
from highlevel_conformance.target import sandbox_identities

A, B = sandbox_identities()


def conformance(
    *args: str, reports: Path, timeout: float = 600, deterministic: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HIGHLEVEL_") and k != "CI"}
    generation = ["--deterministic"] if deterministic else ["--seed", "1"]
    cmd = [sys.executable, "-m", "highlevel_conformance", "run", "--reports-dir", str(reports), *generation, *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def test_nothing_listening_is_one_line_and_exit_2_within_5_seconds(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    result = conformance("--base-url", url, "--token", "t", "--location-id", "l", reports=tmp_path)
    assert time.monotonic() - started < 5
    assert (result.returncode, result.stdout) == (
        2,
        f"highlevel-conformance: cannot connect to {url}: connection refused\n",
    )


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with running(sandbox_command("off")) as server:
        yield server.url


def test_a_refused_token_is_one_line_and_exit_2(sandbox: str, tmp_path: Path) -> None:
    started = time.monotonic()
    result = conformance("--base-url", sandbox, "--token", "wrong", "--location-id", A.location, reports=tmp_path)
    assert time.monotonic() - started < 5
    assert (result.returncode, result.stdout) == (
        2, "highlevel-conformance: the token was refused (401 Invalid token: access token is invalid)\n"
    )  # fmt: skip


def test_a_token_without_access_to_the_location_is_one_line_and_exit_2(sandbox: str, tmp_path: Path) -> None:
    result = conformance("--base-url", sandbox, "--token", A.token, "--location-id", B.location, reports=tmp_path)
    assert result.returncode == 2
    assert result.stdout.startswith(f"highlevel-conformance: the token has no access to location {B.location} (403 ")
    assert len(result.stdout.splitlines()) == 1


def test_a_rate_limited_server_gets_no_429_and_the_run_passes(tmp_path: Path) -> None:
    with running(sandbox_command("20/1s")) as server:
        result = conformance("--base-url", server.url, "--token", A.token, "--location-id", A.location,
                             "--max-examples", "1", "--max-requests", "150", reports=tmp_path)  # fmt: skip
    details = json.loads((tmp_path / "details.json").read_text(encoding="utf-8"))
    statuses = {code for per_op in details["statuses"].values() for code in per_op}
    assert "429" not in statuses
    # The budget counts every request that reaches the server, every stage (the gate's count; what the server
    # itself received is checked in test_gate_promises.py).
    gate = details["gate"]
    assert (gate["total"] <= 150, details["budget_spent"], gate["rate"]) == (True, True, "20/1s")
    assert gate["total"] == sum(gate["forwarded"].values()) and set(gate["forwarded"]) == {
        "pre-flight", "lifecycle", "schemathesis"
    }  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    assert "rate limit 20/1s (the server's X-RateLimit headers)" in result.stdout
    assert "stopped at the request budget (150 requests, --max-requests)" in result.stdout
    assert result.stdout.rstrip().endswith("verdict      passed")


def test_a_server_that_breaks_the_contract_fails_and_the_report_says_where(tmp_path: Path) -> None:
    with running(sandbox_command("off")) as server:
        fault = json.dumps({"count": 100000, "status": 500, "operationId": "get-invoice"}).encode()
        urllib.request.urlopen(urllib.request.Request(f"{server.url}/__sandbox/faults", data=fault, method="POST"))
        result = conformance("--base-url", server.url, "--token", A.token, "--location-id", A.location,
                             "--max-examples", "1", "--max-requests", "300", reports=tmp_path)  # fmt: skip
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    summary = lines[lines.index("=" * 30 + " conformance summary " + "=" * 30) :]
    failed = [line for line in summary if line.startswith("    FAILED ")]
    operations = [line for line in failed if "GET /invoices/{invoiceId}" in line]
    assert len(operations) == 1 and "ST101 Server error" in operations[0]
    lifecycle = [line for line in failed if line.startswith("    FAILED      test_")]
    assert lifecycle and all("InternalServerError" in line for line in lifecycle), lifecycle
    assert "  verdict      FAILED" in summary
    # every operation of the spec has a verdict
    assert f"  operations   {len(VENDOR_OPERATIONS)}: 1 FAILED, " in "\n".join(summary)
    assert "rerun with the same generation: --seed 1 (make conformance SEED=1)" in result.stdout
    # schemathesis' JUnit reports (one per stage of the plan, in no promised order) and the lifecycle tests'
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == sorted(
        ["junit-" + p.name[6:] for p in tmp_path.glob("junit-*")] + ["lifecycle-junit.xml"]
    )


def test_a_deterministic_run_keeps_no_example_database(tmp_path: Path) -> None:
    """CI=true derandomizes hypothesis, which refuses an example database ("derandomize=True implies database=None")."""
    assert "database =" not in schemathesis_config(deterministic=True, seed=None, cache=tmp_path)
    assert "database =" in schemathesis_config(deterministic=False, seed=1, cache=tmp_path)


# The operations a deterministic run warned about before they got resources in a state they take (issue 28 item 8).
STATE_BOUND = {
    "POST /invoices/estimate/{estimateId}/send", "PUT /invoices/estimate/{estimateId}",
    "POST /invoices/{invoiceId}/record-payment", "POST /invoices/{invoiceId}/send", "POST /invoices/{invoiceId}/void",
    "PUT /invoices/{invoiceId}", "PATCH /invoices/{invoiceId}/late-fees-configuration",
}  # fmt: skip


def test_state_bound_operations_get_their_valid_requests_taken(tmp_path: Path) -> None:
    """Issue 28 item 8: a deterministic run against the embedded sandbox warned that 7 state-bound operations
    "mostly refused valid requests with 400/422": in the examples phase every invoice had been paid and every
    estimate invoiced before they came, and in the coverage and fuzzing phases record-payment found only invoices
    with nothing due. A budget of 300 keeps it to the examples phase and a little coverage, where all 7 warned."""
    result = conformance("--max-examples", "2", "--max-requests", "300", reports=tmp_path, deterministic=True)
    assert result.returncode == 0, result.stdout[-3000:]
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in tmp_path.glob("json-*.json")]
    refused = {label for report in reports for label in report["warnings"]["validation_mismatch"]}
    assert reports and refused & STATE_BOUND == set(), refused
    assert set(STATE_FITS) >= STATE_BOUND
    details = json.loads((tmp_path / "details.json").read_text(encoding="utf-8"))
    for label in STATE_BOUND:  # each took valid requests in the examples phase
        assert details["phases"][label]["examples"] and any(code.startswith("2") for code in details["statuses"][label])
    assert details["made"] and "  made         " in result.stdout  # the requests that made them are reported
