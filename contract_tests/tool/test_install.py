"""The distributions as users install them (issue 28 items 1, 2): the sdist and wheel ``make dist`` builds,
the wheel installed client-only, then with the conformance extra, into one scratch virtual environment.

One test, so that the build and the environment are made once (under xdist, tests of one module may
run in different workers): about 40 s, most of it the budgeted conformance run. Dependencies come
from the package index or uv's cache.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from highlevel_conformance.install import install_hint

ROOT = Path(__file__).resolve().parents[2]
UV = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
pytestmark = pytest.mark.skipif(UV is None, reason="uv is not installed (make install installs it)")
VERSION = re.search(r'^version = "(.+)"$', (ROOT / "pyproject.toml").read_text(), flags=re.MULTILINE)

USER_TESTS = """
async def test_async(highlevel_async_client):
    listing = await highlevel_async_client.list_invoices(
        alt_id="6578278e879ad2646715ba9c", alt_type="location", limit="1", offset="0"
    )
    assert listing is not None


def test_sync(highlevel_client, highlevel_webhooks):
    assert highlevel_webhooks.types() == []
"""


def sh(*cmd: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HIGHLEVEL_", "VIRTUAL_ENV", "PYTHONPATH"))}
    env.pop("PYTEST_VERSION", None)
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
                          check=False)  # fmt: skip


def dist(out: Path) -> Path:
    """The sdist and the wheel, built as ``make dist`` builds them (into ``out``, not the checkout's dist/)."""
    recipe = re.search(r"^dist:.*\n(?:\t@.*\n)*\t(.+)$", (ROOT / "Makefile").read_text(), flags=re.MULTILINE)
    assert recipe and recipe.group(1) == "$(BIN)/python -m hatchling build -d dist", "make dist changed"
    built = sh(sys.executable, "-m", "hatchling", "build", "-d", out, cwd=ROOT)
    assert built.returncode == 0, built.stderr
    assert VERSION
    assert sorted(p.name for p in out.iterdir()) == [
        f"highlevel_invoices-{VERSION.group(1)}-py3-none-any.whl",
        f"highlevel_invoices-{VERSION.group(1)}.tar.gz",
    ]
    return out / f"highlevel_invoices-{VERSION.group(1)}-py3-none-any.whl"


def install(bin_: Path, *requirements: str | Path) -> None:
    assert UV is not None
    installed = sh(UV, "pip", "install", "--quiet", "--python", bin_ / "python", *requirements)
    assert installed.returncode == 0, installed.stderr


def test_the_wheel_client_only_then_with_the_conformance_extra(tmp_path: Path) -> None:
    assert UV is not None
    wheel = dist(tmp_path / "dist")
    made = sh(UV, "venv", "--quiet", "--python", sys.executable, tmp_path / "venv")
    assert made.returncode == 0, made.stderr
    bin_ = tmp_path / "venv" / "bin"
    project = tmp_path / "project"
    project.mkdir()

    # Client-only (and pytest, as in a user's project): pytest is unaffected by the plugin, the
    # fixtures and the command say in one line which extra to install.
    install(bin_, wheel, "pytest")
    assert sh(bin_ / "python", "-c", "import starlette").returncode == 1  # really client-only
    (project / "test_client.py").write_text(
        "import highlevel_invoices\n\ndef test_ok():\n    assert highlevel_invoices\n"
    )
    (project / "test_fixture.py").write_text("def test_uses(highlevel_client):\n    pass\n")
    plain = sh(bin_ / "python", "-m", "pytest", "-q", "test_client.py", cwd=project)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "1 passed" in plain.stdout
    fixture = sh(bin_ / "python", "-m", "pytest", "-q", "test_fixture.py", cwd=project)
    assert fixture.returncode == 1
    assert install_hint("sandbox") in fixture.stdout  # the same words, at the same version
    for args in (["run"], ["vendor-diff", "spec.json"]):
        command = sh(bin_ / "highlevel-conformance", *args, cwd=tmp_path)
        assert command.returncode == 2, command.stdout + command.stderr
        assert command.stdout == ""
        assert re.fullmatch(r"highlevel-conformance: needs the \[conformance\] extra \(\w+ is not installed\): .+\n",
                            command.stderr), command.stderr  # fmt: skip
        assert command.stderr.endswith(f": {install_hint('conformance')}\n")
    (project / "test_fixture.py").unlink()

    # With the conformance extra: the command, the spec inside the wheel, the fixtures.
    install(bin_, f"{wheel}[conformance]")
    help_ = sh(bin_ / "highlevel-conformance", "run", "--help", cwd=tmp_path)
    assert help_.returncode == 0, help_.stderr
    text = " ".join(help_.stdout.split())
    options = ("--base-url", "--token", "--location-id", "--token-b", "--location-id-b", "--allow-side-effects",
               "--max-examples", "--seed", "--reports-dir", "--rate", "--max-requests", "--deterministic")  # fmt: skip
    for option in options:
        described = re.search(rf"{option}\b[^-]*?(?:\(env HIGHLEVEL_\w+; )?default: [^)]+\)", text)
        assert described, f"{option} is not listed with its default in:\n{help_.stdout}"
    packaged = sh(bin_ / "python", "-c", "from highlevel_spec import spec_path; print(spec_path())")
    assert "site-packages/highlevel_spec/spec/invoices.yaml" in packaged.stdout
    for name in ("oauth.yaml", "QUIRKS.md", "vendor-edition.yaml"):  # what the command reads beside invoices.yaml
        assert (Path(packaged.stdout.strip()).parent / name).is_file(), name
    same = sh(bin_ / "highlevel-conformance", "vendor-diff", packaged.stdout.strip(), cwd=tmp_path)
    assert same.returncode == 0, same.stdout + same.stderr
    assert same.stdout.splitlines()[-1] == "summary: 0 differences: 0 explained by spec/QUIRKS.md, 0 new"
    assert sh(bin_ / "python", "-c", "import contract_tests", cwd=tmp_path).returncode == 1  # not in site-packages

    # A run against the embedded sandbox, every stage, on a small request budget (the full run takes
    # minutes): nothing fails, and the verdict says the budget left operations unchecked (exit 3).
    run = sh(bin_ / "highlevel-conformance", "run", "--deterministic", "--max-examples", "1", "--max-requests", "60",
             "--reports-dir", tmp_path / "reports", cwd=tmp_path)  # fmt: skip
    assert run.returncode == 3, run.stdout + run.stderr
    assert re.search(r"^  lifecycle +passed: \d+ passed$", run.stdout, flags=re.MULTILINE), run.stdout
    assert "verdict      incomplete" in run.stdout and "nothing failed" in run.stdout, run.stdout

    # The fixtures in a user's project, pytest-asyncio auto mode (the README's one line), no warning.
    (project / "pyproject.toml").write_text('[tool.pytest.ini_options]\nasyncio_mode = "auto"\n')
    (project / "test_fixtures.py").write_text(USER_TESTS)
    used = sh(bin_ / "python", "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider", cwd=project)
    assert used.returncode == 0, used.stdout + used.stderr
    assert "3 passed in" in used.stdout and "warning" not in used.stdout.lower(), used.stdout
