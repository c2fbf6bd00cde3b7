"""The summary of a conformance run, from the reports it leaves (schemathesis' JUnit and JSON, the hooks'
``details.json``, the lifecycle tests' JUnit) and the gate's counts.

Every operation gets one line and one verdict:

- ``passed``: it answered, and every check of every answer passed;
- ``FAILED``: a check failed (with what failed, the server's reason for a
  valid request it rejected, the JSON path in the response body of a schema
  violation);
- ``not checked``: the run meant to check it and did not, with why: the
  request budget ran out before it was reached, it only ever answered
  401/403 (so nothing about its contract was seen), or schemathesis stopped;
- ``excluded``: the run's mode leaves it out on purpose (a read-only run's
  writes), with why.

The run's verdict: ``FAILED`` (exit status 1) when a check failed; else
``incomplete`` (exit status 3) when an operation it meant to check was not
checked, or a lifecycle test did not run for lack of budget; else ``passed``
(0). Excluded operations, and lifecycle tests skipped on purpose (side effects
in a read-only run, sandbox-only checks, a second location not given), do not
change it. Then what schemathesis warned about, each with what it means for
the verdict; one line per lifecycle test that failed, with its assertion; and
the requests that reached the server per stage and phase, as the run's gate
counted them, with what it did not forward and why.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .gate import BUDGET_SPENT

AUTH_ONLY = {401, 403}
# Why the gate did not forward a request (highlevel_conformance.gate's refusal kinds).
NOT_SENT = {
    "refused-method": "a method this run does not send",
    "refused-budget": "past the request budget",
    "refused-invalid-http": "not valid HTTP/1.1",
}
UNREACHED = "not reached: schemathesis stopped before it"
UNREACHED_BUDGET = "not reached: the request budget ran out before it (--max-requests)"
NO_ANSWER = "no request of it was answered"
STATEFUL = "Stateful tests"
PHASES = ("probes", "examples", "coverage", "fuzzing", "stateful")
ORDER = {"FAILED": 0, "not checked": 1, "excluded": 2, "passed": 3}
# Exit statuses of ``highlevel-conformance run``.
EXIT_PASSED, EXIT_FAILED, EXIT_CANNOT_RUN, EXIT_INCOMPLETE = 0, 1, 2, 3
# schemathesis' warnings (its JSON report's ``warnings``) and what each means for the verdict.
WARNINGS = {
    "missing_auth": "answered only 401/403: the token has no access to them; they are not checked (verdict incomplete)",
    "rate_limited": "mostly answered 429: the server's rate limit, not its contract, answered; their checks are "
    "thin (--rate to send slower)",
    "base_url_mismatch": "answered only 404: is the base URL the API's root?",
    "missing_test_data": "repeatedly answered 404: the cases rarely named a resource that exists, so their success "
    "answers were seldom checked (the verdict stands on the answers they got)",
    "validation_mismatch": "mostly refused valid requests with 400/422: the server takes fewer requests than the "
    "spec allows, or the resource's state refused them; their success answers were seldom checked (a rule the "
    "spec does not state is not a failure: the verdict stands)",
    "low_valid_rate": "accepted few of the valid requests sent to them: their success answers were seldom checked",
    "missing_deserializer": "answered in a media type schemathesis cannot read: those bodies were not checked",
}


@dataclass
class Operation:
    name: str
    verdict: str  # "passed", "FAILED", "not checked", "excluded"
    failed_checks: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)


@dataclass
class LifecycleTest:
    name: str
    verdict: str  # "passed", "FAILED", "skipped"
    message: str = ""

    @property
    def out_of_budget(self) -> bool:
        return self.verdict == "skipped" and BUDGET_SPENT in self.message


@dataclass(frozen=True)
class Step:
    """One ``st run`` of the run (a budgeted run has two: examples and coverage, then fuzzing and stateful)."""

    code: int
    report: dict[str, Any]
    junit: Path | None
    phases: tuple[str, ...] = ()


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _failure_titles(text: str) -> Counter[str]:
    """``- ST203 Missing required header accepted`` lines of a schemathesis JUnit failure."""
    return Counter(line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- ST"))


def _statuses_text(statuses: dict[int, int]) -> str:
    return ", ".join(f"{code} x{n}" for code, n in sorted(statuses.items()))


def merge_details(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The hooks' notes of several ``st run`` steps as one: counts added, samples kept, flags or-ed."""
    merged: dict[str, Any] = {"statuses": {}, "phases": {}, "rejections": {}, "violations": {}, "linked": {},
                              "extraction_failures": [], "shares": {}, "requests": 0, "made": {}}  # fmt: skip
    for part in parts:
        for key in ("statuses", "phases", "linked"):
            for op, counts in (part.get(key) or {}).items():
                into = merged[key].setdefault(op, {})
                for k, n in counts.items():
                    into[k] = into.get(k, 0) + n
        for key in ("rejections", "violations"):
            for op, samples in (part.get(key) or {}).items():
                kept = merged[key].setdefault(op, [])
                kept += [s for s in samples if s not in kept][: max(0, 3 - len(kept))]
        merged["extraction_failures"] += part.get("extraction_failures") or []
        merged["shares"] |= part.get("shares") or {}
        for op, n in (part.get("made") or {}).items():
            merged["made"][op] = merged["made"].get(op, 0) + int(n)
        merged["requests"] += int(part.get("requests") or 0)
        merged["budget_spent"] = bool(merged.get("budget_spent")) or bool(part.get("budget_spent"))
        for key in ("max_requests", "rate", "waited_seconds"):
            if part.get(key) is not None:
                merged[key] = part[key]
    return merged


