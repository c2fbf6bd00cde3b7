"""One context manager starts and stops server processes, and kills one that does not come up."""

from __future__ import annotations

import os
import sys
import time
import urllib.error
import urllib.request

import pytest

from highlevel_conformance.servers import ServerDidNotStart, running, running_all, sandbox_command


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie is not alive
        return stat.read().split()[2] != "Z"


def answers(url: str) -> bool:
    try:
        urllib.request.urlopen(f"{url}/invoices/", timeout=2)
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


def test_two_sandboxes_side_by_side_answer_and_are_stopped_after_the_block() -> None:
    with running_all([sandbox_command(), sandbox_command()]) as (a, b):
        assert a.port != b.port
        assert answers(a.url) and answers(b.url)
    assert not alive(a.pid) and not alive(b.pid)


def test_a_server_that_exits_is_reported_with_its_error_output() -> None:
    cmd = [sys.executable, "-c", "import sys; sys.exit('cannot start: {port} is wrong')"]
    with pytest.raises(ServerDidNotStart, match=r"exited with code 1: cannot start: \d+ is wrong"), running(cmd):
        pass


def test_a_server_that_never_answers_is_killed() -> None:
    cmd = [sys.executable, "-c", "import os, time; print(os.getpid(), flush=True); time.sleep(600)"]
    started = time.monotonic()
    expected = r"nothing answered on http://127\.0\.0\.1:\d+ within 1 s"
    with pytest.raises(ServerDidNotStart, match=expected), running(cmd, timeout=1):
        pass
    assert time.monotonic() - started < 15
    # the process (its pid is the one Popen made) is gone: no python -c ... sleep of ours is left
    leftovers = [p for p in os.listdir("/proc") if p.isdigit() and alive(int(p)) and _is(cmd, int(p))]
    assert leftovers == []


def _is(cmd: list[str], pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().split(b"\0")[:3] == [c.encode() for c in cmd[:3]]
    except OSError:
        return False


def test_a_server_that_goes_away_while_in_use_says_so_and_why() -> None:
    """What a benchmark or a run adds to "the exchange failed": is the server still there, and what it said."""
    script = (
        "import http.server, sys, time\n"
        "class H(http.server.BaseHTTPRequestHandler):\n"
        "    def do_GET(self):\n"
        "        self.send_response(401); self.end_headers()\n"
        "        if self.path == '/die':\n"
        "            print('MemoryError: out of memory in the handler', file=sys.stderr, flush=True); sys.exit(3)\n"
        "    def log_message(self, *args): pass\n"
        "server = http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H)\n"
        "while True: server.handle_request()\n"
    )
    with running([sys.executable, "-c", script, "{port}"]) as server:
        assert server.state() == "still running; its error output: none"
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"{server.url}/die", timeout=5)
        deadline = time.monotonic() + 10
        while alive(server.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.state() == "exited with code 3; its error output: MemoryError: out of memory in the handler"
        assert "MemoryError" not in repr(server)
