"""``make changes``: what a spec edit changes, for the contract and for the generated Python API.

    python -m tools.changes [BASE] [--write]   # BASE: a git ref, default HEAD

1. The contract: ``spec/invoices.yaml`` at BASE against the working copy
   (``tools.spec_diff``), each change marked breaking or not for clients and servers.
2. The Python API: the generated package at BASE against a fresh generation from
   the working spec, compared by griffe (removed or renamed functions, parameters,
   attributes, changed types).
3. The release check: breaking client changes since the last version bump need a
   new version (semver: a major bump, or a minor one before 1.0) and a
   ``CHANGELOG.md`` section for it naming each breaking change. ``make test`` runs
   this check; ``make changes`` prints the section, and ``make changes WRITE=1``
   writes it into ``CHANGELOG.md`` and sets the new version in ``pyproject.toml``.
"""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml

from highlevel_spec import read_document
from tools.generate import PACKAGE, ROOT, SPEC, generate
from tools.spec_diff import Change, diff, report

SPEC_REL = SPEC.relative_to(ROOT).as_posix()
CHANGELOG = ROOT / "CHANGELOG.md"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
PYPROJECT = ROOT / "pyproject.toml"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def spec_at(ref: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(_git("show", f"{ref}:{SPEC_REL}"))
    return spec


def working_spec() -> dict[str, Any]:
    spec: dict[str, Any] = read_document(SPEC)
    return spec


def version_of(pyproject_text: str) -> str:
    version: str = tomllib.loads(pyproject_text)["project"]["version"]
    return version


def release_baseline() -> tuple[str, str]:
    """(commit, version) of the last commit that set the package version."""
    commit = _git("log", "-1", "--format=%H", "-G", r"^version = ", "--", "pyproject.toml").strip()
    if not commit:
        raise SystemExit("no commit sets the version in pyproject.toml")
    return commit, version_of(_git("show", f"{commit}:pyproject.toml"))


def _semver(version: str) -> tuple[int, int, int]:
    major, minor, patch = (int(p) for p in version.split(".")[:3])
    return major, minor, patch


def breaking_bump_ok(old: str, new: str) -> bool:
    """A breaking change needs a major bump, or a minor one before 1.0."""
    o, n = _semver(old), _semver(new)
    if o[0] == 0:
        return n > o and (n[0] > 0 or n[1] > o[1])
    return n[0] > o[0]


def next_version(version: str, breaking: bool) -> str:
    major, minor, patch = _semver(version)
    if breaking:
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    return f"{major}.{minor}.{patch + 1}"


def changelog_text() -> str:
    return CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""


def changelog_section(version: str, text: str) -> str:
    match = re.search(rf"^## \[{re.escape(version)}\].*?(?=^## \[|\Z)", text, flags=re.MULTILINE | re.DOTALL)
    return match.group(0) if match else ""


def release_problems(changes: list[Change], old_version: str, new_version: str, changelog: str) -> list[str]:
    """Why the version and changelog do not acknowledge the breaking client changes (empty: they do)."""
    breaking = [c for c in changes if c.breaks_client]
    if not breaking:
        return []
    problems = []
    if not breaking_bump_ok(old_version, new_version):
        problems.append(
            f"{len(breaking)} breaking client change(s) since version {old_version}, but the version is "
            f"{new_version}: bump the {'minor' if _semver(old_version)[0] == 0 else 'major'} version in pyproject.toml"
        )
    section = changelog_section(new_version, changelog)
    if not section:
        problems.append(f"CHANGELOG.md has no section '## [{new_version}]'")
    else:
        missing = [c.where for c in breaking if c.where not in section]
        if missing:
            problems.append(f"CHANGELOG.md section [{new_version}] does not name: {', '.join(missing)}")
    return problems


def suggested_section(version: str, changes: list[Change]) -> str:
    lines = [f"## [{version}] - YYYY-MM-DD"]
    groups = (("Removed", ("removed",)), ("Changed", ("changed", "made", "moved")), ("Added", ("added",)))
    for title, words in groups:
        picked = [c for c in changes if any(w in c.what for w in words)]
        if picked:
            lines += ["", f"### {title}", *[f"- {'**BREAKING** ' if c.breaks_client else ''}`{c.where}`: {c.what}"
                                             f"{f' ({c.detail})' if c.detail else ''}" for c in picked]]  # fmt: skip
    return "\n".join(lines)


def python_api_report(base: str) -> str:
    """griffe's breaking changes between the generated package at ``base`` and a fresh generation."""
    import griffe

    with tempfile.TemporaryDirectory(prefix="hl-api-") as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        old = griffe.load_git(PACKAGE, ref=base, repo=ROOT, search_paths=["generated"])
        new = griffe.load(PACKAGE, search_paths=[tmp], force_inspection=False)
        lines = [_ANSI.sub("", b.explain(style=griffe.ExplanationStyle.ONE_LINE))
                 for b in griffe.find_breaking_changes(old, new)]  # fmt: skip
    if not lines:
        return "no breaking change in the generated Python API"
    return "\n".join(
        [f"{len(lines)} breaking change(s) in the generated Python API:", *[f"  {line}" for line in lines]]
    )


def write_release(version: str, section: str) -> None:
    """Set ``version`` in pyproject.toml and add ``section`` under ``## [Unreleased]`` in CHANGELOG.md."""
    text = PYPROJECT.read_text(encoding="utf-8")
    PYPROJECT.write_text(re.sub(r'^version = ".*"$', f'version = "{version}"', text, count=1, flags=re.MULTILINE),
                         encoding="utf-8")  # fmt: skip
    log = changelog_text() or "# Changelog\n\n## [Unreleased]\n"
    if "## [Unreleased]" not in log:
        log = log.rstrip("\n") + "\n\n## [Unreleased]\n"
    dated = section.replace("YYYY-MM-DD", datetime.date.today().isoformat())
    CHANGELOG.write_text(log.replace("## [Unreleased]\n", f"## [Unreleased]\n\n{dated}\n", 1), encoding="utf-8")


def main(argv: list[str]) -> int:
    write = "--write" in argv
    args = [a for a in argv[1:] if a != "--write"]
    base = args[0] if args and args[0] else "HEAD"
    known = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"], cwd=ROOT,
                           capture_output=True, check=False)  # fmt: skip
    if known.returncode != 0:
        print(f"make changes: BASE={base!r} is not a commit of this repository; expected a git ref "
              "(a branch, a tag or a commit, default HEAD)", file=sys.stderr)  # fmt: skip
        return 2
    changes = diff(spec_at(base), working_spec())
    print(f"== the contract: {SPEC_REL} at {base} -> working copy")
    print(report(changes))
    print(f"\n== the generated Python API at {base} -> generated from the working spec")
    print(python_api_report(base))
    commit, released = release_baseline()
    current = version_of(PYPROJECT.read_text(encoding="utf-8"))
    since = diff(spec_at(commit), working_spec())
    problems = release_problems(since, released, current, changelog_text())
    print(f"\n== release check: version {released} set in {commit[:10]}, now {current}")
    if problems:
        print("\n".join(f"  NOT ACKNOWLEDGED: {p}" for p in problems))
        target = next_version(released, any(c.breaks_client for c in since))
        section = suggested_section(target, since)
        if write:
            write_release(target, section)
            print(f"  written: version {target} in pyproject.toml and its section in CHANGELOG.md")
        else:
            print(f"\nsuggested CHANGELOG.md section (version {target}: set it in pyproject.toml, "
                  "or run `make changes WRITE=1`):\n")  # fmt: skip
            print(section)
    else:
        print("  ok: every breaking client change is acknowledged" if since else "  ok: no contract change")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
