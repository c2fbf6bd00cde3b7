"""check-traffic: verdicts from recorded traffic (issue 27 items 5-7, 9).

Traffic is recorded for real: the client (``HighLevel(record=...)``) or a plain httpx client
through the client's recording transport, against the in-process sandbox, clean or broken by
one of the project's mutants (``contract_tests/mutants/catalogue.py``); the official SDK's
traffic through the same transport. Cassettes are the same exchanges in VCR.py's on-disk
format (version 1, bytes bodies as YAML ``!!binary``).
"""

from __future__ import annotations

import base64
import copy
import json
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from contract_tests.mutants import catalogue
from highlevel_conformance import cli
from highlevel_conformance.lifecycle import bodies
from highlevel_conformance.traffic import check_files
from highlevel_invoices import HighLevel, TrafficRecorder
from highlevel_invoices._record import RecordingTransport
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig, SyncASGITransport

TOKEN, LOCATION = next(iter(DEFAULT_TOKENS.items()))
HOST = "sandbox.invalid"
BASE = f"http://{HOST}"


def sandbox(mutant: Callable[[Sandbox], None] | None = None) -> Sandbox:
    sb = Sandbox(SandboxConfig(rate_limit=None))
    if mutant is not None:
        mutant(sb)
    return sb


def record(path: Path, mutant: Callable[[Sandbox], None] | None = None) -> Path:
    """A short lifecycle of the client against the in-process sandbox, recorded by the client itself."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tolerant client reports a mutant's departures; the test reads the HAR
        with HighLevel(TOKEN, base_url=BASE, transport=SyncASGITransport(sandbox(mutant).app), record=path) as hl:
            invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION))
            hl.get_invoice(invoice.field_id, alt_id=LOCATION, alt_type="location")
            hl.list_invoices(alt_id=LOCATION, alt_type="location", limit="10", offset="0")
            hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION))
            hl.generate_invoice_number(alt_id=LOCATION, alt_type="location")
            schedule = hl.create_invoice_schedule(body=bodies.schedule(LOCATION))
            hl.get_invoice_schedule(schedule.field_id, alt_id=LOCATION, alt_type="location")
            hl.get_invoice_settings(alt_id=LOCATION, alt_type="location")
    return path


def as_cassette(har: Path, path: Path) -> Path:
    """The HAR's exchanges in VCR.py's format: headers as lists, answer bodies as bytes (``!!binary``)."""
    interactions = []
    for entry in json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]:
        request, response = entry["request"], entry["response"]
        interactions.append({
            "request": {
                "body": request.get("postData", {}).get("text"),
                "headers": {h["name"]: [h["value"]] for h in request["headers"]},
                "method": request["method"],
                "uri": request["url"],
            },
            "response": {
                "body": {"string": response["content"].get("text", "").encode()},
                "headers": {h["name"]: [h["value"]] for h in response["headers"]},
                "status": {"code": response["status"], "message": response["statusText"]},
            },
        })  # fmt: skip
    path.write_text(yaml.safe_dump({"interactions": interactions, "version": 1}), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command in this process (it is light): exit status, stdout, stderr."""
    try:
        status = cli.main(["check-traffic", *args])
    except SystemExit as exc:
        status = int(exc.code or 0)
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return record(tmp_path_factory.mktemp("clean") / "traffic.har")


def test_traffic_recorded_from_the_sandbox_is_clean(clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(clean), "--host", HOST)
    assert (status, err) == (0, ""), out
    assert out.splitlines()[0] == (
        f"check-traffic: 1 file: 8 exchanges with {HOST} (8 checked against spec/invoices.yaml), "
        "0 with other hosts (ignored)"
    )
    assert out.splitlines()[-1] == "summary: 0 departures in 0 groups: 0 explained by spec/QUIRKS.md, 0 new"


