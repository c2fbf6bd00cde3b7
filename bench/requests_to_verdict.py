"""9. Requests to verdict: what a conformance run capped at 1,000 requests finds, beside a full run.

Against the real API every request costs (100 per 10 s per location), so a
run with ``--max-requests 1000`` (100 s at the vendor's rate) must still check
every operation and catch what a full run catches (issue 27 item 2). Measured
with the project's own broken servers (``contract_tests/mutants/``): each
mutant is served by ``python -m bench.mutant_server`` (a sandbox with one
broken promise, rate limit off), and ``highlevel-conformance run --sandbox``
checks it, deterministic (``CI=true``), as a user checks a sandbox they started
with ``make serve``: every stage, the lifecycle tests included, goes through
the run's gate, which counts what reached the server.

For each of the two runs (capped at 1,000 requests; full, no budget):

- mutation score: mutants whose run ends FAILED (exit status 1), of all
  mutants; a mutant whose run ends ``incomplete`` or ``passed`` is missed;
- operations checked: of the spec's 42, those whose verdict is ``passed`` or
  ``FAILED`` in the run against the real sandbox (``details.json``'s
  ``verdicts``), and the lowest over the mutants' runs;
- requests: what the gate forwarded against the real sandbox (``details.json``'s
  ``gate.total``), and the most of any mutant's run.

A full run takes about six minutes per server on two cores (12,666
requests), so by default both runs are measured on a sample of the catalogue:
every fifth mutant, and "500 on an edge input" (the one a capped run missed
before issue 27). ``HL_BENCH_MUTANTS`` chooses others (comma-separated names of
``contract_tests/mutants/catalogue.py``, or ``all``). The smoke run (``make
test``) caps one mutant at 100 requests and makes no full run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract_tests.mutants.catalogue import MUTANTS
from highlevel_conformance.plan import operations as plan_operations

from .harness import BIN, ROOT, Row, Scale, Section, Target, progress, server

CAP = 1_000
SMOKE_CAP = 100
SMOKE_MUTANTS = ("wrong totals",)
ALWAYS = "500 on an edge input"


def sample() -> list[str]:
    """The default mutants: every fifth of the catalogue, and :data:`ALWAYS`."""
    names = list(MUTANTS)[::5]
    return names if ALWAYS in names else [*names, ALWAYS]


EXIT_FAILED = 1
CHECKED = {"passed", "FAILED"}


@dataclass(frozen=True)
class Outcome:
    """One conformance run against one server."""

    verdict: str  # the run's: passed, FAILED, incomplete (or "exit N" when it could not run)
    checked: int  # operations whose verdict is passed or FAILED
    requests: int  # what the gate forwarded
    seconds: float

    @property
    def caught(self) -> bool:
        return self.verdict == "FAILED"


def mutant_command(name: str | None) -> list[str]:
    return [sys.executable, "-m", "bench.mutant_server", "--port", "{port}", *(["--mutant", name] if name else [])]


def conformance(name: str | None, budget: int | None, reports: Path) -> Outcome:
    """``highlevel-conformance run --sandbox`` against the sandbox broken by mutant ``name`` (None: not broken)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HIGHLEVEL_")}
    env |= {"CI": "true", "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    with server(mutant_command(name)) as srv:
        cmd = [str(BIN / "highlevel-conformance"), "run", "--base-url", srv.url, "--sandbox",
               "--reports-dir", str(reports), *(["--max-requests", str(budget)] if budget else [])]  # fmt: skip
        started = time.perf_counter()
        result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
    details_path = reports / "details.json"
    details: dict[str, Any] = json.loads(details_path.read_text(encoding="utf-8")) if details_path.exists() else {}
    verdicts: dict[str, str] = details.get("verdicts") or {}
    run_verdict = verdicts.get("run") or f"exit {result.returncode}"
    if result.returncode == EXIT_FAILED:
        run_verdict = "FAILED"
    labels, _ = plan_operations(read_only=False)
    checked = sum(1 for label in labels if verdicts.get(label) in CHECKED)
    return Outcome(run_verdict, checked, int((details.get("gate") or {}).get("total") or 0), seconds)


def _measure(names: list[str], budget: int | None, scratch: Path, tag: str) -> tuple[Outcome, dict[str, Outcome]]:
    folder = scratch / tag
    progress(f"requests to verdict: {tag} run against the real sandbox")
    real = conformance(None, budget, folder / "real")
    found: dict[str, Outcome] = {}
    for index, name in enumerate(names, 1):
        outcome = conformance(name, budget, folder / f"m{index}")
        found[name] = outcome
        progress(f"requests to verdict: {tag} {index}/{len(names)} {name}: {outcome.verdict}, {outcome.checked} "
                 f"operations checked, {outcome.requests:,} requests, {outcome.seconds:.0f} s")  # fmt: skip
    return real, found


def _rows(section: Section, tag: str, real: Outcome, found: dict[str, Outcome], total: int) -> float:
    caught = sum(1 for o in found.values() if o.caught)
    score = 100.0 * caught / len(found) if found else 0.0
    section.rows.append(Row(f"{tag}: mutation score", score, "%", f"{caught} of {len(found)} mutants caught"))
    low = min((o.checked for o in found.values()), default=real.checked)
    section.rows.append(Row(f"{tag}: operations checked (real sandbox)", real.checked, "operations",
                            f"of {total}; verdict {real.verdict}; at least {low} in every mutant's run"))  # fmt: skip
    most = max((o.requests for o in found.values()), default=real.requests)
    section.rows.append(Row(f"{tag}: requests (real sandbox)", real.requests, "requests",
                            f"counted at the gate, lifecycle included; at most {most:,} in a mutant's run; "
                            f"{real.seconds:.0f} s"))  # fmt: skip
    return score


def run(scale: Scale) -> Section:
    section = Section("verdict", "9. Requests to verdict: capped at 1,000 requests vs a full run")
    given = os.environ.get("HL_BENCH_MUTANTS", "").strip()
    chosen = list(MUTANTS) if given == "all" else [n.strip() for n in given.split(",") if n.strip()]
    if unknown := [n for n in chosen if n not in MUTANTS]:
        raise ValueError(f"HL_BENCH_MUTANTS: unknown mutants {unknown}; see contract_tests/mutants/catalogue.py")
    names = list(SMOKE_MUTANTS) if scale.smoke else (chosen or sample())
    cap = SMOKE_CAP if scale.smoke else CAP
    total = len(plan_operations(read_only=False)[0])
    with tempfile.TemporaryDirectory(prefix="hl-bench-verdict-") as scratch:
        capped_real, capped = _measure(names, cap, Path(scratch), f"capped at {cap:,}")
        capped_score = _rows(section, f"capped at {cap:,}", capped_real, capped, total)
        if scale.smoke:
            section.notes.append(f"smoke run: {len(names)} mutants capped at {cap} requests, no full run")
            return section
        full_real, full = _measure(names, None, Path(scratch), "full")
        full_score = _rows(section, "full run", full_real, full, total)
    missed = [n for n in names if full[n].caught and not capped[n].caught]
    section.notes.append(f"mutants: {len(names)} of {len(MUTANTS)} (HL_BENCH_MUTANTS=all for every one); each run "
                         "deterministic (CI=true) with --sandbox against python -m bench.mutant_server")  # fmt: skip
    if missed:
        section.notes.append(f"caught by the full run, missed at {cap:,} requests: {', '.join(missed)}")
    section.targets.append(
        Target(f"operations checked at {cap:,} requests", capped_real.checked, total, ">=", "operations")
    )
    section.targets.append(Target(f"mutation score at {cap:,} requests vs the full run's", capped_score,
                                  full_score, ">=", "%"))  # fmt: skip
    return section
