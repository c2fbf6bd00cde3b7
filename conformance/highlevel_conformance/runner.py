"""``make conformance``: check a server against the contract.

    python -m contract_tests.conformance

Environment (all optional):

- ``BASE_URL``, ``TOKEN``, ``LOCATION_ID``: the server to check and an identity on it.
  Without ``BASE_URL`` the sandbox is started on a free loopback port and its tokens are used.
- ``TOKEN_B``, ``LOCATION_ID_B``: a second identity, for the isolation checks.
- ``ALLOW_SIDE_EFFECTS=1``: against a server that is not the sandbox, also run the calls
  that notify customers or destroy data. Without it the run is read-only.
- ``MAX_EXAMPLES`` (default 20): test cases per operation and phase.
- ``CI=true``: deterministic generation, so two runs send the same requests.
- ``REPORTS_DIR`` (default ``reports/``): where the reports go.

Two parts, one verdict: schemathesis (every check, every phase including the
stateful one driven by the spec's links) and the lifecycle tests of
``contract_tests/server``. Against the embedded sandbox the lifecycle tests run
at the same time as schemathesis, on a second sandbox of their own (so neither
sees the other's data); against a real server they run after it. Reports land
in ``reports/`` (JUnit XML, JSON); the exit code is 0 when both pass and 1 otherwise.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from highlevel_sandbox.specs import spec_path

ROOT = Path(__file__).resolve().parent.parent
SPEC = spec_path()
REPORTS = Path(os.environ.get("REPORTS_DIR") or ROOT / "reports").resolve()
BIN = Path(sys.executable).parent
DEFAULT_MAX_EXAMPLES = 20
SIDE_EFFECT_FREE_METHODS = ("GET",)
# The vendor answers 400 when a schema-valid request breaks a state rule (sending a
# void invoice, paying more than is due), so 400 is an acceptable answer to valid data.
POSITIVE_ACCEPTED = '["2XX", "3XX", 400, 401, 403, 404, 409, 429, "5XX"]'


def schemathesis_config(*, deterministic: bool, seed: int | None) -> str:
    """The schemathesis.toml of a run. The token is read from the environment, never written."""
    lines = [
        'hooks = "contract_tests.st_hooks"',
        *([f"seed = {seed}"] if seed is not None else []),
        "",
        "[generation]",
        f"deterministic = {'true' if deterministic else 'false'}",
        "",
        "[checks]",
        "enabled = true",
        "",
        "[checks.positive_data_acceptance]",
        f"expected-statuses = {POSITIVE_ACCEPTED}",
        "",
    ]
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        lines += [f"[phases.{phase}]", "enabled = true", ""]
    lines += ["[auth.openapi.bearer]", 'bearer = "${HL_CONFORMANCE_TOKEN}"', ""]
    return "\n".join(lines)


@dataclass
class Target:
    base_url: str
    token: str
    location: str
    token_b: str | None
    location_b: str | None
    is_sandbox: bool
    allow_side_effects: bool


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_until_up(url: str, process: subprocess.Popen[Any], timeout: float = 30) -> None:
    """Until the server at ``url`` answers ``GET /invoices/`` at all (a 401 is an answer)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server ({process.args!r}) exited with code {process.returncode}")
        try:
            urllib.request.urlopen(f"{url}/invoices/", timeout=1)
        except urllib.error.HTTPError:
            return  # it answered (401 without a token)
        except OSError:
            time.sleep(0.1)
            continue
        return
    raise RuntimeError(f"nothing answered on {url} within {timeout:.0f} s")