def operations(
    junits: list[Path],
    details: dict[str, Any],
    expected: list[str],
    excluded: dict[str, str] | None = None,
) -> list[Operation]:
    """One verdict per operation of ``expected`` (``GET /invoices/``) and ``excluded``, and per JUnit test case."""
    excluded = excluded or {}
    statuses: dict[str, dict[str, int]] = details.get("statuses", {})
    budget_spent = bool(details.get("budget_spent"))
    cases: dict[str, list[ET.Element]] = {}
    for junit in junits:
        if junit.exists():
            for case in ET.parse(junit).getroot().iter("testcase"):
                cases.setdefault(case.get("name", "?"), []).append(case)
    found: dict[str, Operation] = {}
    for label, why in excluded.items():
        found[label] = Operation(label, "excluded", notes=[why])
    for label in expected:
        if label not in cases and label not in found:
            found[label] = Operation(label, "not checked", notes=[UNREACHED_BUDGET if budget_spent else UNREACHED])
    for name, runs in cases.items():
        if name in excluded:
            continue
        seen = {int(code): n for code, n in statuses.get(name, {}).items()}
        op = Operation(name, "passed", statuses=seen)
        failures = [f.text or f.get("message") or "" for c in runs for f in c.findall("failure") + c.findall("error")]
        skipped = [c.find("skipped") for c in runs]
        if failures:
            op.verdict = "FAILED"
            for text in failures:
                op.failed_checks.update(_failure_titles(text) or Counter([_first_line(text)[:120]]))
            for sample in details.get("violations", {}).get(name, []):
                op.notes.append(f"{sample['path']}: {sample['message']} (in a {sample['status']} answer)")
            for sample in details.get("rejections", {}).get(name, []):
                note = f"server's reason for rejecting a valid request: {sample['status']} {sample['body']}"
                if sample.get("sl-violations"):
                    note += f"; sl-violations: {sample['sl-violations']}"
                op.notes.append(note)
        elif name == STATEFUL:
            if all(s is not None for s in skipped):
                op.verdict = "not checked"
                op.notes.append(_first_line(skipped[0].get("message") or "") if skipped[0] is not None else "")
        elif not seen:
            op.verdict = "not checked"
            reasons = [_first_line(s.get("message") or "") for s in skipped if s is not None]
            op.notes.append(reasons[0] if reasons and reasons[0] else UNREACHED_BUDGET if budget_spent else NO_ANSWER)
        elif set(seen) <= AUTH_ONLY:
            op.verdict = "not checked"
            op.notes.append("only 401/403 answers: the token or location has no access to it")
        found[name] = op
    return sorted(found.values(), key=lambda op: (ORDER.get(op.verdict, 9), op.name))


