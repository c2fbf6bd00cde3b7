"""The summary: every operation a verdict, 401/403-only operations 'not checked', the server's reasons, JSON paths."""

from __future__ import annotations

from pathlib import Path

from highlevel_conformance.report import EXIT_FAILED, EXIT_INCOMPLETE, EXIT_PASSED, Step, Summary

JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="schemathesis">
  <testcase name="GET /invoices/" />
  <testcase name="POST /invoices/"><failure type="failure" message="ST108">1. Test Case ID: a

- ST108 Response violates schema

    'abc' is not of type 'number'
</failure><failure type="failure" message="ST202">2. Test Case ID: b

- ST202 API rejected schema-compliant request
</failure></testcase>
  <testcase name="GET /invoices/{invoiceId}" />
  <testcase name="Stateful tests" />
</testsuite></testsuites>
"""
LIFECYCLE = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest">
  <testcase classname="t" name="test_pay"><failure message="AssertionError: assert 'sent' == 'paid'&#10;  \
+ where 'sent' = InvoiceWithSummary(...).status">long traceback</failure></testcase>
  <testcase classname="t" name="test_read" />
  <testcase classname="t" name="test_void"><skipped message="side effects on a real server" /></testcase>
</testsuite></testsuites>
"""
DETAILS = {
    "statuses": {"GET /invoices/": {"200": 5}, "POST /invoices/": {"200": 3, "400": 1},
                 "GET /invoices/{invoiceId}": {"401": 4, "403": 2}},
    "rejections": {"POST /invoices/": [{"status": 400, "body": '{"message":"total too high"}',
                                        "sl-violations": "request.body.total must be <= 1e9"}]},
    "violations": {"POST /invoices/": [{"status": 200, "path": "body.invoice.total",
                                        "message": "'abc' is not of type 'number'"}]},
    "requests": 10, "max_requests": None, "budget_spent": False, "rate": "100/10s", "waited_seconds": 0,
    "linked": {"GET /invoices/{invoiceId}": {"401": 4, "403": 2}, "DELETE /invoices/{invoiceId}": {"200": 1}},
}  # fmt: skip


def summary(tmp_path: Path) -> list[str]:
    (tmp_path / "junit.xml").write_text(JUNIT, encoding="utf-8")
    (tmp_path / "lifecycle.xml").write_text(LIFECYCLE, encoding="utf-8")
    return Summary.collect(
        steps=[Step(1, {"test_cases": {"generated": 200}, "running_time": 10.0}, tmp_path / "junit.xml")],
        details=DETAILS,
        lifecycle_junit=tmp_path / "lifecycle.xml",
        lifecycle_code=1,
        elapsed=12.0,
        reports=tmp_path,
        seed=7,
        expected=["GET /invoices/", "POST /invoices/", "GET /invoices/{invoiceId}", "DELETE /invoices/{invoiceId}"],
    ).lines()


def test_the_summary_reads_at_a_glance(tmp_path: Path) -> None:
    assert summary(tmp_path) == [
        "",
        "=" * 30 + " conformance summary " + "=" * 30,
        "  operations   4: 1 FAILED, 2 not checked, 1 passed",
        "    FAILED      POST /invoices/               ST108 Response violates schema x1, ST202 API rejected "
        "schema-compliant request x1",
        "                body.invoice.total: 'abc' is not of type 'number' (in a 200 answer)",
        '                server\'s reason for rejecting a valid request: 400 {"message":"total too high"}; '
        "sl-violations: request.body.total must be <= 1e9",
        "    not checked DELETE /invoices/{invoiceId}",
        "                not reached: schemathesis stopped before it",
        "    not checked GET /invoices/{invoiceId}     401 x4, 403 x2",
        "                only 401/403 answers: the token or location has no access to it",
        "    passed      GET /invoices/                200 x5",
        "  schemathesis FAILED: 200 test cases in 10.0 s (20/s)",
        "  lifecycle    FAILED: 1 FAILED, 1 passed, 1 skipped",
        "    FAILED      test_pay: AssertionError: assert 'sent' == 'paid' | + where 'sent' = "
        "InvoiceWithSummary(...).status",
        "    skipped     1 on purpose: side effects on a real server",
        "  requests     10 sent by schemathesis, paced to 100/10s",
        "  linked ids   2 operations took ids from earlier answers (the spec's links), 1 answered 2xx with them",
        "    no 2xx     GET /invoices/{invoiceId}",
        f"  reports      {tmp_path}/ (junit-*.xml, json-*.json, details.json, lifecycle-junit.xml)",
        "  total time   12.0 s",
        "  to reproduce: the curl commands above (schemathesis prints one per failure); rerun with the same "
        "generation: --seed 7 (make conformance SEED=7)",
        "  verdict      FAILED",
    ]


