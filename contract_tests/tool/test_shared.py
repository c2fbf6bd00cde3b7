"""Issue 28 item 4: a clone without ``../shared`` passes, the tests that read it skipped saying why; CI=true fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests import shared

ROOT = Path(__file__).resolve().parents[2]
# Modules that read ../shared, the seed pages or the vendor's documents.
READERS = [
    "contract_tests/spec/test_seed_examples.py",  # at import (the module skips)
    "contract_tests/client/test_quirks.py",  # seed payloads from helpers, in the tests that use them
    "contract_tests/spec/test_webhooks_spec.py",  # in some tests (those skip, the others pass)
    "contract_tests/tool/test_vendor_diff.py::test_each_recorded_vendor_file_is_that_edition_and_has_no_new_difference",
]


def test_a_present_file_is_returned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seeds").mkdir()
    monkeypatch.setattr(shared, "SHARED_DIR", tmp_path)
    assert shared.require("seeds", what="the pages") == tmp_path / "seeds"


def test_a_missing_file_skips_the_test_and_says_which_and_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared, "SHARED_DIR", tmp_path)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        shared.require("vendor", "apps", "invoices.json", what="the vendor's documents")
    assert str(tmp_path / "vendor" / "apps" / "invoices.json") in str(skipped.value)
    assert "the vendor's documents are not beside the repository" in str(skipped.value)


def test_with_ci_true_a_missing_file_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared, "SHARED_DIR", tmp_path)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true requires it"):
        shared.require("seeds", what="the vendor's documentation pages")


def test_outside_pytest_a_missing_file_is_an_ordinary_error(tmp_path: Path) -> None:
    code = "from contract_tests import shared; shared.require('seeds', what='the pages')"
    env = {**os.environ, "HIGHLEVEL_SHARED_DIR": str(tmp_path)}
    env.pop("PYTEST_VERSION", None)
    ran = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert ran.returncode == 1
    assert f"SharedMissing: {tmp_path / 'seeds'} is absent" in ran.stderr


def _pytest(shared_dir: Path, ci: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HIGHLEVEL_SHARED_DIR": str(shared_dir), "CI": ci}
    env.pop("PYTEST_VERSION", None)
    cmd = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:xdist", *READERS]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_a_run_without_the_folder_passes_with_the_readers_skipped_and_fails_with_ci_true(tmp_path: Path) -> None:
    without = _pytest(tmp_path / "absent", ci="")
    assert without.returncode == 0, without.stdout + without.stderr
    assert "SKIPPED" in without.stdout
    assert "the vendor's documentation pages are not beside the repository" in without.stdout
    assert " passed" in without.stdout  # test_webhooks_spec.py: the tests that need no seed page
    in_ci = _pytest(tmp_path / "absent", ci="true")
    assert in_ci.returncode in (1, 2), in_ci.stdout + in_ci.stderr  # failed, or interrupted in collection
    assert "CI=true requires it" in in_ci.stdout
