"""Generate the client package from ``spec/invoices.yaml``.

One code path for ``make generate`` and for the drift test, which regenerates
into a temporary folder and compares it file by file with ``generated/``.

    python -m tools.generate [OUTPUT_PACKAGE_DIR]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from highlevel_spec import load_spec, spec_path

ROOT = Path(__file__).resolve().parent.parent
SPEC = spec_path()
CONFIG = spec_path("generator.yaml")
TEMPLATES = ROOT / "overrides" / "templates"
PACKAGE = "highlevel_invoices_api"
DEFAULT_OUTPUT = ROOT / "generated" / PACKAGE


def _tool(name: str) -> str:
    """The tool from the same virtual environment as this interpreter."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _as_json(scratch: Path) -> Path:
    """The spec as JSON, which the generator reads in a fraction of its YAML parse; the YAML where JSON cannot hold it.

    Read as the sandbox and the tests read it (``highlevel_spec.load_spec``), so every tool
    sees the same document; the output is byte-identical either way (the drift
    test regenerates and compares). ruamel's YAML parse was a third of
    ``make generate`` with the 42 operations.
    """
    try:
        text = json.dumps(load_spec())
    except (TypeError, ValueError):  # a value JSON has no form for (a YAML date, say): let the generator read YAML
        return SPEC
    path = scratch / "invoices.json"
    path.write_text(text, encoding="utf-8")
    return path


def generate(output: Path) -> None:
    """Run the pinned openapi-python-client into ``output`` (replaced whole)."""
    output = output.resolve()
    env = dict(os.environ)
    # The post hooks call ``ruff``: make it the pinned one next to this interpreter.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    # Generate into a scratch folder first so that a failed run never leaves a
    # half-written package behind, and so that stale files disappear.
    with tempfile.TemporaryDirectory(prefix="hl-gen-") as scratch:
        target = Path(scratch) / PACKAGE
        cmd = [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(_as_json(Path(scratch))),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(target),
            "--overwrite",
            "--fail-on-warning",
        ]
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0 or "Warning" in result.stdout or "Warning" in result.stderr:
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(target, output)


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    generate(output)
    print(f"generated {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