GATE = {
    "forwarded": {"pre-flight": 1, "lifecycle": 7, "schemathesis": 138},
    "total": 146,
    "max_requests": 150,
    "unreachable": {"schemathesis": 2},
    "refused": {"schemathesis": {"refused-budget": 2, "refused-invalid-http": 1}},
    "refused_examples": {"schemathesis": ["GET /", "GET /invoices/"]},
    "rate": "20/10s",
    "waited_seconds": 12.3,
}


def test_the_summary_says_what_reached_the_server_per_stage_as_the_gate_counted_it(tmp_path: Path) -> None:
    (tmp_path / "junit.xml").write_text(JUNIT, encoding="utf-8")
    (tmp_path / "lifecycle.xml").write_text(LIFECYCLE, encoding="utf-8")
    lines = Summary.collect(
        steps=[Step(1, {"test_cases": {"generated": 200}, "running_time": 10.0}, tmp_path / "junit.xml")],
        details={**DETAILS, "budget_spent": True, "gate": GATE},
        lifecycle_junit=tmp_path / "lifecycle.xml",
        lifecycle_code=1,
        elapsed=12.0,
        reports=tmp_path,
        seed=7,
        via=("http://127.0.0.1:5000", "https://services.example"),
        expected=["GET /invoices/", "POST /invoices/", "GET /invoices/{invoiceId}", "DELETE /invoices/{invoiceId}"],
    ).lines()
    start = lines.index("  requests     146 reached the server (at most 150, --max-requests): 1 pre-flight, "
                        "7 lifecycle, 138 schemathesis; paced to 20/10s (waited 12 s for the rate limit)")  # fmt: skip
    assert lines[start + 1 : start + 3] == [
        "    no answer   2 of the schemathesis requests (the server could not be reached)",
        "    not sent    schemathesis: 2 past the request budget, 1 not valid HTTP/1.1 (refused by the gate: GET /, "
        "GET /invoices/)",
    ]
    assert "               stopped at the request budget (150 requests, --max-requests)" in lines
    # The operations it did not reach are not checked, and say why.
    at = lines.index("    not checked DELETE /invoices/{invoiceId}")
    assert lines[at + 1] == "                not reached: the request budget ran out before it (--max-requests)"
    assert ("                the curl commands name this run's local gate, http://127.0.0.1:5000: put "
            "https://services.example in its place") in lines  # fmt: skip


def test_schemathesis_not_run_when_the_earlier_stages_spent_the_budget(tmp_path: Path) -> None:
    lines = Summary.collect(
        steps=[],
        details={"budget_spent": True, "gate": {**GATE, "forwarded": {"pre-flight": 1, "lifecycle": 3}}},
        lifecycle_junit=tmp_path / "none.xml",
        lifecycle_code=0,
        elapsed=1.0,
        reports=tmp_path,
        seed=None,
    ).lines()
    assert "  schemathesis not run: the earlier stages spent the request budget (150 requests, --max-requests)" in lines


# Issue 27 item 0, issue 28 items 7-8: one verdict per operation; a run that meant to check an operation and did
# not is incomplete (exit status 3), never passed; excluded operations are listed and change nothing.

PASSING = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="schemathesis">
  <testcase name="GET /invoices/" />
  <testcase name="GET /invoices/{invoiceId}" />
</testsuite></testsuites>
"""
PASSED_LIFECYCLE = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest"><testcase classname="t" name="test_read" /></testsuite></testsuites>
"""


def collect(tmp_path: Path, statuses: dict[str, dict[str, int]], **kwargs: object) -> Summary:
    (tmp_path / "junit.xml").write_text(PASSING, encoding="utf-8")
    (tmp_path / "lifecycle.xml").write_text(kwargs.pop("lifecycle", PASSED_LIFECYCLE), encoding="utf-8")  # type: ignore[arg-type]
    report = {"test_cases": {"generated": 9}, "running_time": 1.0, **kwargs.pop("report", {})}  # type: ignore[dict-item]
    return Summary.collect(
        steps=[Step(0, report, tmp_path / "junit.xml", ("examples", "coverage"))],
        details={"statuses": statuses, **kwargs.pop("details", {})},  # type: ignore[dict-item]
        lifecycle_junit=tmp_path / "lifecycle.xml",
        lifecycle_code=0,
        elapsed=1.0,
        reports=tmp_path,
        seed=None,
        expected=["GET /invoices/", "GET /invoices/{invoiceId}"],
        excluded={"POST /invoices/": "a write; a read-only run sends GET only (--allow-side-effects to check it)"},
    )


