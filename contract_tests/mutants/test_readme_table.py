"""The rule -> check -> mutant table of contract_tests/README.md names tests that exist and mutants of the catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import schemathesis.specs.openapi.checks  # noqa: F401 - registers the OpenAPI checks
from schemathesis.checks import CHECKS

from .catalogue import MUTANTS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "contract_tests" / "README.md"
HEADER = "| rule (sandbox/README.md) | check | mutant |"


def rows() -> list[tuple[str, str, str]]:
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(HEADER) + 2  # after the header and its |---| line
    table = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert len(cells) == 3, f"contract_tests/README.md: a row needs rule | check | mutant: {line}"
        table.append((cells[0], cells[1], cells[2]))
    return table


def test_the_table_has_rows() -> None:
    assert len(rows()) >= 30


def _tests_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    }


@pytest.mark.parametrize(("rule", "check", "mutant"), rows(), ids=[r[0][:60] for r in rows()])
def test_each_row_names_a_check_that_exists_and_a_mutant_of_the_catalogue(rule: str, check: str, mutant: str) -> None:
    if check.startswith("schemathesis "):
        assert check.removeprefix("schemathesis ") in CHECKS.get_all_names(), f"{rule}: no schemathesis check {check!r}"
    else:
        match = re.fullmatch(r"([\w/]+\.py)::(test_\w+)", check)
        assert match, f"{rule}: the check must be file::test_name, got {check!r}"
        path = ROOT / match[1]
        assert path.is_file(), f"{rule}: {match[1]} does not exist"
        assert match[2] in _tests_of(path), f"{rule}: {match[1]} has no test {match[2]}"
    if mutant == "-":
        assert check.startswith("contract_tests/server/"), f"{rule}: only a sandbox-only rule goes without a mutant"
    else:
        assert mutant in MUTANTS, f"{rule}: no mutant {mutant!r} in contract_tests/mutants/catalogue.py"


def test_every_mutant_proves_a_rule_of_the_table() -> None:
    assert set(MUTANTS) - {mutant for _, _, mutant in rows()} == set()
