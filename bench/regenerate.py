"""6. Regeneration: wall time of ``make generate`` (openapi-python-client, templates, ruff)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time

from .harness import ROOT, Row, Scale, Section, Target, progress

MAX_SECONDS = 2.0


def run(scale: Scale) -> Section:
    section = Section("generate", "6. Regeneration of the client from the spec")
    runs = scale.pick(5, 1)
    times = []
    with tempfile.TemporaryDirectory(prefix="hl-bench-gen-") as scratch:
        # The full run times the make target itself (it rewrites generated/ with identical
        # bytes); the smoke run generates into a scratch folder so tests never touch the tree.
        cmd = (
            [sys.executable, "-m", "tools.generate", f"{scratch}/highlevel_invoices_api"]
            if scale.smoke
            else ["make", "--no-print-directory", "generate"]
        )
        for i in range(runs):
            progress(f"run {i + 1}/{runs}: {' '.join(cmd[-2:] if scale.smoke else cmd)}")
            started = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    median = statistics.median(times)
    label = "python -m tools.generate (scratch folder)" if scale.smoke else "make generate"
    section.rows.append(Row(label, median, "s", f"median of {runs}, fastest {min(times):.2f} s"))
    section.targets.append(Target(f"{label} <= {MAX_SECONDS:g} s", median, MAX_SECONDS, "<=", "s"))
    return section
