"""The summary of a conformance run, from the reports it leaves (schemathesis' JUnit and JSON, the hooks'
``details.json``, the lifecycle tests' JUnit).

One line per operation, so the counts add up at a glance: an operation
passed, FAILED (with what failed, the server's reason for a valid request it
rejected, the JSON path in the response body of a schema violation), or was
not checked (it only ever answered 401/403, so nothing about its contract was
seen). Then one line per lifecycle test that failed, with its assertion, and
the requests that reached the server per stage, as the run's gate counted
them (``details.json``'s ``gate``), with what it did not forward and why.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

AUTH_ONLY = {401, 403}
# Why the gate did not forward a request (highlevel_conformance.gate's refusal kinds).
NOT_SENT = {
    "refused-method": "a method this run does not send",
    "refused-budget": "past the request budget",
    "refused-invalid-http": "not valid HTTP/1.1",
}
UNREACHED = "not reached (a read-only run leaves out all but GET; or the request budget, or schemathesis stopped)"
STATEFUL = "Stateful tests"


@dataclass
class Operation:
    name: str
    verdict: str  # "passed", "FAILED", "not checked", "skipped"
    failed_checks: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


@dataclass
class LifecycleTest:
    name: str
    verdict: str  # "passed", "FAILED", "skipped"
    message: str = ""


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _failure_titles(text: str) -> Counter[str]:
    """``- ST203 Missing required header accepted`` lines of a schemathesis JUnit failure."""
    return Counter(line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- ST"))


def operations(junit: Path | None, details: dict[str, Any], expected: list[str]) -> list[Operation]:
    """One verdict per operation of ``expected`` (``GET /invoices/``) and per test case of the JUnit report."""
    found: list[Operation] = []
    statuses: dict[str, dict[str, int]] = details.get("statuses", {})
    cases = list(ET.parse(junit).getroot().iter("testcase")) if junit is not None and junit.exists() else []
    tested = {case.get("name", "?") for case in cases}
    for label in expected:
        if label not in tested:
            found.append(Operation(label, "not checked", notes=[UNREACHED]))
    for case in cases:
        name = case.get("name", "?")
        failures = [f.text or f.get("message") or "" for f in case.findall("failure") + case.findall("error")]
        op = Operation(name, "passed")
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
        elif case.find("skipped") is not None:
            op.verdict = "skipped"
            op.notes.append(_first_line(case.find("skipped").get("message") or ""))  # type: ignore[union-attr]
        seen = {int(code): n for code, n in statuses.get(name, {}).items()}
        if name != STATEFUL and op.verdict == "passed" and seen and set(seen) <= AUTH_ONLY:
            op.verdict = "not checked"
            op.notes.append("only " + ", ".join(f"{code} x{n}" for code, n in sorted(seen.items())) + " answers")
        found.append(op)
    return found


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
    st_code: int
    cases: int
    st_seconds: float
    st_errors: list[str]
    operations: list[Operation]
    lifecycle_code: int
    lifecycle: list[LifecycleTest]
    details: dict[str, Any]
    elapsed: float
    reports: Path
    seed: int | None
    via: tuple[str, str] | None = None  # (the gate's schemathesis door, the server behind it)

    @classmethod
    def collect(
        cls,
        *,
        st_code: int,
        st_report: dict[str, Any],
        junit: Path | None,
        details: dict[str, Any],
        lifecycle_junit: Path,
        lifecycle_code: int,
        elapsed: float,
        reports: Path,
        seed: int | None,
        expected: list[str] | None = None,
        via: tuple[str, str] | None = None,
    ) -> Summary:
        errors = [str(e.get("message") or e.get("title") or e)[:200] for e in st_report.get("errors") or []]
        return cls(
            st_code=st_code,
            cases=int(st_report.get("test_cases", {}).get("generated", 0)),
            st_seconds=float(st_report.get("running_time") or 0),
            st_errors=errors,
            operations=operations(junit, details, expected or []),
            lifecycle_code=lifecycle_code,
            lifecycle=lifecycle_tests(lifecycle_junit),
            details=details,
            elapsed=elapsed,
            reports=reports,
            seed=seed,
            via=via,
        )

    @property
    def budget_spent(self) -> bool:
        return bool(self.details.get("budget_spent"))

    @property
    def gate(self) -> dict[str, Any]:
        """What the run's gate forwarded and refused (empty when there was no gate)."""
        gate: dict[str, Any] = self.details.get("gate") or {}
        return gate

    def _request_lines(self) -> list[str]:
        gate = self.gate
        if not gate:
            if not self.details.get("requests"):
                return []
            paced = f", paced to {self.details['rate']}" if self.details.get("rate") else ""
            waited = self.details.get("waited_seconds") or 0
            return [f"  requests     {self.details['requests']:,} sent by schemathesis{paced}"
                    f"{f' (waited {waited:.0f} s for the rate limit)' if waited else ''}"]  # fmt: skip
        stages = ", ".join(f"{n:,} {stage}" for stage, n in gate.get("forwarded", {}).items())
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

    @property
    def schemathesis_passed(self) -> bool:
        if self.budget_spent:  # stopped on purpose: what ran must have passed
            return not any(op.verdict == "FAILED" for op in self.operations) and not self.st_errors
        return self.st_code == 0

    @property
    def passed(self) -> bool:
        return self.schemathesis_passed and self.lifecycle_code == 0

    def lines(self) -> list[str]:
        out = ["", "=" * 30 + " conformance summary " + "=" * 30]
        ops = [op for op in self.operations if op.name != STATEFUL]
        counts = Counter(op.verdict for op in ops)
        out.append(
            f"  operations   {len(ops)}: " + ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items()))
        )
        unreached = [op.name for op in self.operations if op.notes == [UNREACHED]]
        if unreached:
            out.append(f"    not checked {len(unreached)} {UNREACHED}: {', '.join(unreached)}")
        for op in self.operations:
            if op.verdict == "passed" or op.notes == [UNREACHED]:
                continue
            checks = ", ".join(f"{title} x{n}" for title, n in op.failed_checks.items())
            out.append(f"    {op.verdict:11} {op.name}{'  ' + checks if checks else ''}")
            out += [f"{'':16}{note}" for note in op.notes if note]
        for error in self.st_errors:
            out.append(f"    error       {error}")
        rate = self.cases / self.st_seconds if self.st_seconds else 0
        st_verdict = "passed" if self.schemathesis_passed else "FAILED"
        budget = self.gate.get("max_requests") or self.details.get("max_requests")
        if self.budget_spent and not self.cases:
            out.append(f"  schemathesis not run: the earlier stages spent the request budget ({budget} requests, "
                       "--max-requests)")  # fmt: skip
        else:
            out.append(f"  schemathesis {st_verdict}: {self.cases:,} test cases in {self.st_seconds:.1f} s "
                       f"({rate:.0f}/s)")  # fmt: skip
        if self.budget_spent and self.cases:
            out.append(f"               stopped at the request budget ({budget} requests, "
                       "--max-requests): operations it did not reach were not checked")  # fmt: skip
        life = Counter(t.verdict for t in self.lifecycle)
        life_text = ", ".join(f"{n} {verdict}" for verdict, n in sorted(life.items())) or "no result"
        out.append(f"  lifecycle    {'passed' if self.lifecycle_code == 0 else 'FAILED'}: {life_text}")
        for test in self.lifecycle:
            if test.verdict == "FAILED":
                out.append(f"    FAILED      {test.name}: {test.message}")
        out += self._request_lines()
        linked: dict[str, dict[str, int]] = self.details.get("linked") or {}
        if linked:
            served = [op for op, statuses in linked.items() if any(s.startswith("2") for s in statuses)]
            out.append(f"  linked ids   {len(linked)} operations took ids from earlier answers (the spec's links), "
                       f"{len(served)} answered 2xx with them")  # fmt: skip
            idle = sorted(set(linked) - set(served))
            if idle:
                out.append(f"    no 2xx     {', '.join(idle)}")
        out.append(f"  reports      {self.reports}/ (junit-*.xml, json-*.json, details.json, lifecycle-junit.xml)")
        out.append(f"  total time   {self.elapsed:.1f} s")
        if not self.passed:
            again = f"--seed {self.seed} (make conformance SEED={self.seed})" if self.seed is not None else "CI=true"
            out.append("  to reproduce: the curl commands above (schemathesis prints one per failure); "
                       f"rerun with the same generation: {again}")  # fmt: skip
            if self.via is not None:
                out.append(f"                the curl commands name this run's local gate, {self.via[0]}: "
                           f"put {self.via[1]} in its place")  # fmt: skip
        out.append(f"  verdict      {'passed' if self.passed else 'FAILED'}")
        return out
