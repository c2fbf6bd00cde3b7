"""Start and stop server processes: one context manager for the conformance run, the benchmarks and the tests.

::

    with running(sandbox_command()) as server:
        ...  # server.url answers
    with running_all([sandbox_command(), sandbox_command()]) as (a, b):
        ...  # started side by side, both answer

The command holds ``{port}`` where the free loopback port goes. A server that
exits, or does not answer ``GET /invoices/`` in time, is killed and reported
with the end of its error output; every server is stopped when the block ends.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = ["RunningServer", "ServerDidNotStart", "free_port", "running", "running_all", "sandbox_command"]


class ServerDidNotStart(RuntimeError):
    """The server process exited, or did not answer in time (it has been killed)."""


@dataclass(frozen=True)
class RunningServer:
    url: str
    port: int
    pid: int
    _process: subprocess.Popen[Any] | None = field(default=None, repr=False, compare=False)
    _log: IO[bytes] | None = field(default=None, repr=False, compare=False)

    def state(self) -> str:
        """Whether it still runs and the end of its error output so far: what to say when it stopped answering."""
        if self._process is None or self._log is None:
            return "state unknown"
        code = self._process.poll()
        alive = "still running" if code is None else f"exited with code {code}"
        return f"{alive}; its error output: {_tail(self._log) or 'none'}"


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def sandbox_command(rate_limit: str = "off", *, tokens: str | None = None) -> list[str]:
    """``python -m highlevel_sandbox`` on ``{port}`` (its default tokens unless ``tokens`` is given)."""
    cmd = [sys.executable, "-m", "highlevel_sandbox", "--port", "{port}", "--rate-limit", rate_limit]
    return cmd + (["--tokens", tokens] if tokens else [])


def _tail(log: IO[bytes], limit: int = 600) -> str:
    # pread, not seek and read: the server shares the file's offset and may be writing to it now.
    size = os.fstat(log.fileno()).st_size
    text = os.pread(log.fileno(), size, 0).decode("utf-8", "replace").strip()
    return ("..." + text[-limit:]) if len(text) > limit else text


def _wait_until_up(url: str, process: subprocess.Popen[Any], log: IO[bytes], timeout: float, name: str) -> None:
    """Until the server at ``url`` answers ``GET /invoices/`` at all (a 401 is an answer)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerDidNotStart(f"{name} exited with code {process.returncode}: {_tail(log) or 'no output'}")
        try:
            urllib.request.urlopen(f"{url}/invoices/", timeout=1)
        except urllib.error.HTTPError:
            return  # it answered (401 without a token)
        except OSError:
            time.sleep(0.1)
            continue
        return
    raise ServerDidNotStart(f"nothing answered on {url} within {timeout:g} s: {_tail(log) or 'no output'}")


def _signal(process: subprocess.Popen[Any], sig: int) -> None:
    """``sig`` to the process's own session (a ``make serve`` and the server it started), or to it alone."""
    try:
        os.killpg(process.pid, sig)
    except (OSError, AttributeError):  # already gone, or no process groups on this platform
        process.send_signal(sig)


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        _signal(process, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _signal(process, signal.SIGKILL)
            process.wait()


@contextmanager
def running_all(
    commands: Sequence[Sequence[str]],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 30,
) -> Iterator[list[RunningServer]]:
    """Start every command (each on its own free port) side by side; stop them all when the block ends."""
    with ExitStack() as stack:
        started = []
        for cmd in commands:
            port = free_port()
            log = stack.enter_context(tempfile.TemporaryFile())
            process = subprocess.Popen(
                [part.replace("{port}", str(port)) for part in cmd],
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=None if env is None else dict(env),
                cwd=cwd,
                start_new_session=True,  # its own process group: stopping it stops what it started
            )
            stack.callback(_stop, process)
            server = RunningServer(f"http://127.0.0.1:{port}", port, process.pid, process, log)
            started.append((server, process, log, cmd))
        for server, process, log, cmd in started:
            _wait_until_up(server.url, process, log, timeout, " ".join(cmd))
        yield [server for server, _, _, _ in started]


@contextmanager
def running(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 30,
) -> Iterator[RunningServer]:
    """Start one command on a free port; stop it (or kill it) when the block ends."""
    with running_all([command], env=env, cwd=cwd, timeout=timeout) as (server,):
        yield server