def test_an_operation_that_only_answered_401_or_403_makes_the_run_incomplete(tmp_path: Path) -> None:
    summary = collect(tmp_path, {"GET /invoices/": {"200": 3}, "GET /invoices/{invoiceId}": {"403": 5}})
    lines = summary.lines()
    assert summary.verdict == "incomplete" and summary.exit_status == EXIT_INCOMPLETE
    assert "    not checked GET /invoices/{invoiceId}  403 x5" in lines
    assert lines[-1].startswith("  verdict      incomplete: 1 operation not checked (see above)")


def test_excluded_operations_are_listed_and_do_not_change_the_verdict(tmp_path: Path) -> None:
    both = {"GET /invoices/": {"200": 3}, "GET /invoices/{invoiceId}": {"200": 2, "404": 1}}
    summary = collect(tmp_path, both)
    lines = summary.lines()
    assert summary.verdict == "passed" and summary.exit_status == EXIT_PASSED
    assert "  operations   3: 1 excluded, 2 passed" in lines
    # Every operation's verdict, one compact line each (issue 28 item 7).
    assert "    passed      GET /invoices/             200 x3" in lines
    assert "    passed      GET /invoices/{invoiceId}  200 x2, 404 x1" in lines
    assert ("    excluded    1 (a write; a read-only run sends GET only (--allow-side-effects to check it)): "
            "POST /invoices/") in lines  # fmt: skip


def test_a_lifecycle_test_stopped_by_the_budget_makes_the_run_incomplete(tmp_path: Path) -> None:
    stopped = PASSED_LIFECYCLE.replace(
        '<testcase classname="t" name="test_read" />',
        '<testcase classname="t" name="test_pay"><skipped message="the request budget (--max-requests) is spent" />'
        "</testcase>",
    )
    both = {"GET /invoices/": {"200": 3}, "GET /invoices/{invoiceId}": {"200": 2}}
    summary = collect(tmp_path, both, lifecycle=stopped)
    assert summary.exit_status == EXIT_INCOMPLETE
    assert "    not run     1 (the request budget (--max-requests) is spent): test_pay" in summary.lines()


def test_a_failure_wins_over_incomplete(tmp_path: Path) -> None:
    (tmp_path / "junit.xml").write_text(JUNIT, encoding="utf-8")
    summary = Summary.collect(
        steps=[Step(1, {}, tmp_path / "junit.xml")], details=DETAILS, lifecycle_junit=tmp_path / "none.xml",
        lifecycle_code=0, elapsed=1.0, reports=tmp_path, seed=None, expected=["GET /invoices/{invoiceId}"],
    )  # fmt: skip
    assert summary.verdict == "FAILED" and summary.exit_status == EXIT_FAILED


def test_schemathesis_warnings_reach_the_summary_with_what_they_mean(tmp_path: Path) -> None:
    both = {"GET /invoices/": {"200": 3}, "GET /invoices/{invoiceId}": {"200": 2}}
    failure = {"source": "POST /invoices/", "target": "GET /invoices/{invoiceId}", "parameter": "invoiceId",
               "expression": "$response.body#/_id", "count": 2}  # fmt: skip
    summary = collect(
        tmp_path,
        both,
        report={"warnings": {"validation_mismatch": ["PUT /invoices/estimate/{estimateId}"]}},
        details={"extraction_failures": [failure]},
    )
    lines = summary.lines()
    assert any(line.startswith("  warning      1 operation mostly refused valid requests") and
               line.endswith(": PUT /invoices/estimate/{estimateId}") for line in lines), lines  # fmt: skip
    assert any("could not follow 2 links" in line and "POST /invoices/ -> GET /invoices/{invoiceId}" in line
               for line in lines), lines  # fmt: skip
    assert summary.verdict == "passed"


def test_the_requests_of_each_stage_are_split_by_phase(tmp_path: Path) -> None:
    gate = {**GATE, "phases": {"schemathesis": {"probes": 2, "examples": 80, "coverage": 56}}}
    both = {"GET /invoices/": {"200": 3}, "GET /invoices/{invoiceId}": {"200": 2}}
    lines = collect(tmp_path, both, details={"gate": gate}).lines()
    assert any("138 schemathesis (2 probes, 80 examples, 56 coverage)" in line for line in lines), lines