def lifecycle_tests(junit: Path) -> list[LifecycleTest]:
    if not junit.exists():
        return []
    found = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        skipped = case.find("skipped")
        if failure is not None:
            # pytest's message: the exception and, for an assertion, the compared values and where they came from.
            message = (failure.get("message") or _first_line(failure.text or "")).strip()
            lines = [line.strip() for line in message.splitlines() if line.strip()][:3]
            found.append(LifecycleTest(case.get("name", "?"), "FAILED", " | ".join(lines)[:400]))
        elif skipped is not None:
            found.append(LifecycleTest(case.get("name", "?"), "skipped", skipped.get("message") or ""))
        else:
            found.append(LifecycleTest(case.get("name", "?"), "passed"))
    return found


@dataclass
class Summary:
    steps: list[Step]
    operations: list[Operation]
    lifecycle_code: int
    lifecycle: list[LifecycleTest]
    details: dict[str, Any]
    elapsed: float
    reports: Path
    seed: int | None
    via: tuple[str, str] | None = None  # (the gate's schemathesis door, the server behind it)
    notes: list[str] = field(default_factory=list)  # what the runner has to say (a step it left out, and why)

    @classmethod
    def collect(
        cls,
        *,
        steps: list[Step],
        details: dict[str, Any],
        lifecycle_junit: Path,
        lifecycle_code: int,
        elapsed: float,
        reports: Path,
        seed: int | None,
        expected: list[str] | None = None,
        excluded: dict[str, str] | None = None,
        via: tuple[str, str] | None = None,
        notes: list[str] | None = None,
    ) -> Summary:
        junits = [step.junit for step in steps if step.junit is not None]
        return cls(
            steps=steps,
            operations=operations(junits, details, expected or [], excluded),
            lifecycle_code=lifecycle_code,
            lifecycle=lifecycle_tests(lifecycle_junit),
            details=details,
            elapsed=elapsed,
            reports=reports,
            seed=seed,
            via=via,
            notes=list(notes or []),
        )

    # -- what happened -------------------------------------------------------------------------------------------
    @property
    def cases(self) -> int:
        return sum(int(step.report.get("test_cases", {}).get("generated", 0)) for step in self.steps)

    @property
    def st_seconds(self) -> float:
        return sum(float(step.report.get("running_time") or 0) for step in self.steps)

    @property
    def st_errors(self) -> list[str]:
        errors = [e for step in self.steps for e in step.report.get("errors") or []]
        return [str(e.get("message") or e.get("title") or e)[:200] for e in errors]

    @property
    def warnings(self) -> dict[str, list[str]]:
        """schemathesis' warnings of every step: kind -> operations."""
        found: dict[str, list[str]] = {}
        for step in self.steps:
            for kind, labels in (step.report.get("warnings") or {}).items():
                if labels:
                    kept = found.setdefault(kind, [])
                    kept += [str(label) for label in labels if str(label) not in kept]
        return found

    @property
    def budget_spent(self) -> bool:
        return bool(self.details.get("budget_spent"))

    @property
    def gate(self) -> dict[str, Any]:
        """What the run's gate forwarded and refused (empty when there was no gate)."""
        gate: dict[str, Any] = self.details.get("gate") or {}
        return gate

    # -- the verdict ---------------------------------------------------------------------------------------------
    @property
    def schemathesis_passed(self) -> bool:
        if any(op.verdict == "FAILED" for op in self.operations) or self.st_errors:
            return False
        if self.budget_spent:  # stopped on purpose: what ran passed
            return True
        return all(step.code == 0 for step in self.steps)

    @property
    def failed(self) -> bool:
        return not self.schemathesis_passed or self.lifecycle_code != 0

    @property
    def unchecked(self) -> list[Operation]:
        return [op for op in self.operations if op.verdict == "not checked" and op.name != STATEFUL]

    @property
    def lifecycle_out_of_budget(self) -> list[LifecycleTest]:
        return [test for test in self.lifecycle if test.out_of_budget]

    @property
    def verdict(self) -> str:
        if self.failed:
            return "FAILED"
        if self.unchecked or self.lifecycle_out_of_budget:
            return "incomplete"
        return "passed"

    @property
    def passed(self) -> bool:
        return self.verdict == "passed"

    @property
    def exit_status(self) -> int:
        return {"passed": EXIT_PASSED, "FAILED": EXIT_FAILED}.get(self.verdict, EXIT_INCOMPLETE)

    # -- the lines -----------------------------------------------------------------------------------------------
    def _operation_lines(self) -> list[str]:
        ops = [op for op in self.operations if op.name != STATEFUL]
        counts = Counter(op.verdict for op in ops)
        text = ", ".join(f"{counts[v]} {v}" for v in sorted(counts, key=lambda v: ORDER.get(v, 9)))
        out = [f"  operations   {len(ops)}: {text}"]
        width = max((len(op.name) for op in ops), default=0)
        for op in ops:
            if op.verdict == "excluded":
                continue
            detail = ", ".join(f"{title} x{n}" for title, n in op.failed_checks.items())
            if not detail and op.statuses:
                detail = _statuses_text(op.statuses)
            out.append(f"    {op.verdict:11} {op.name:{width}}  {detail}".rstrip())
            out += [f"{'':16}{note}" for note in op.notes if note]
        excluded = [op for op in ops if op.verdict == "excluded"]
        for why in dict.fromkeys(op.notes[0] for op in excluded if op.notes):
            names = [op.name for op in excluded if op.notes and op.notes[0] == why]
            out.append(f"    excluded    {len(names)} ({why}): {', '.join(names)}")
        stateful = next((op for op in self.operations if op.name == STATEFUL), None)
        if stateful is not None and stateful.verdict != "passed":
            checks = ", ".join(f"{title} x{n}" for title, n in stateful.failed_checks.items())
            out.append(f"    {stateful.verdict:11} {STATEFUL} (the stateful phase){'  ' + checks if checks else ''}")
            out += [f"{'':16}{note}" for note in stateful.notes if note]
        return out

    def _warning_lines(self) -> list[str]:
        out = []
        for kind, labels in self.warnings.items():
            meaning = WARNINGS.get(kind, "see schemathesis' output above")
            out.append(f"  warning      {len(labels)} operation{'s' if len(labels) != 1 else ''} {meaning}: "
                       f"{', '.join(labels)}")  # fmt: skip
        failures = self.details.get("extraction_failures") or []
        if failures:
            total = sum(int(f.get("count", 1)) for f in failures)
            links = sorted({f"{f['source']} -> {f['target']} ({f['parameter']} from {f['expression']})"
                            for f in failures})  # fmt: skip
            out.append(f"  warning      the stateful phase could not follow {total} link{'s' if total != 1 else ''} "
                       "(\"Failed to extract data from response\": the answer had no value where the link points, "
                       "such as an empty list); those steps were not explored, which the verdict does not count: "
                       f"{'; '.join(links)}")  # fmt: skip
        return out

    def _request_lines(self) -> list[str]:
        gate = self.gate
        if not gate:
            if not self.details.get("requests"):
                return []
            paced = f", paced to {self.details['rate']}" if self.details.get("rate") else ""
            waited = self.details.get("waited_seconds") or 0
            return [f"  requests     {self.details['requests']:,} sent by schemathesis{paced}"
                    f"{f' (waited {waited:.0f} s for the rate limit)' if waited else ''}"]  # fmt: skip
        phases: dict[str, dict[str, int]] = gate.get("phases") or {}

        def stage_text(stage: str, n: int) -> str:
            parts = phases.get(stage) or {}
            inner = ", ".join(f"{parts[p]:,} {p}" for p in [*PHASES, *sorted(set(parts) - set(PHASES))] if parts.get(p))
            return f"{n:,} {stage}{f' ({inner})' if inner else ''}"

        stages = ", ".join(stage_text(stage, n) for stage, n in gate.get("forwarded", {}).items())
        limit = f" (at most {gate['max_requests']:,}, --max-requests)" if gate.get("max_requests") else ""
        paced = f"; paced to {gate['rate']}" if gate.get("rate") else ""
        waited = gate.get("waited_seconds") or 0
        lines = [f"  requests     {gate.get('total', 0):,} reached the server{limit}: {stages or 'none'}{paced}"
                 f"{f' (waited {waited:.0f} s for the rate limit)' if waited else ''}"]  # fmt: skip
        for stage, n in gate.get("unreachable", {}).items():
            lines.append(f"    no answer   {n:,} of the {stage} requests (the server could not be reached)")
        for stage, kinds in gate.get("refused", {}).items():
            why = ", ".join(f"{n:,} {NOT_SENT.get(kind, kind)}" for kind, n in kinds.items())
            examples = ", ".join(gate.get("refused_examples", {}).get(stage, []))
            lines.append(f"    not sent    {stage}: {why} (refused by the gate: {examples})")
        return lines

    def lines(self) -> list[str]:
        out = ["", "=" * 30 + " conformance summary " + "=" * 30]
        out += self._operation_lines()
        for error in self.st_errors:
            out.append(f"    error       {error}")
        rate = self.cases / self.st_seconds if self.st_seconds else 0
        st_verdict = "passed" if self.schemathesis_passed else "FAILED"
        budget = self.gate.get("max_requests") or self.details.get("max_requests")
        if not self.steps or (self.budget_spent and not self.cases):
            out.append(f"  schemathesis not run: the earlier stages spent the request budget ({budget} requests, "
                       "--max-requests)")  # fmt: skip
        else:
            phases = ", ".join(p for step in self.steps for p in step.phases)
            out.append(f"  schemathesis {st_verdict}: {self.cases:,} test cases in {self.st_seconds:.1f} s "
                       f"({rate:.0f}/s){f'; phases: {phases}' if phases else ''}")  # fmt: skip
        if self.budget_spent and self.cases:
            out.append(f"               stopped at the request budget ({budget} requests, --max-requests)")
        out += [f"               {note}" for note in self.notes]
        life = Counter(t.verdict for t in self.lifecycle)
        life_text = ", ".join(f"{n} {verdict}" for verdict, n in sorted(life.items())) or "no result"
        out.append(f"  lifecycle    {'passed' if self.lifecycle_code == 0 else 'FAILED'}: {life_text}")
        for test in self.lifecycle:
            if test.verdict == "FAILED":
                out.append(f"    FAILED      {test.name}: {test.message}")
        short = self.lifecycle_out_of_budget
        if short:
            out.append(f"    not run     {len(short)} ({BUDGET_SPENT}): {', '.join(t.name for t in short)}")
        on_purpose = Counter(t.message.removeprefix("Skipped: ") for t in self.lifecycle
                             if t.verdict == "skipped" and not t.out_of_budget)  # fmt: skip
        for why, n in on_purpose.items():
            out.append(f"    skipped     {n} on purpose: {why}")
        out += self._warning_lines()
        out += self._request_lines()
        linked: dict[str, dict[str, int]] = self.details.get("linked") or {}
        if linked:
            served = [op for op, statuses in linked.items() if any(s.startswith("2") for s in statuses)]
            out.append(f"  linked ids   {len(linked)} operations took ids from earlier answers (the spec's links), "
                       f"{len(served)} answered 2xx with them")  # fmt: skip
            idle = sorted(set(linked) - set(served))
            if idle:
                out.append(f"    no 2xx     {', '.join(idle)}")
        made: dict[str, int] = self.details.get("made") or {}
        if made:
            total = sum(made.values())
            out.append(f"  made         {total} resource{'s' if total != 1 else ''} for state-bound operations that "
                       "knew none in a state they take, by sending again the newest request that made one: "
                       f"{', '.join(f'{op} x{n}' for op, n in sorted(made.items()))}")  # fmt: skip
        out.append(f"  reports      {self.reports}/ (junit-*.xml, json-*.json, details.json, lifecycle-junit.xml)")
        out.append(f"  total time   {self.elapsed:.1f} s")
        if self.failed:
            again = f"--seed {self.seed} (make conformance SEED={self.seed})" if self.seed is not None else "CI=true"
            out.append("  to reproduce: the curl commands above (schemathesis prints one per failure); "
                       f"rerun with the same generation: {again}")  # fmt: skip
            if self.via is not None:
                out.append(f"                the curl commands name this run's local gate, {self.via[0]}: "
                           f"put {self.via[1]} in its place")  # fmt: skip
        if self.verdict == "incomplete":
            gaps: list[str] = []
            if self.unchecked:
                gaps.append(f"{len(self.unchecked)} operation{'s' if len(self.unchecked) != 1 else ''} not checked")
            if short:
                gaps.append(f"{len(short)} lifecycle test{'s' if len(short) != 1 else ''} not run")
            out.append(f"  verdict      incomplete: {' and '.join(gaps)} (see above); nothing failed, but this run "
                       f"cannot say the server passes (exit status {EXIT_INCOMPLETE})")  # fmt: skip
        else:
            out.append(f"  verdict      {self.verdict}")
        return out
