"""A breaking spec change must be acknowledged by the version and CHANGELOG.md (issue: spec changes)."""

from __future__ import annotations

from typing import Any

from tools.changes import (
    breaking_bump_ok,
    changelog_section,
    changelog_text,
    next_version,
    python_api_report,
    release_baseline,
    release_problems,
    spec_at,
    suggested_section,
    version_of,
    working_spec,
)
from tools.generate import ROOT
from tools.spec_diff import Change, diff

BREAKING = Change("get-invoice 200:.total", "field removed", "", True, False)
COMPATIBLE = Change("get-invoice 200:.extra", "field added", "optional", False, False)


def test_every_breaking_change_since_the_last_release_is_acknowledged() -> None:
    """The gate: fails after a breaking spec edit until pyproject.toml and CHANGELOG.md say so."""
    commit, released = release_baseline()
    current = version_of((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    problems = release_problems(diff(spec_at(commit), working_spec()), released, current, changelog_text())
    assert problems == [], "\n".join(problems) + "\nrun `make changes` for the section to add"


def test_semver_rules() -> None:
    assert breaking_bump_ok("0.1.0", "0.2.0") and breaking_bump_ok("0.1.3", "1.0.0")
    assert not breaking_bump_ok("0.1.0", "0.1.1") and not breaking_bump_ok("0.1.0", "0.1.0")
    assert breaking_bump_ok("1.4.2", "2.0.0") and not breaking_bump_ok("1.4.2", "1.5.0")
    assert (next_version("0.1.0", True), next_version("1.2.3", True), next_version("1.2.3", False)) == (
        "0.2.0", "2.0.0", "1.2.4")  # fmt: skip


def test_release_problems_until_version_and_changelog_acknowledge() -> None:
    log = "# Changelog\n\n## [0.2.0] - 2026-11-21\n\n### Removed\n- **BREAKING** `get-invoice 200:.total`\n"
    assert release_problems([COMPATIBLE], "0.1.0", "0.1.0", "") == []
    assert len(release_problems([BREAKING], "0.1.0", "0.1.0", "")) == 2  # no bump, no section
    assert len(release_problems([BREAKING], "0.1.0", "0.2.0", "# Changelog\n")) == 1  # no section
    assert len(release_problems([BREAKING], "0.1.0", "0.2.0", log.replace(".total", ".other"))) == 1
    assert release_problems([BREAKING], "0.1.0", "0.2.0", log) == []
    assert "get-invoice 200:.total" in changelog_section("0.2.0", log)
    assert "**BREAKING** `get-invoice 200:.total`" in suggested_section("0.2.0", [BREAKING, COMPATIBLE])


def test_python_api_report_against_head_has_no_breakage() -> None:
    assert python_api_report("HEAD") == "no breaking change in the generated Python API"


def test_write_release_sets_the_version_and_adds_the_section(tmp_path: Any, monkeypatch: Any) -> None:
    import tools.changes as changes

    pyproject, log = tmp_path / "pyproject.toml", tmp_path / "CHANGELOG.md"
    pyproject.write_text('[project]\nname = "x"\nversion = "0.1.0"\n', encoding="utf-8")
    log.write_text("# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-21\n", encoding="utf-8")
    monkeypatch.setattr(changes, "PYPROJECT", pyproject)
    monkeypatch.setattr(changes, "CHANGELOG", log)
    changes.write_release("0.2.0", suggested_section("0.2.0", [BREAKING]))
    assert version_of(pyproject.read_text(encoding="utf-8")) == "0.2.0"
    text = log.read_text(encoding="utf-8")
    assert text.index("## [Unreleased]") < text.index("## [0.2.0]") < text.index("## [0.1.0]")
    assert release_problems([BREAKING], "0.1.0", "0.2.0", text) == []
