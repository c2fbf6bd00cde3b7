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
