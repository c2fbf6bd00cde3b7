"""A bad command-line value is one line on stderr saying what is wrong and what is expected, exit status 2."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from highlevel_conformance.servers import free_port

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=60, env=env, check=False
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""  # nothing before the error: no banner, no traceback
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--port", "notaport"], "--port/PORT: expected a port number from 1 to 65535, got 'notaport'"),
        (["--port", "99999"], "--port/PORT: expected a port number from 1 to 65535, got '99999'"),
        (["--port", "0"], "--port/PORT: expected a port number from 1 to 65535, got '0'"),
        (["--rate-limit", "fast"], "--rate-limit/RATE_LIMIT: expected requests/interval such as 100/10s, or off, "
                                   "got 'fast'"),
        (["--tokens", "nolocation"], "--tokens/TOKENS: expected token=locationId pairs separated by commas, "
                                     "got 'nolocation'"),
    ],
)  # fmt: skip
def test_serve_refuses_a_bad_value_in_one_line(args: list[str], expected: str) -> None:
    assert one_line(run("-m", "highlevel_sandbox", *args)) == f"python -m highlevel_sandbox: {expected}"


def test_serve_reads_port_from_the_environment_and_checks_it() -> None:
    env = {**__import__("os").environ, "PORT": "notaport"}
    line = one_line(run("-m", "highlevel_sandbox", env=env))
    assert line == "python -m highlevel_sandbox: --port/PORT: expected a port number from 1 to 65535, got 'notaport'"


def test_serve_says_a_port_is_in_use_before_any_banner(busy_port: int) -> None:
    line = one_line(run("-m", "highlevel_sandbox", "--port", str(busy_port)))
    assert line == (
        f"python -m highlevel_sandbox: --port/PORT: port {busy_port} on 127.0.0.1 is in use; "
        "expected a free port (stop the other server or pick one)"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--max-examples", "lots"], "--max-examples/MAX_EXAMPLES: expected a whole number >= 1, got 'lots'"),
        (["--max-examples", "0"], "--max-examples/MAX_EXAMPLES: expected a whole number >= 1, got '0'"),
        (["--seed", "abc"], "--seed/SEED: expected a whole number >= 0, got 'abc'"),
        (["--max-requests", "-3"], "--max-requests/MAX_REQUESTS: expected a whole number >= 1, got '-3'"),
        (["--rate", "fast"], "--rate/RATE: expected requests/interval such as 100/10s, got 'fast'"),
        (["--base-url", "localhost:4010", "--token", "t", "--location-id", "l"],
         "--base-url/BASE_URL: expected an http:// or https:// URL, got 'localhost:4010'"),
        (["--base-url", "http://127.0.0.1:1"],
         "--base-url is set: also give --token/TOKEN and --location-id/LOCATION_ID "
         "(HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID)"),
        (["--base-url", "http://127.0.0.1:1", "--token", "t", "--location-id", "l", "--probe-undeclared-methods"],
         "--probe-undeclared-methods/PROBE_UNDECLARED_METHODS sends POST, PUT, PATCH and DELETE to paths that do "
         "not declare them: it needs --allow-side-effects/ALLOW_SIDE_EFFECTS too"),
    ],
)  # fmt: skip
def test_conformance_refuses_a_bad_value_in_one_line(args: list[str], expected: str) -> None:
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("HIGHLEVEL_")}
    line = one_line(run("-m", "highlevel_conformance", "run", *args, env=env))
    assert line == f"highlevel-conformance: {expected}"


def test_make_conformance_passes_max_examples_to_the_command() -> None:
    result = subprocess.run(["make", "-s", "conformance", "MAX_EXAMPLES=lots"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == (
        "highlevel-conformance: --max-examples/MAX_EXAMPLES: expected a whole number >= 1, got 'lots'"
    )
    assert "Traceback" not in result.stderr


def test_make_changes_refuses_an_unknown_base() -> None:
    line = one_line(run("-m", "tools.changes", "nosuchref"))
    assert line == (
        "make changes: BASE='nosuchref' is not a commit of this repository; "
        "expected a git ref (a branch, a tag or a commit, default HEAD)"
    )


def test_a_free_port_is_accepted_up_to_the_banner() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "highlevel_sandbox", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith(f"HighLevel Invoices sandbox on http://127.0.0.1:{port} ")
    finally:
        process.terminate()
        process.wait(timeout=10)