def start_sandboxes(count: int) -> list[tuple[Target, subprocess.Popen[bytes]]]:
    """``count`` sandboxes on free loopback ports, started side by side, each with its default tokens."""
    from highlevel_sandbox import DEFAULT_TOKENS

    (tok_a, loc_a), (tok_b, loc_b) = list(DEFAULT_TOKENS.items())[:2]
    started = []
    for _ in range(count):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        process = subprocess.Popen(
            [sys.executable, "-m", "highlevel_sandbox", "--port", str(port), "--rate-limit", "off"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        started.append((Target(url, tok_a, loc_a, tok_b, loc_b, is_sandbox=True, allow_side_effects=True), process))
    for target, process in started:
        wait_until_up(target.base_url, process)
    return started


def start_sandbox() -> tuple[Target, subprocess.Popen[bytes]]:
    return start_sandboxes(1)[0]


def target_from_environment() -> Target | None:
    base_url = os.environ.get("BASE_URL", "").strip().rstrip("/")
    if not base_url:
        return None
    missing = [name for name in ("TOKEN", "LOCATION_ID") if not os.environ.get(name)]
    if missing:
        raise SystemExit(f"BASE_URL is set: also set {' and '.join(missing)}")
    return Target(
        base_url,
        os.environ["TOKEN"],
        os.environ["LOCATION_ID"],
        os.environ.get("TOKEN_B") or None,
        os.environ.get("LOCATION_ID_B") or None,
        is_sandbox=False,
        allow_side_effects=os.environ.get("ALLOW_SIDE_EFFECTS") == "1",
    )


def _latest(pattern: str) -> Path | None:
    found = sorted(REPORTS.glob(pattern), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def per_operation_summary(junit: Path) -> list[tuple[str, str, str]]:
    """(operation, verdict, failed checks) from schemathesis' JUnit report."""
    rows = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        failures = [f.get("message") or f.text or "" for f in case.findall("failure") + case.findall("error")]
        titles = Counter(line.strip("- ").strip() for f in failures for line in f.splitlines()[:1] if line.strip())
        skipped = case.find("skipped") is not None
        verdict = "FAIL" if failures else ("skipped" if skipped else "ok")
        rows.append((case.get("name", "?"), verdict, ", ".join(f"{t} x{n}" for t, n in titles.items())))
    return rows


def run_schemathesis(target: Target, max_examples: int, deterministic: bool, seed: int | None) -> tuple[int, dict]:  # type: ignore[type-arg]
    REPORTS.mkdir(parents=True, exist_ok=True)
    config = REPORTS / "schemathesis.toml"
    config.write_text(schemathesis_config(deterministic=deterministic, seed=seed), encoding="utf-8")
    for old in list(REPORTS.glob("junit-*.xml")) + list(REPORTS.glob("json-*.json")):
        old.unlink()
    cmd = [
        str(BIN / "st"), "--config-file", str(config), "run", str(SPEC),
        "--url", target.base_url,
        "--max-examples", str(max_examples),
        "--workers", "1",
        "--report", "junit,json",
        "--report-dir", str(REPORTS),
    ]  # fmt: skip
    if not (target.is_sandbox or target.allow_side_effects):
        for method in SIDE_EFFECT_FREE_METHODS:
            cmd += ["--include-method", method]
    env = {
        **os.environ,
        "HL_CONFORMANCE_TOKEN": target.token,
        "HL_CONFORMANCE_LOCATION": target.location,
        "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
    }
    code = subprocess.call(cmd, env=env, cwd=ROOT)
    report_path = _latest("json-*.json")
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path else {}
    return code, report


def start_lifecycle(target: Target) -> subprocess.Popen[str]:
    """The lifecycle tests in a child process; their output is kept for ``finish_lifecycle``."""
    env = {
        **os.environ,
        "BASE_URL": target.base_url,
        "TOKEN": target.token,
        "LOCATION_ID": target.location,
        "ALLOW_SIDE_EFFECTS": "1" if target.allow_side_effects else "0",
    }
    if target.token_b and target.location_b:
        env |= {"TOKEN_B": target.token_b, "LOCATION_ID_B": target.location_b}
    cmd = [str(BIN / "python"), "-m", "pytest", "contract_tests/server/test_lifecycle.py", "-p", "no:cacheprovider",
           "-q", "-rs", f"--junitxml={REPORTS / 'lifecycle-junit.xml'}"]  # fmt: skip
    REPORTS.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish_lifecycle(process: subprocess.Popen[str]) -> int:
    output, _ = process.communicate()
    print("\n" + "=" * 30 + " lifecycle tests " + "=" * 30 + "\n" + output.rstrip(), flush=True)
    return process.returncode


def main() -> int:
    max_examples = int(os.environ.get("MAX_EXAMPLES", DEFAULT_MAX_EXAMPLES))
    deterministic = os.environ.get("CI", "").lower() == "true"
    seed = None if deterministic else int.from_bytes(os.urandom(4), "big")
    processes: list[subprocess.Popen[bytes]] = []
    target = target_from_environment()
    if target is None:
        # The second one is the lifecycle tests', used at the same time as schemathesis uses the first.
        try:
            (target, process), (life_target, life_process) = start_sandboxes(2)
        except RuntimeError as exc:
            raise SystemExit(f"conformance: the sandbox did not start: {exc}") from exc
        processes += [process, life_process]
        print(f"conformance: no BASE_URL, checking the embedded sandbox at {target.base_url}")
    else:
        life_target = target
        print(f"conformance: checking {target.base_url} (location {target.location})")
    if not (target.is_sandbox or target.allow_side_effects):
        print("conformance: READ-ONLY run: only GET operations and read-only lifecycle checks "
              "(set ALLOW_SIDE_EFFECTS=1 to send, void, delete, record payments and schedule)")  # fmt: skip
    print(f"conformance: {max_examples} examples per operation and phase, "
          f"{'deterministic (CI)' if deterministic else f'seed {seed}'}", flush=True)  # fmt: skip
    started = time.monotonic()
    try:
        lifecycle = start_lifecycle(life_target) if processes else None
        st_code, report = run_schemathesis(target, max_examples, deterministic, seed)
        life_code = finish_lifecycle(lifecycle or start_lifecycle(life_target))
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
    elapsed = time.monotonic() - started
    cases = int(report.get("test_cases", {}).get("generated", 0))
    st_time = float(report.get("running_time") or 0) or elapsed
    print("\n" + "=" * 30 + " conformance summary " + "=" * 30)
    junit = _latest("junit-*.xml")
    if junit:
        for name, verdict, detail in per_operation_summary(junit):
            print(f"  {verdict:7} {name}{'  ' + detail if detail else ''}")
    failures = report.get("failures") or []
    for failure in failures:
        print(f"  check failed: {failure.get('code')} {failure.get('title')} x{failure.get('count')} "
              f"in {', '.join(failure.get('operations', []))}")  # fmt: skip
    print(f"  schemathesis: {'passed' if st_code == 0 else 'FAILED'} ({cases} test cases in {st_time:.1f} s, "
          f"{cases / st_time if st_time else 0:.0f} cases/s)")  # fmt: skip
    print(f"  lifecycle:    {'passed' if life_code == 0 else 'FAILED'}")
    shown = REPORTS.relative_to(ROOT) if REPORTS.is_relative_to(ROOT) else REPORTS
    print(f"  reports:      {shown}/ (junit-*.xml, json-*.json, lifecycle-junit.xml)")
    print(f"  total time:   {elapsed:.1f} s")
    if st_code != 0 or life_code != 0:
        print(
            "  to reproduce a schemathesis failure: the curl commands above, or "
            f"`st replay <id>`; rerun with the same seed: {seed if seed is not None else 'CI=true'}"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
