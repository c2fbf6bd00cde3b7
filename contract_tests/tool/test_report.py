"""The summary: every operation a verdict, 401/403-only operations 'not checked', the server's reasons, JSON paths."""

from __future__ import annotations

from pathlib import Path

from highlevel_conformance.report import Summary

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
        st_code=1,
        st_report={"test_cases": {"generated": 200}, "running_time": 10.0},
        junit=tmp_path / "junit.xml",
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
        "    not checked 1 not reached (a read-only run leaves out all but GET; or the request budget, or "
        "schemathesis stopped): DELETE /invoices/{invoiceId}",
        "    FAILED      POST /invoices/  ST108 Response violates schema x1, ST202 API rejected schema-compliant "
        "request x1",
        "                body.invoice.total: 'abc' is not of type 'number' (in a 200 answer)",
        '                server\'s reason for rejecting a valid request: 400 {"message":"total too high"}; '
        "sl-violations: request.body.total must be <= 1e9",
        "    not checked GET /invoices/{invoiceId}",
        "                only 401 x4, 403 x2 answers",
        "  schemathesis FAILED: 200 test cases in 10.0 s (20/s)",
        "  lifecycle    FAILED: 1 FAILED, 1 passed, 1 skipped",
        "    FAILED      test_pay: AssertionError: assert 'sent' == 'paid' | + where 'sent' = "
        "InvoiceWithSummary(...).status",
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
        st_code=1,
        st_report={"test_cases": {"generated": 200}, "running_time": 10.0},
        junit=tmp_path / "junit.xml",
        details={**DETAILS, "budget_spent": True, "gate": GATE},
        lifecycle_junit=tmp_path / "lifecycle.xml",
        lifecycle_code=1,
        elapsed=12.0,
        reports=tmp_path,
        seed=7,
        via=("http://127.0.0.1:5000", "https://services.example"),
    ).lines()
    start = lines.index("  requests     146 reached the server (at most 150, --max-requests): 1 pre-flight, "
                        "7 lifecycle, 138 schemathesis; paced to 20/10s (waited 12 s for the rate limit)")  # fmt: skip
    assert lines[start + 1 : start + 3] == [
        "    no answer   2 of the schemathesis requests (the server could not be reached)",
        "    not sent    schemathesis: 2 past the request budget, 1 not valid HTTP/1.1 (refused by the gate: GET /, "
        "GET /invoices/)",
    ]
    assert ("               stopped at the request budget (150 requests, --max-requests): operations it did not "
            "reach were not checked") in lines  # fmt: skip
    assert ("                the curl commands name this run's local gate, http://127.0.0.1:5000: put "
            "https://services.example in its place") in lines  # fmt: skip


def test_schemathesis_not_run_when_the_earlier_stages_spent_the_budget(tmp_path: Path) -> None:
    lines = Summary.collect(
        st_code=0,
        st_report={},
        junit=None,
        details={"budget_spent": True, "gate": {**GATE, "forwarded": {"pre-flight": 1, "lifecycle": 3}}},
        lifecycle_junit=tmp_path / "none.xml",
        lifecycle_code=0,
        elapsed=1.0,
        reports=tmp_path,
        seed=None,
    ).lines()
    assert "  schemathesis not run: the earlier stages spent the request budget (150 requests, --max-requests)" in lines
