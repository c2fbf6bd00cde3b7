"""ARCHITECTURE.md names only paths that exist: every repository path it puts in backticks is there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "ARCHITECTURE.md"
EXTENSIONS = ("py", "md", "yaml", "yml", "toml", "jinja", "lua", "json", "lock", "txt")
# A relative path: no spaces, no URL or HTTP path (those start with "/"), a folder ("x/") or a file ("x.py").
PATH = re.compile(rf"[\w.-]+(/[\w.-]+)*/|[\w.-]+(/[\w.-]+)*\.(?:{'|'.join(EXTENSIONS)})")


def named_paths(text: str) -> list[str]:
    return [span for span in re.findall(r"`([^`\n]+)`", text) if PATH.fullmatch(span)]


def test_the_path_pattern_tells_paths_from_code() -> None:
    text = "`a/b.py` `bench/` `spec/QUIRKS.md` `/invoices/{id}` `Sandbox.add_route` `make generate` `x.send(call)`"
    assert named_paths(text) == ["a/b.py", "bench/", "spec/QUIRKS.md"]


def test_every_path_named_in_architecture_md_exists() -> None:
    paths = named_paths(PAGE.read_text(encoding="utf-8"))
    assert len(paths) >= 30
    assert [p for p in paths if not (ROOT / p).exists()] == []
