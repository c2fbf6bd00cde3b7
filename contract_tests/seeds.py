"""The vendor's documentation pages (``../shared/seeds``) and the JSON examples in them.

Without the pages (a clone without ``../shared``) a test that reads them skips, saying why; with
``CI=true`` it fails (``contract_tests.shared.require``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract_tests.shared import require

_DECODER = json.JSONDecoder()
# ``{invoiceId}`` alone on a line is the page's broken-up URL path, not JSON.
_PATH_TEMPLATE = re.compile(r"\{[A-Za-z]+\}")


class Invalid:
    """Marks a block that starts like JSON but does not parse."""

    def __init__(self, error: str) -> None:
        self.error = error

    def __repr__(self) -> str:
        return f"Invalid({self.error!r})"


@dataclass(frozen=True)
class Block:
    seed: str
    line: int
    value: Any  # the parsed JSON, or an Invalid

    @property
    def valid_json(self) -> bool:
        return not isinstance(self.value, Invalid)


def _opens_block(text: str, i: int) -> bool:
    """A block opens where ``{``/``[`` starts a line or follows a shell quote or heredoc."""
    line_start = text.rfind("\n", 0, i) + 1
    before = text[line_start:i]
    return before.strip() == "" or before.endswith("'") or before.endswith("EOF")


def extract_blocks(name: str, text: str) -> list[Block]:
    """Every top-level JSON value of a seed page, in order, with its 1-based line."""
    blocks: list[Block] = []
    i = 0
    while i < len(text):
        if text[i] in "{[" and _opens_block(text, i) and not _PATH_TEMPLATE.match(text, i):
            line = text.count("\n", 0, i) + 1
            try:
                value, end = _DECODER.raw_decode(text, i)
            except json.JSONDecodeError as exc:
                blocks.append(Block(name, line, Invalid(exc.msg)))
                nl = text.find("\n", i)
                i = len(text) if nl < 0 else nl + 1
                continue
            blocks.append(Block(name, line, value))
            i = end
            continue
        i += 1
    return blocks


def seed_files() -> list[Path]:
    return sorted(require("seeds", what="the vendor's documentation pages").glob("*.txt"))


def all_blocks() -> dict[str, list[Block]]:
    return {p.stem: extract_blocks(p.stem, p.read_text(encoding="utf-8")) for p in seed_files()}
