"""The wheel as users install it: client-only (pytest unaffected by the plugin) and with the conformance extra.

Each test makes a scratch virtual environment with uv and installs the wheel
built from this checkout (dependencies from the package index or uv's cache).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UV = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
pytestmark = pytest.mark.skipif(UV is None, reason="uv is not installed (make install installs it)")


def sh(*cmd: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HIGHLEVEL_", "VIRTUAL_ENV", "PYTHONPATH"))}
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
                          check=False)  # fmt: skip


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = sh(sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", out, cwd=ROOT)
    assert built.returncode == 0, built.stderr
    (path,) = out.glob("*.whl")
    return path


def venv(where: Path, *requirements: str) -> Path:
    assert UV is not None
    made = sh(UV, "venv", "--quiet", "--python", sys.executable, where)
    assert made.returncode == 0, made.stderr
    installed = sh(UV, "pip", "install", "--quiet", "--python", where / "bin" / "python", *requirements)
    assert installed.returncode == 0, installed.stderr
    return where / "bin"


def test_pytest_in_a_client_only_install_is_unaffected_by_the_plugin(wheel: Path, tmp_path: Path) -> None:
    bin_ = venv(tmp_path / "venv", str(wheel), "pytest")
    assert sh(bin_ / "python", "-c", "import starlette").returncode == 1  # really client-only
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_client.py").write_text(
        "import highlevel_invoices\n\ndef test_ok():\n    assert highlevel_invoices\n"
    )
    (project / "test_fixture.py").write_text("def test_uses(highlevel_client):\n    pass\n")
    plain = sh(bin_ / "python", "-m", "pytest", "-q", "test_client.py", cwd=project)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "1 passed" in plain.stdout
    fixture = sh(bin_ / "python", "-m", "pytest", "-q", "test_fixture.py", cwd=project)
    assert fixture.returncode == 1
    assert "pip install 'highlevel-invoices[sandbox]'" in fixture.stdout


def test_the_conformance_extra_gives_the_command_with_the_spec_inside(wheel: Path, tmp_path: Path) -> None:
    bin_ = venv(tmp_path / "venv", f"{wheel}[conformance]")
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
    compiled = sh(bin_ / "python", "-c", "import highlevel_spec as s; print(s.validator('#/components/schemas/Money'))")
    assert compiled.returncode == 0, compiled.stderr
    same = sh(bin_ / "highlevel-conformance", "vendor-diff", packaged.stdout.strip(), cwd=tmp_path)
    assert same.returncode == 0, same.stdout + same.stderr
    assert same.stdout.splitlines()[-1] == "summary: 0 differences: 0 explained by spec/QUIRKS.md, 0 new"
    assert sh(bin_ / "python", "-c", "import contract_tests", cwd=tmp_path).returncode == 1  # not in site-packages
