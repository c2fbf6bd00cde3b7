"""Issue 28 item 5: the plugin's fixtures in a user's project, pytest-asyncio strict and auto modes, no warning.

Each test writes a small project and runs pytest on it in a subprocess of this environment, where the
plugin is registered by the installed package's entry point, as in a user's environment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from highlevel_conformance.pytest_plugin import ASYNC_TEST_UNMARKED

PAGE = (Path(__file__).resolve().parents[2] / "docs" / "sandbox.md").read_text(encoding="utf-8")
SECTION = PAGE.split("\n## The pytest fixtures\n", 1)[1].split("\n## ", 1)[0]
# The page's one line of configuration and its async example, as written.
(PAGE_TOML,) = re.findall(r"```toml\n(.*?)```", SECTION, flags=re.DOTALL)
(PAGE_TEST,) = re.findall(r"```python\n(.*?)```", SECTION, flags=re.DOTALL)

TESTS = """
import pytest


def test_sync(highlevel_client, highlevel_sandbox):
    assert highlevel_client.list_invoices(
        alt_id="6578278e879ad2646715ba9c", alt_type="location", limit="1", offset="0"
    ) is not None


@pytest.mark.asyncio
async def test_async_marked(highlevel_async_client):
    assert await highlevel_async_client.list_invoices(
        alt_id="6578278e879ad2646715ba9c", alt_type="location", limit="1", offset="0"
    ) is not None
"""
UNMARKED = """

async def test_async_unmarked(highlevel_async_client):
    assert await highlevel_async_client.list_invoices(
        alt_id="6578278e879ad2646715ba9c", alt_type="location", limit="1", offset="0"
    ) is not None
"""


def run_project(where: Path, ini: str, tests: str) -> subprocess.CompletedProcess[str]:
    where.mkdir()
    (where / "pyproject.toml").write_text(ini if ini.startswith("[") else f"[tool.pytest.ini_options]\n{ini}\n")
    (where / "test_user.py").write_text(tests)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "HIGHLEVEL_"))}
    # -W error: any warning of the run, pytest-asyncio's configuration reminder included, fails it.
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-W", "error", "-rA"]
    return subprocess.run(cmd, cwd=where, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(
    ("ini", "tests", "passed"),
    [
        ("", TESTS, 2),  # strict, pytest-asyncio's default: the async test carries the mark
        (PAGE_TOML, TESTS + UNMARKED + "\n\n" + PAGE_TEST, 4),  # the page's one line: no mark needed
        ('asyncio_mode = "auto"\nasyncio_default_fixture_loop_scope = "function"', TESTS + UNMARKED, 3),
    ],
    ids=["strict", "auto", "auto-with-loop-scope-set"],
)
def test_the_fixtures_pass_in_strict_and_auto_mode_without_a_warning(
    tmp_path: Path, ini: str, tests: str, passed: int
) -> None:
    ran = run_project(tmp_path / "project", ini, tests)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert f"{passed} passed in" in ran.stdout
    assert "warning" not in (ran.stdout + ran.stderr).lower()


def test_an_unmarked_async_test_in_strict_mode_is_told_the_mark_or_the_one_line(tmp_path: Path) -> None:
    ran = run_project(tmp_path / "project", "", TESTS + UNMARKED)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "2 passed, 1 error" in ran.stdout
    assert ASYNC_TEST_UNMARKED in ran.stdout
    assert "not natively supported" not in ran.stdout
