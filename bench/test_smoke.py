"""A small run of every benchmark, so ``make bench`` cannot rot between releases.

Few iterations and no thresholds: these tests check that each benchmark runs
end to end, measures something real and reports it, not how fast anything is.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import BENCHMARKS, output_dir, run_one
from bench.harness import ROOT, SMOKE, Row, Section, Target
from bench.report import markdown, write


@pytest.mark.parametrize("name", list(BENCHMARKS))
def test_each_benchmark_runs_small(name: str) -> None:
    section = run_one(name, SMOKE)
    if section.skipped.startswith("failed"):
        pytest.fail(section.skipped)
    if section.skipped:  # only the wrk/Prism one, on a machine without them (make bench-tools)
        pytest.skip(section.skipped)
    assert section.rows
    for row in section.rows:
        assert math.isfinite(row.value) and row.value >= 0, row
    measured = [r for r in section.rows if not r.note.startswith("n/a")]
    assert any(r.value > 0 for r in measured), section.rows
    for target in section.targets:
        assert target.verdict()  # met or a plain "MISSED by ..." line


def test_a_missed_target_says_by_how_much() -> None:
    assert Target("t", 1.43, 1.3, "<=").verdict() == "MISSED by 10.0 % (1.430 x, over the limit of 1.30)"
    assert Target("t", 0.8, 0.9, ">=").verdict().startswith("MISSED by 11.1 %")
    assert Target("t", 1.3004, 1.3, "<=").verdict().startswith("MISSED by 0.03 % (1.300 x")
    assert Target("t", 1.2, 1.3, "<=").verdict() == "met"
    assert not Target("t", 1.0, 1.0, "<").met


def test_results_file_and_chart(tmp_path: Path) -> None:
    sections = [
        Section(
            "client",
            "1. Client",
            [Row("ours", 130.0, "µs/call"), Row("raw", 100.0, "µs/call")],
            [Target("ours <= 1.3x raw", 1.3, 1.3, "<=")],
        ),  # fmt: skip
        Section("models", "2. Models", [Row("ours", 9.0, "µs")], [Target("ours <= 2x pydantic", 2.5, 2.0, "<=")]),
        Section("throughput", "4. Throughput", skipped="wrk not installed"),
    ]
    written = write(sections, tmp_path, "smoke", 1.0)
    results = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert "**Missed: 1 of 2 targets.**" in results
    assert "ours <= 2x pydantic: MISSED by 25.0 %" in results
    assert "Not run:** 4. Throughput: wrk not installed" in results
    assert "## Machine" in results and "## Versions" in results and "make install && make bench" in results
    assert (tmp_path / "results.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(written) == 3


def test_command_line_writes_the_results(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--only", "generate", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[1/1] generate (smoke)" in result.stdout
    results = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert "python -m tools.generate (scratch folder) <= 2 s" in results
    assert "**A partial run: generate only.**" in results and "`python -m bench --only generate`" in results
    assert (tmp_path / "results.png").exists()


def test_a_subset_never_overwrites_the_full_run_s_results() -> None:
    assert output_dir(None, None) == ROOT / "bench"
    assert output_dir(["client", "models"], None) == ROOT / "reports" / "bench"
    assert output_dir(["client"], Path("/elsewhere")) == Path("/elsewhere")


def test_figures_without_targets_are_reported_as_information() -> None:
    sections = [Section("client", "1. Client", [Row("ours", 130.0, "µs/call")], notes=["ours is 1.04x the floor"])]
    text = markdown(sections, "full", 1.0, ["client"])
    assert "None of the benchmarks of this run has a target." in text
    assert "Missed" not in text and "MISSED" not in text and "| benchmark | target |" not in text
    assert "| ours | 130 µs/call |  |" in text and "- ours is 1.04x the floor" in text
    assert "**A partial run: client only.**" in text


def test_unknown_benchmark_is_refused() -> None:
    result = subprocess.run([sys.executable, "-m", "bench", "--only", "nope"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "unknown benchmark(s): nope" in result.stderr
