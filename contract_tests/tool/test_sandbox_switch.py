"""``--sandbox`` (issue 25 item 5): a sandbox the command did not start is checked as the embedded one, only after
it proved it is one; a server that cannot prove it receives the proof's one GET and nothing else.

What the servers receive is read where it arrives: a recording proxy in front of a real sandbox process, and a
recording stand-in for a server that is not the sandbox.
"""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from contract_tests.tool.recording_proxy import arrivals
from contract_tests.tool.test_gate_promises import conformance, recording, sandbox

__all__ = ["sandbox"]


@contextmanager
def not_a_sandbox(status: int, body: object) -> Iterator[tuple[str, list[str]]]:
    """A server that answers every request ``status`` and ``body``; its URL and the requests it received."""
    received: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            received.append(f"{self.command} {self.path}")
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (404, {"statusCode": 404, "message": "Not Found"}, "answered 404"),
        (200, {"invoices": [], "total": 0}, "answered 200 without the sandbox's list of faults"),
    ],
)
def test_sandbox_is_refused_in_one_line_where_the_server_cannot_prove_it(
    status: int, body: object, said: str, tmp_path: Path
) -> None:
    with not_a_sandbox(status, body) as (url, received):
        result = conformance(url, "--sandbox", "--allow-side-effects", reports=tmp_path / "reports")
    assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and f"--sandbox: {url} is not the sandbox: GET /__sandbox/faults {said}" in lines[0], lines
    assert received == ["GET /__sandbox/faults"]  # the proof, and nothing else: not even the pre-flight


def test_a_proven_sandbox_is_checked_as_the_embedded_one(sandbox: str, tmp_path: Path) -> None:
    # Before --sandbox, a sandbox started with make serve was a foreign server: read-only, the writes excluded,
    # the sandbox-only lifecycle tests skipped "sandbox only".
    log, reports = tmp_path / "proxy.jsonl", tmp_path / "reports"
    with recording(sandbox, log) as url:
        result = conformance(url, "--sandbox", "--max-requests", "120", reports=reports)
    received = arrivals(log)
    assert result.returncode in (0, 3), result.stdout[-3000:] + result.stderr[-2000:]
    assert "GET /__sandbox/faults proved it" in result.stdout
    assert (received[0]["method"], received[0]["path"]) == ("GET", "/__sandbox/faults")
    assert {e["method"] for e in received} - {"GET"}, "no write reached the sandbox"
    assert len(received) <= 120
    assert "READ-ONLY" not in result.stdout and "excluded" not in result.stdout
    assert "on purpose: sandbox only" not in result.stdout
    assert "on purpose: side effects on a real server" not in result.stdout


def test_make_conformance_passes_sandbox_to_the_command() -> None:
    root = Path(__file__).resolve().parents[2]
    with not_a_sandbox(404, {"statusCode": 404}) as (url, received):
        result = subprocess.run(["make", "-s", "conformance", f"BASE_URL={url}", "SANDBOX=1", "TOKEN=t",
                                 "LOCATION_ID=l"], cwd=root, capture_output=True, text=True, timeout=120,
                                check=False)  # fmt: skip
    assert result.returncode == 2
    assert f"--sandbox: {url} is not the sandbox" in result.stdout + result.stderr
    assert received == ["GET /__sandbox/faults"]