def test_a_cassette_of_the_same_traffic_is_clean(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cassette = as_cassette(clean, tmp_path / "cassette.yaml")
    assert "!!binary" in cassette.read_text(encoding="utf-8")
    status, out, _ = run(capsys, str(cassette), "--host", HOST)
    assert status == 0, out
    assert "8 checked against spec/invoices.yaml" in out


def test_other_hosts_are_ignored_and_no_exchange_with_the_host_is_one_line(
    clean: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, str(clean))  # the default host, services.leadconnectorhq.com
    assert status == 2 and out == ""
    assert err == (
        f"highlevel-conformance: check-traffic: no exchange with services.leadconnectorhq.com in {clean} "
        f"(hosts seen: {HOST}); --host names the server the traffic went to\n"
    )
    har = json.loads(clean.read_text(encoding="utf-8"))
    har["log"]["entries"][0]["request"]["url"] = "https://example.com/invoices/?limit=x"
    har["log"]["entries"][1]["request"]["url"] = f"{BASE}/contacts/abc"  # another HighLevel API
    clean.with_name("mixed.har").write_text(json.dumps(har), encoding="utf-8")
    status, out, _ = run(capsys, str(clean.with_name("mixed.har")), "--host", HOST)
    assert status == 0, out
    assert "7 exchanges with sandbox.invalid (6 checked against spec/invoices.yaml, 1 to paths it does not have, " \
           "ignored), 1 with other hosts (ignored)" in out  # fmt: skip


# (mutant, the line its departure is reported with: operation, part and JSON path, what came, kind, pointer)
MUTANTS = [
    (catalogue.missing_required_field,
     "NEW   1 x get-invoice: total: expected number, got missing (missing)  "
     "[#/components/schemas/Invoice/properties/total]"),
    (catalogue.undocumented_status,
     "NEW   1 x create-invoice: the answer: expected 200, got 201 (status)  [#/paths/~1invoices~1/post/responses/201]"),
    (catalogue.wrong_content_type,
     "NEW   1 x list-invoices: answer header Content-Type: expected application/json, got string 'text/plain' "
     "(media-type)  [#/paths/~1invoices~1/get/responses/200/content]"),
]  # fmt: skip


@pytest.mark.parametrize(("mutant", "line"), MUTANTS, ids=[m.__name__ for m, _ in MUTANTS])
def test_traffic_through_a_mutant_reports_its_departure_with_its_path(
    mutant: Callable[[Sandbox], None], line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    har = record(tmp_path / "traffic.har", mutant)
    status, out, err = run(capsys, str(har), "--host", HOST)
    assert (status, err) == (1, ""), out
    assert any(row.strip().startswith(line) for row in out.splitlines()), out
    status, out, _ = run(capsys, str(as_cassette(har, tmp_path / "cassette.yml")), "--host", HOST)
    assert status == 1 and any(row.strip().startswith(line) for row in out.splitlines()), out


def test_a_request_the_mutant_should_have_refused_is_reported_with_its_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """invalid_body_accepted: the sandbox takes an invalid create-invoice body; the request's departures are
    reported, each with its path."""
    recorder = TrafficRecorder(tmp_path / "raw.har")
    app = sandbox(catalogue.invalid_body_accepted).app
    with httpx.Client(base_url=BASE, transport=RecordingTransport(SyncASGITransport(app), recorder)) as raw:
        body = bodies.invoice_fields(LOCATION)
        body["items"][0]["description"] = 2
        del body["currency"]
        raw.post("/invoices/", json=body, headers={"Authorization": f"Bearer {TOKEN}", "Version": "2021-07-28"})
    status, out, _ = run(capsys, str(recorder.path), "--host", HOST)
    assert status == 1, out
    assert "create-invoice: request body items[0].description: expected string, got integer 2 (type)" in out
    assert "create-invoice: request body currency: expected string, got missing (missing)" in out
    (entry,) = json.loads(recorder.path.read_text(encoding="utf-8"))["log"]["entries"]
    assert entry["response"]["status"] == 200  # the mutant accepted it; a correct server answers 422


def test_request_parameters_and_headers_are_checked(clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    har = json.loads(clean.read_text(encoding="utf-8"))
    listing = next(e for e in har["log"]["entries"] if e["request"]["url"].startswith(f"{BASE}/invoices/?"))
    listing["request"]["url"] = f"{BASE}/invoices/?altType=location&limit=ten&offset=0"
    for header in listing["request"]["headers"]:
        if header["name"].lower() == "version":
            header["value"] = "2020-01-01"
    clean.with_name("params.har").write_text(json.dumps(har), encoding="utf-8")
    status, out, _ = run(capsys, str(clean.with_name("params.har")), "--host", HOST)
    assert status == 1, out
    assert "list-invoices: request query altId: expected present (required), got missing (missing)" in out
    assert "list-invoices: request query limit: expected string, pattern ^[0-9]{1,3}$, got string 'ten' (value)" in out
    # spec/QUIRKS.md Q24 covers the Version parameter (#/components/parameters/Version)
    assert "  Q24   1 x list-invoices: request header Version: expected one of '2021-07-28', 'v3', got string " \
           "'2020-01-01' (enum)  (first: params.har entry 2)" in out  # fmt: skip


def test_a_value_the_clients_quirk_fix_accepts_is_a_departure_explained_by_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """wrong_field_type answers invoiceNumber as a number: the client's Q1 fix reads it, the strict check names it."""
    har = record(tmp_path / "traffic.har", catalogue.wrong_field_type)
    status, out, _ = run(capsys, str(har), "--host", HOST)
    assert status == 0, out
    assert "  Q1    1 x create-invoice: invoiceNumber: expected string, got integer " in out
    assert "summary: 1 departure in 1 group: 1 explained by spec/QUIRKS.md (Q1 x1), 0 new" in out


def test_a_departure_a_quirks_row_covers_is_explained_and_passes(tmp_path: Path) -> None:
    har = record(tmp_path / "traffic.har", catalogue.missing_required_field)
    assert [g.quirk for g in check_files([har], (HOST,)).groups.values()] == [None]
    row = "| Q99 | a | b | c | `#/components/schemas/Invoice/properties/total` |"
    verdict = check_files([har], (HOST,), quirks_text=f"| id | a | b | c | covers |\n|---|---|---|---|---|\n{row}\n")
    assert [(g.quirk, g.count) for g in verdict.groups.values()] == [("Q99", 1)]
    assert not verdict.new
    assert "summary: 1 departure in 1 group: 1 explained by spec/QUIRKS.md (Q99 x1), 0 new" in verdict.lines()


def test_the_same_departure_in_many_exchanges_is_one_group_with_its_count(tmp_path: Path) -> None:
    har = record(tmp_path / "a.har", catalogue.missing_required_field)
    verdict = check_files([har, record(tmp_path / "b.har", catalogue.missing_required_field)], (HOST,))
    (group,) = verdict.groups.values()
    assert (group.count, group.where) == (2, "a.har entry 1")
    assert any(line.startswith("  NEW   2 x get-invoice: total:") for line in verdict.lines())


# ---------------------------------------------------------------------------- files it cannot read: one line, exit 2


def _har_without_entries() -> str:
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": []}})


def _bad_base64_body() -> str:
    content = {"text": "%%%not base64", "encoding": "base64"}
    entry = {"request": {"method": "GET", "url": f"{BASE}/invoices/", "headers": []},
             "response": {"status": 200, "headers": [], "content": content}}  # fmt: skip
    return json.dumps({"log": {"version": "1.2", "entries": [entry]}})


MALFORMED: list[tuple[str, str | bytes, str]] = [
    ("truncated.har", '{"log": {"version": "1.2", "entries": [{"request": {"meth', "not valid JSON"),
    ("empty.har", _har_without_entries(), "a HAR without entries; nothing to check"),
    ("binary.har", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary content"),
    ("latin1.har", '{"log": "caf\xe9"}'.encode("latin-1"), "not UTF-8 text"),
    ("base64.har", _bad_base64_body(), "entry 0 response: the body says base64 but is not"),
    ("cassette.yaml", "interactions: []\nversion: 1\n", "a cassette without interactions"),
    ("notes.yaml", "just: [a, note]\n", "no 'interactions' list"),
    ("broken.yaml", "interactions:\n  - request: [\n", "not valid YAML"),
]


@pytest.mark.parametrize(("name", "content", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_a_file_it_cannot_read_is_one_line_and_exit_2(
    name: str, content: str | bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    status, out, err = run(capsys, str(path), "--host", HOST)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"highlevel-conformance: check-traffic: {path}") or f"{name} " in err, err
    assert message in err


def test_the_command_never_shows_a_traceback(tmp_path: Path) -> None:
    """As a user runs it: a process, a truncated file and a missing one."""
    truncated = tmp_path / "t.har"
    truncated.write_text('{"log": {"entries": [', encoding="utf-8")
    for target in (truncated, tmp_path / "missing.har"):
        result = subprocess.run([sys.executable, "-m", "highlevel_conformance", "check-traffic", str(target)],
                                capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr


def test_a_bad_host_or_drafts_value_is_one_line(clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, str(clean), "--host", "http://x/")[:2] == (2, "")
    assert run(capsys, str(clean), "--host", HOST, "--drafts", str(clean))[:2] == (2, "")


# ---------------------------------------------------------------------------- secrets (item 7)

SECRETS = {
    "access token": "sk-ACCESS-8c1f7e0a-planted",
    "refresh token": "rt-REFRESH-44d2-planted",
    "authorization code": "oc-AUTHCODE-9e1b-planted",
    "client secret": "cs-CLIENTSECRET-71a0-planted",
    "email": "jane.planted@example.org",
    "phone": "+1 214 555 0199",
    "cookie": "sess-COOKIE-5f5f-planted",
}


def _entry(method: str, url: str, request_headers: dict[str, str], status: int, answer: Any,
           request_body: str | None = None, mime: str = "application/json") -> dict[str, Any]:  # fmt: skip
    entry: dict[str, Any] = {
        "request": {"method": method, "url": url,
                    "headers": [{"name": k, "value": v} for k, v in request_headers.items()]},
        "response": {"status": status, "headers": [{"name": "Content-Type", "value": "application/json"},
                                                   {"name": "Set-Cookie", "value": f"s={SECRETS['cookie']}"}],
                     "content": {"mimeType": "application/json", "text": json.dumps(answer)}},
    }  # fmt: skip
    if request_body is not None:
        entry["request"]["postData"] = {"mimeType": mime, "text": request_body}
    return entry


def planted_har(clean: Path, path: Path) -> Path:
    """Sandbox traffic with every kind of secret planted where a departure's report or draft would show it."""
    har = json.loads(clean.read_text(encoding="utf-8"))
    entries = har["log"]["entries"]
    auth = {"Authorization": f"Bearer {SECRETS['access token']}", "Version": "2021-07-28",
            "Cookie": f"s={SECRETS['cookie']}"}  # fmt: skip
    get = next(e for e in entries if e["request"]["method"] == "GET" and "/invoices/" in e["request"]["url"]
               and "?" in e["request"]["url"] and e["request"]["url"].count("/") == 4 and "schedule" not in
               e["request"]["url"] and "settings" not in e["request"]["url"])  # fmt: skip
    answer = json.loads(get["response"]["content"]["text"])
    answer["contactDetails"].update(name=12, email=SECRETS["email"], phoneNo=SECRETS["phone"],
                                    notes=f"call {SECRETS['phone']} or mail {SECRETS['email']}")  # fmt: skip
    answer["title"] = 7  # a departure whose example is the whole answer around it
    get["request"]["url"] += f"&code={SECRETS['authorization code']}"
    get["request"]["headers"] = [{"name": k, "value": v} for k, v in auth.items()]
    get["response"]["content"]["text"] = json.dumps(answer)
    url = get["request"]["url"].split("?")[0]
    entries.append(
        _entry(
            "GET",
            url + f"?altId={LOCATION}&altType=location",
            auth,
            401,
            {"statusCode": f"token {SECRETS['access token']} refused", "message": SECRETS["email"]},
        )
    )
    entries.append(_entry("POST", f"{BASE}/oauth/token", {}, 200,
                          {"access_token": SECRETS["access token"], "refresh_token": SECRETS["refresh token"]},
                          f"client_id=app&client_secret={SECRETS['client secret']}&grant_type=authorization_code"
                          f"&code={SECRETS['authorization code']}&refresh_token={SECRETS['refresh token']}",
                          "application/x-www-form-urlencoded"))  # fmt: skip
    entries.append(_entry("POST", f"{BASE}/invoices/", auth, 200, {"_id": "x"},
                          json.dumps({"altId": LOCATION, "refreshToken": SECRETS["refresh token"],
                                      "contactDetails": {"email": SECRETS["email"], "phoneNo": 5}})))  # fmt: skip
    path.write_text(json.dumps(har), encoding="utf-8")
    return path


def test_no_output_holds_a_planted_secret(clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    har = planted_har(clean, tmp_path / "planted.har")
    text = har.read_text(encoding="utf-8")
    assert all(secret in text for secret in SECRETS.values())  # planted
    drafts = tmp_path / "drafts"
    status, out, err = run(capsys, str(har), "--host", HOST, "--drafts", str(drafts))
    assert status == 1, out
    # the departures around the secrets are reported (so their examples were there to leak)
    assert "get-invoice: contactDetails.name: expected string, got integer 12 (type)" in out
    assert "get-invoice: statusCode: expected integer, got string 'token [redacted] refused' (type)" in out
    assert "create-invoice: request body contactDetails.phoneNo: expected string, got integer [redacted]" in out
    outputs = {"stdout": out, "stderr": err} | {p.name: p.read_text(encoding="utf-8") for p in drafts.iterdir()}
    assert len(outputs) > 6
    assert any("[redacted]" in text for text in outputs.values())
    for name, content in outputs.items():
        for kind, secret in SECRETS.items():
            assert secret not in content, f"{kind} in {name}"
            assert secret.replace(" ", "") not in content.replace(" ", ""), f"{kind} in {name}"


def test_the_drafts_hold_a_quirks_row_and_a_bug_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    har = record(tmp_path / "traffic.har", catalogue.missing_required_field)
    status, out, _ = run(capsys, str(har), "--host", HOST, "--drafts", str(tmp_path / "drafts"))
    assert status == 1 and out.splitlines()[-1] == f"drafts: 2 files in {tmp_path / 'drafts'}"
    row = (tmp_path / "drafts" / "01-get-invoice-total.quirks-row.md").read_text(encoding="utf-8")
    assert (
        "| Q?? | the documentation: get-invoice total is number | the traffic: missing (missing) in 1 exchange" in row
    )
    assert row.rstrip().endswith("| `#/components/schemas/Invoice/properties/total` |")
    report = (tmp_path / "drafts" / "01-get-invoice-total.bug-report.md").read_text(encoding="utf-8")
    assert report.startswith("# GET /invoices/{invoiceId}: total is not what the documentation says (missing)\n")
    for heading in ("## What the documentation promises", "## What the API returned", "## Minimal example (redacted)"):
        assert heading in report
    assert "GET /invoices/" in report and f"altId={LOCATION}" in report and '"amountDue": 999' in report


def test_the_official_sdks_traffic_is_checked_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The vendor's SDK drives its lifecycle (the first steps: the whole takes seconds, test_official_sdk runs it)
    through the client's recording transport."""
    import asyncio

    from contract_tests.client.test_official_sdk import IN_PROCESS_URL, SDK_LIFECYCLE, drive, official_sdk
    from highlevel_invoices._record import AsyncRecordingTransport

    recorder = TrafficRecorder(tmp_path / "sdk.har")
    app = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True)).app
    sdk, recording = official_sdk(IN_PROCESS_URL, AsyncRecordingTransport(httpx.ASGITransport(app=app), recorder))

    steps = SDK_LIFECYCLE[:12]

    async def lifecycle() -> list[str]:
        try:
            return await drive(sdk, recording, steps)
        finally:
            await sdk.http_client.aclose()

    assert asyncio.run(lifecycle()) == [step.operation_id for step in steps]
    assert len(recorder) == len(steps)
    status, out, _ = run(capsys, str(recorder.path), "--host", "sandbox.invalid")
    assert status == 0, out
    assert f"{len(steps)} checked against spec/invoices.yaml" in out
    har = recorder.path.read_text(encoding="utf-8")
    assert TOKEN not in har and "[redacted]" in har


def test_an_entry_without_an_answer_is_skipped_and_a_har_entry_body_may_be_base64(
    clean: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    har = json.loads(clean.read_text(encoding="utf-8"))
    blocked = copy.deepcopy(har["log"]["entries"][0])
    blocked["response"]["status"] = 0
    content = har["log"]["entries"][1]["response"]["content"]
    content.update(text=base64.b64encode(content["text"].encode()).decode(), encoding="base64")
    har["log"]["entries"].append(blocked)
    clean.with_name("b64.har").write_text(json.dumps(har), encoding="utf-8")
    status, out, _ = run(capsys, str(clean.with_name("b64.har")), "--host", HOST)
    assert status == 0, out
    assert "8 checked" in out


def test_it_sends_no_request_to_the_server_the_traffic_names(clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Seen at the server: a listening server that counts what arrives, named by every URL of the traffic."""
    arrived: list[str] = []

    class Counting(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            arrived.append(self.path)
            self.send_response(204)
            self.end_headers()

        do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host = f"127.0.0.1:{server.server_port}"
        text = clean.read_text(encoding="utf-8").replace(BASE, f"http://{host}").replace(HOST, host)
        clean.with_name("local.har").write_text(text, encoding="utf-8")
        status, out, _ = run(capsys, str(clean.with_name("local.har")), "--host", host, "--drafts", str(clean.parent))
        assert status == 0 and "8 checked" in out, out
        assert arrived == []
        httpx.get(f"http://{host}/invoices/")  # the server counts what does arrive
        assert arrived == ["/invoices/"]
    finally:
        server.shutdown()
        server.server_close()


def test_schemathesis_reports_har_and_vcr_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """schemathesis' own --report har,vcr (Ruby VCR's http_interactions, quoted status codes) against a sandbox."""
    from highlevel_conformance.servers import running, sandbox_command
    from highlevel_spec import spec_path

    with running(sandbox_command()) as server:
        st = Path(sys.executable).with_name("st")
        result = subprocess.run(
            [str(st), "run", str(spec_path("invoices.yaml")), "--url", server.url,
             "-H", f"Authorization: Bearer {TOKEN}", "-H", "Version: 2021-07-28", "--phases", "examples",
             "--include-operation-id", "list-invoices", "--include-operation-id", "get-invoice-settings",
             "--max-examples", "2", "--report", "har,vcr",
             "--report-dir", str(tmp_path)],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:]
    host = server.url.split("://", 1)[1]
    reports = sorted(tmp_path.glob("har-*.json")) + sorted(tmp_path.glob("vcr-*.yaml"))
    assert len(reports) == 2, result.stdout[-2000:]
    for report in reports:
        status, out, err = run(capsys, str(report), "--host", host)
        assert (status, err) == (0, ""), out
        assert " 0 checked" not in out, out
