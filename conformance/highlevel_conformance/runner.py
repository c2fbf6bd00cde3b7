"""Orchestration of a conformance run: servers, pre-flight, schemathesis, the lifecycle tests, the report.

Two parts, one verdict: schemathesis (every check, every phase including the
stateful one driven by the spec's links) and the lifecycle tests. Against the
embedded sandbox the lifecycle tests run at the same time as schemathesis, each
on a fresh in-process sandbox of its own (so neither sees the other's data, and
the checks marked sandbox-only run too); schemathesis checks the sandbox over
HTTP. Against a real server they run first (they need few requests and find
the most), then schemathesis, against that server.

Against a server this command did not start, no stage talks to the server: the
pre-flight, the lifecycle tests and schemathesis each get a door of one local
:class:`~highlevel_conformance.gate.Gate` as their base URL (``Gate.target``),
and the gate alone forwards, refuses (a read-only run's writes, the request
past the budget) and paces. A stage added here must take its target from the
gate the same way; ``contract_tests/tool/test_gate_promises.py`` compares what a
recording proxy in front of the server received with what the gate says it
forwarded. Against the embedded sandbox there is no gate unless a budget or a
rate is asked for (then schemathesis goes through one).

The run prints its plan before it starts (:mod:`highlevel_conformance.plan`):
how many requests, how long they take at the server's rate, how to cap them.
A run against a server that is not the sandbox always has a budget, and spends
it on every operation's examples, negative cases and the lifecycle tests before
fuzzing and the stateful phase: schemathesis then runs in two steps (examples
and coverage, then fuzzing and stateful), and the summary merges them.

``--sandbox`` names a sandbox this command did not start: the run first asks
it for proof (``preflight.prove_sandbox``: one line and exit status 2 without
it), then checks it as it checks the embedded one (side effects, undeclared
methods, sandbox-only lifecycle checks), through the gate. Without it a server
is written to only with ``--allow-side-effects``.

Exit status: 0 passed, 1 a check failed, 2 the run could not start (a bad
option, nothing listening, a refused token, an unproven ``--sandbox``), 3
incomplete (nothing failed, but an operation it meant to check was not checked:
see :mod:`highlevel_conformance.report`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from highlevel_spec import spec_path

from . import gate as gates
from . import preflight
from . import report as report_module
from .gate import Gate, MethodPolicy
from .pacing import Pacer
from .plan import MIN_STATEFUL, CasePlan, Plan
from .servers import ServerDidNotStart, running_all, sandbox_command
from .settings import ENV_CARRY, ENV_DETAILS, ENV_GATE, ENV_LOCATION, ENV_PLAN, RunSettings
from .target import Target, sandbox_identities

PACKAGE = Path(__file__).resolve().parent
LIFECYCLE = PACKAGE / "lifecycle"
BIN = Path(sys.executable).parent
SIDE_EFFECT_FREE_METHODS = ("GET",)
# The vendor answers 400 when a schema-valid request breaks a state rule (sending a
# void invoice, paying more than is due), so 400 is an acceptable answer to valid data.
POSITIVE_ACCEPTED = '["2XX", "3XX", 400, 401, 403, 404, 409, 429, "5XX"]'
TOKEN_VARIABLE = "HL_CONFORMANCE_TOKEN"
# schemathesis' probes of the server before its first case (a NUL byte in a header, an unusual path).
ST_PROBES = 2
ALL_PHASES = ("examples", "coverage", "fuzzing", "stateful")
# A budgeted run's first schemathesis step; fuzzing and the stateful phase follow with what it left.
FIRST_PHASES = ("examples", "coverage")


def schemathesis_config(
    *,
    deterministic: bool,
    seed: int | None,
    cache: Path | None = None,
    in_memory_token: str | None = None,
    probe_undeclared_methods: bool = True,
    phases: tuple[str, ...] = ALL_PHASES,
) -> str:
    """The schemathesis.toml of a run. The token is read from ``$HL_CONFORMANCE_TOKEN``, never written to a file.

    ``phases``: the phases it runs (the others are disabled).

    ``probe_undeclared_methods`` off: the coverage phase sends no method a path does not declare (schemathesis
    sends ``PUT``, ``POST``, ``DELETE``, ``PATCH``, ``OPTIONS``, ``TRACE`` and ``QUERY`` by default).

    ``in_memory_token``: the token itself, for a configuration that stays in
    memory (the in-process engine), so that nothing is set in the environment.

    ``cache``: where schemathesis keeps its example database and its cache (the
    run's reports folder), so that failures found once are not replayed forever
    from a folder that ``make clean`` leaves behind.
    """
    lines = [
        'hooks = "highlevel_conformance.st_hooks"',
        *([f"seed = {seed}"] if seed is not None else []),
        "",
        "[generation]",
        f"deterministic = {'true' if deterministic else 'false'}",
        # hypothesis refuses an example database in a deterministic (derandomized) run
        *([f"database = {json.dumps(str(cache / 'examples'))}"] if cache is not None and not deterministic else []),
        "",
        "[checks]",
        "enabled = true",
        "",
        "[checks.positive_data_acceptance]",
        f"expected-statuses = {POSITIVE_ACCEPTED}",
        "",
    ]
    if cache is not None:
        lines += ["[cache]", f"directory = {json.dumps(str(cache / 'cache'))}", ""]
    for phase in ALL_PHASES:
        lines += [f"[phases.{phase}]", f"enabled = {'true' if phase in phases else 'false'}"]
        if phase == "coverage" and not probe_undeclared_methods:
            lines.append("unexpected-methods = []")
        lines.append("")
    bearer = json.dumps(in_memory_token) if in_memory_token is not None else f'"${{{TOKEN_VARIABLE}}}"'
    lines += ["[auth.openapi.bearer]", f"bearer = {bearer}", ""]
    return "\n".join(lines)


@dataclass
class SchemathesisRun:
    code: int
    report: dict[str, Any]
    junit: Path | None
    details: dict[str, Any]
    phases: tuple[str, ...] = ALL_PHASES

    @property
    def step(self) -> report_module.Step:
        return report_module.Step(self.code, self.report, self.junit, self.phases)


def _child_environment(extra: dict[str, str]) -> dict[str, str]:
    """The environment of a child process: ours without the target's variables, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HIGHLEVEL_", "HL_CONFORMANCE_"))}
    return env | extra


def run_schemathesis(
    target: Target,
    settings: RunSettings,
    remaining: int | None = None,
    *,
    phases: tuple[str, ...] = ALL_PHASES,
    max_examples: int | None = None,
    case_plan: CasePlan | None = None,
    carry: Path | None = None,
) -> SchemathesisRun:
    """``st run`` of ``phases`` against ``target`` (a door of the gate when ``target.gate`` is set).

    ``remaining``: the gate's budget left; too little for schemathesis' probes and one case skips the stage.
    ``case_plan``: the coverage phase spreads the budget left over the operations (a budgeted run).
    ``carry``: the details.json of the run's earlier step, whose harvested ids this step starts with.
    """
    reports = settings.reports_dir
    name = "-".join(phases)
    config = reports / f"schemathesis-{name}.toml" if phases != ALL_PHASES else reports / "schemathesis.toml"
    text = schemathesis_config(
        deterministic=settings.deterministic,
        seed=settings.seed,
        cache=reports / ".state",
        probe_undeclared_methods=target.is_sandbox or settings.probe_undeclared_methods,
        phases=phases,
    )
    config.write_text(text, encoding="utf-8")
    details = reports / (f"details-{name}.json" if phases != ALL_PHASES else "details.json")
    details.unlink(missing_ok=True)
    if remaining is not None and remaining < ST_PROBES + 1 + gates.UNSEEN_PER_CASE:
        return SchemathesisRun(0, {}, None, {"budget_spent": True, "max_requests": settings.max_requests}, phases)
    before = {*reports.glob("junit-*.xml"), *reports.glob("json-*.json")}
    cmd = [
        str(BIN / "st"), "--config-file", str(config), "run", str(spec_path()),
        "--url", target.base_url,
        "--max-examples", str(max_examples or settings.max_examples),
        "--workers", "1",
        "--report", "junit,json",
        "--report-dir", str(reports),
    ]  # fmt: skip
    if not (target.is_sandbox or target.allow_side_effects):
        for method in SIDE_EFFECT_FREE_METHODS:
            cmd += ["--include-method", method]
    env = _child_environment(
        {
            TOKEN_VARIABLE: target.a.token,
            ENV_LOCATION: target.a.location,
            ENV_DETAILS: str(details),
            **({ENV_GATE: target.gate} if target.gate else {}),
            **({ENV_PLAN: case_plan.to_json()} if case_plan is not None else {}),
            **({ENV_CARRY: str(carry)} if carry is not None else {}),
        }
    )
    code = subprocess.call(cmd, env=env, cwd=reports)
    new = {*reports.glob("junit-*.xml"), *reports.glob("json-*.json")} - before
    report_path = _newest([p for p in new if p.name.startswith("json-")])
    return SchemathesisRun(
        code,
        json.loads(report_path.read_text(encoding="utf-8")) if report_path else {},
        _newest([p for p in new if p.name.startswith("junit-")]),
        json.loads(details.read_text(encoding="utf-8")) if details.exists() else {},
        phases,
    )


def _newest(found: list[Path]) -> Path | None:
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def run_schemathesis_steps(
    target: Target, settings: RunSettings, plan: Plan, gate: Gate | None, out: Callable[[str], None]
) -> tuple[list[SchemathesisRun], list[str]]:
    """schemathesis as the plan says: one ``st run`` of every phase without a budget; with one, first the
    examples and the coverage phase (spread over the operations), then fuzzing (as many cases per operation as
    the budget left allows) and the stateful phase with the rest. The runs, and notes for the summary."""
    if not plan.budgeted or gate is None:
        return [run_schemathesis(target, settings, gate.remaining if gate else None)], []
    gate.set_phase(gates.SCHEMATHESIS, "probes")
    first = run_schemathesis(target, settings, gate.remaining, phases=FIRST_PHASES, case_plan=plan.case_plan())
    left = gate.remaining or 0
    examples = plan.fuzzing_examples(left)
    later = ("fuzzing", "stateful") if examples >= 1 else ("stateful",) if left >= MIN_STATEFUL else ()
    if first.details.get("budget_spent") or not later:
        return [first], [f"fuzzing and stateful: not run: {left} requests were left after the examples and the "
                         "coverage phase (--max-requests to raise the budget)"]  # fmt: skip
    notes = []
    if "fuzzing" in later:
        out(f"conformance: {left:,} requests left for fuzzing ({examples} cases per operation) and the stateful phase")
    else:
        notes.append(f"fuzzing: not run: {left} requests were left, less than one case per operation; the stateful "
                     "phase got them")  # fmt: skip
    gate.set_phase(gates.SCHEMATHESIS, "probes")
    carry = settings.reports_dir / f"details-{'-'.join(FIRST_PHASES)}.json"
    second = run_schemathesis(target, settings, left, phases=later, max_examples=max(1, examples), carry=carry)
    return [first, second], notes


def start_lifecycle(target: Target | None, reports: Path) -> subprocess.Popen[str]:
    """The lifecycle tests in a child process; output kept for ``finish_lifecycle``.

    ``target`` ``None``: each test on a fresh in-process sandbox (the embedded run).
    """
    cmd = [
        str(BIN / "python"), "-m", "pytest", str(LIFECYCLE),
        "-c", str(LIFECYCLE / "lifecycle.ini"), "--rootdir", str(LIFECYCLE),
        "-p", "no:cacheprovider", "-p", "no:asyncio", "-q", "-rs", f"--junitxml={reports / 'lifecycle-junit.xml'}",
    ]  # fmt: skip
    env = _child_environment(target.environment() if target is not None else {})
    return subprocess.Popen(cmd, env=env, cwd=reports, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish_lifecycle(process: subprocess.Popen[str], out: Callable[[str], None]) -> int:
    output, _ = process.communicate()
    out("\n" + "=" * 30 + " lifecycle tests " + "=" * 30 + "\n" + output.rstrip())
    return process.returncode


def _clean(reports: Path) -> None:
    """The reports of an earlier run in this folder go, so that the summary reads this run's only."""
    for old in [*reports.glob("junit-*.xml"), *reports.glob("json-*.json"), *reports.glob("details*.json")]:
        old.unlink(missing_ok=True)


def run(settings: RunSettings, out: Callable[[str], None] = lambda line: print(line, flush=True)) -> int:
    """Run the whole suite as ``settings`` say; the exit status (see the module docstring)."""
    reports = settings.reports_dir
    reports.mkdir(parents=True, exist_ok=True)
    _clean(reports)
    started = time.monotonic()
    gate: Gate | None = None
    with ExitStack() as stack:
        if settings.target is None:
            try:
                (server,) = stack.enter_context(running_all([sandbox_command("off")]))
            except ServerDidNotStart as exc:
                out(f"highlevel-conformance: the embedded sandbox did not start: {exc}")
                return report_module.EXIT_CANNOT_RUN
            a, b = sandbox_identities()
            target = Target(server.url, a, b, allow_side_effects=True, embedded=True)
            # The lifecycle tests use in-process sandboxes: a second server would only compete for the CPU.
            life_target: Target | None = None
            out(f"conformance: no --base-url, checking the embedded sandbox at {target.base_url} "
                "(lifecycle tests on in-process sandboxes)")  # fmt: skip
            if settings.gated:
                gate = stack.enter_context(
                    Gate(
                        target.base_url,
                        policy=MethodPolicy.everything(),
                        max_requests=settings.max_requests,
                        pacer=Pacer(settings.rate),
                    )
                )
                keeps = [f"{settings.max_requests} requests"] if settings.max_requests else []
                keeps += [str(settings.rate)] if settings.rate else []
                out(f"conformance: schemathesis' requests go through a gate that keeps to {' and '.join(keeps)}")
            plan = Plan.make(
                max_requests=settings.max_requests,
                sandbox=True,
                rate=settings.rate,
                rate_source="--rate",
                read_only=False,
                max_examples=settings.max_examples,
                lifecycle_counted=False,
                preflight=0,
            )
        else:
            # From here on no stage gets the server's URL: each gets a door of the gate (see the module docstring).
            target = settings.target
            gate = stack.enter_context(
                Gate(
                    target.base_url,
                    policy=MethodPolicy.from_spec(
                        allow_side_effects=target.allow_side_effects,
                        probe_undeclared=settings.probe_undeclared_methods,
                    ),
                    max_requests=settings.max_requests,
                    pacer=Pacer(settings.rate),
                )
            )
            if settings.sandbox:
                problem = preflight.prove_sandbox(gate.door(gates.PREFLIGHT), server=target.base_url)
                if problem:
                    out(f"highlevel-conformance: {problem}")
                    return report_module.EXIT_CANNOT_RUN
                # Proven: the sandbox is written to and probed as the embedded one is, sandbox-only checks included.
                gate.policy = MethodPolicy.everything()
                target = replace(target, allow_side_effects=True, proven_sandbox=True)
            problem = preflight.check(gate.target(target, gates.PREFLIGHT), server=target.base_url)
            if problem:
                out(f"highlevel-conformance: {problem}")
                return report_module.EXIT_CANNOT_RUN
            rate = gate.pacer.rate
            source = "--rate" if settings.rate else "the server's X-RateLimit headers"
            limit = f"{rate} ({source})" if rate else "none announced"
            kind = "the sandbox (--sandbox: GET /__sandbox/faults proved it)" if settings.sandbox else "location"
            what = f"{kind}, location {target.a.location}" if settings.sandbox else f"location {target.a.location}"
            out(f"conformance: checking {target.base_url} ({what}); rate limit {limit}")
            plan = Plan.make(
                max_requests=settings.max_requests,
                sandbox=target.is_sandbox,
                rate=rate,
                rate_source=source,
                read_only=settings.read_only,
                max_examples=settings.max_examples,
                lifecycle_counted=True,
                preflight=gate.stats()["total"],
            )
            gate.max_requests = plan.budget
            gate.limit(gates.LIFECYCLE, plan.lifecycle_share)
            life_target = gate.target(target, gates.LIFECYCLE)
        for line in plan.lines():
            out(line)
        if settings.read_only:
            out("conformance: READ-ONLY run: only GET requests leave this machine (the gate refuses any other); "
                "--allow-side-effects to send, void, delete, record payments and schedule")  # fmt: skip
        if (
            settings.target is not None
            and not target.is_sandbox
            and target.allow_side_effects
            and (not settings.probe_undeclared_methods)
        ):
            out("conformance: only the methods the spec declares on a path are sent (--probe-undeclared-methods "
                "to probe the others)")  # fmt: skip
        mode = "deterministic (CI)" if settings.deterministic else f"seed {settings.seed}"
        out(f"conformance: {settings.max_examples} examples per operation and phase, {mode}")
        st_target = gate.target(target, gates.SCHEMATHESIS) if gate is not None else target
        if target.embedded:
            lifecycle = start_lifecycle(None, reports)
            steps, notes = run_schemathesis_steps(st_target, settings, plan, gate, out)
            life_code = finish_lifecycle(lifecycle, out)
        else:
            life_code = finish_lifecycle(start_lifecycle(life_target, reports), out)
            steps, notes = run_schemathesis_steps(st_target, settings, plan, gate, out)
        details = report_module.merge_details([step.details for step in steps])
        if gate is not None:
            details = details | {"gate": gate.stats()}
        (reports / "details.json").write_text(json.dumps(details, indent=1), encoding="utf-8")
    summary = report_module.Summary.collect(
        steps=[step.step for step in steps],
        details=details,
        lifecycle_junit=reports / "lifecycle-junit.xml",
        lifecycle_code=life_code,
        elapsed=time.monotonic() - started,
        reports=reports,
        seed=settings.seed,
        expected=plan.checked,
        excluded=plan.excluded,
        via=(st_target.base_url, target.base_url) if gate is not None and settings.target is not None else None,
        notes=notes,
    )
    for line in summary.lines():
        out(line)
    # The verdicts as data, beside the counts (the bench's "requests to verdict" reads them).
    details["verdicts"] = {"run": summary.verdict, **{op.name: op.verdict for op in summary.operations}}
    (reports / "details.json").write_text(json.dumps(details, indent=1), encoding="utf-8")
    return summary.exit_status
