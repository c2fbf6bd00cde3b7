"""5. Conformance throughput: ``make conformance`` vs the schemathesis CLI alone.

Both run deterministic generation (``CI=true``) with the same examples per
operation, every phase and every check, against the sandbox on loopback.

- ours: the whole ``highlevel-conformance run`` (what ``make conformance``
  runs), wall time from start to exit: it starts its sandboxes,
  runs schemathesis with our hooks and the lifecycle tests, and summarises.
- the CLI alone: ``st run`` with the same schemathesis config file (checks,
  phases, accepted statuses, auth, our hooks), against a sandbox that is
  already up (its start is not counted); and once more without our hooks.

Cases per second = schemathesis test cases generated / wall time.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from highlevel_conformance.runner import schemathesis_config
from highlevel_sandbox.specs import spec_path

from .harness import BIN, ROOT, Row, Scale, Section, Target, progress, sandbox_cmd, sandbox_tokens, server

SPEC = spec_path()
OURS = "make conformance (ours)"
CLI = "schemathesis CLI alone, same config file"
CLI_BARE = "schemathesis CLI alone, without our hooks"


def _cases(reports: Path) -> int:
    found = sorted(reports.glob("json-*.json")) or sorted(reports.glob("*.json"))
    if not found:
        raise RuntimeError(f"no schemathesis JSON report in {reports}")
    report = json.loads(found[-1].read_text(encoding="utf-8"))
    return int(report["test_cases"]["generated"])


def _ours(max_examples: int, reports: Path) -> tuple[float, int, int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HIGHLEVEL_")} | {"CI": "true"}
    cmd = [
        str(BIN / "highlevel-conformance"),
        "run",
        "--max-examples",
        str(max_examples),
        "--reports-dir",
        str(reports),
    ]
    started = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - started, _cases(reports), result.returncode


def _cli(max_examples: int, reports: Path, *, hooks: bool) -> tuple[float, int, int]:
    token, location = sandbox_tokens()
    config = reports / "schemathesis.toml"
    text = schemathesis_config(deterministic=True, seed=None)
    if not hooks:
        text = "\n".join(line for line in text.splitlines() if not line.startswith("hooks"))
    config.write_text(text, encoding="utf-8")
    with server(sandbox_cmd("off")) as srv:
        cmd = [str(BIN / "st"), "--config-file", str(config), "run", str(SPEC), "--url", srv.url,
               "--max-examples", str(max_examples), "--workers", "1",
               "--report", "json", "--report-dir", str(reports)]  # fmt: skip
        env = {**os.environ, "HL_CONFORMANCE_TOKEN": token, "HL_CONFORMANCE_LOCATION": location,
               "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}  # fmt: skip
        started = time.perf_counter()
        result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=False)
        elapsed = time.perf_counter() - started
    return elapsed, _cases(reports), result.returncode


def run(scale: Scale) -> Section:
    max_examples = scale.pick(20, 1)
    section = Section("conformance", "5. Conformance throughput against the sandbox")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="hl-bench-conf-") as scratch:
        runners = (
            (OURS, _ours),
            (CLI, lambda n, r: _cli(n, r, hooks=True)),
            (CLI_BARE, lambda n, r: _cli(n, r, hooks=False)),
        )
        for name, runner in runners:
            progress(f"{name}: {max_examples} examples per operation and phase")
            reports = Path(scratch) / f"run{len(figures)}"
            reports.mkdir()
            seconds, cases, code = runner(max_examples, reports)
            figures[name] = cases / seconds
            verdict = "passed" if code == 0 else f"exit code {code}"
            section.rows.append(Row(name, cases / seconds, "cases/s", f"{cases:,} cases in {seconds:.1f} s, {verdict}"))
    section.targets.append(
        Target("make conformance >= 0.9x the CLI's cases/s (same config file)", figures[OURS] / figures[CLI], 0.9, ">=")
    )
    section.notes += [
        f"Against the CLI without our hooks, make conformance runs at {figures[OURS] / figures[CLI_BARE]:.2f}x. "
        "The hooks put the identity's location into positive cases, so they reach real invoices and get full "
        "answers for schemathesis to check instead of 403s: more testing per case, and slower cases.",
        "Ours also starts its sandboxes and runs the lifecycle tests (at the same time as schemathesis) inside its "
        "wall time; each CLI run's sandbox was started before its clock.",
    ]
    return section
