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

from bench.__main__ import BENCHMARKS, main, output_dir, run_one
from bench.harness import ROOT, SMOKE, Row, Section, Target
from bench.report import figure, load, markdown, write


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


def test_the_chart_of_the_committed_run_is_legible(tmp_path: Path) -> None:
    """No text of the chart overlaps another or leaves the picture: titles, targets, bar labels (issue 28)."""
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    committed = ROOT / "bench" / "results.json"
    sections = load(committed)
    fig = figure(sections)
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        page = fig.bbox
        texts = [t for t in fig.findobj(Text) if t.get_text() == fig.get_suptitle()]  # the heading
        for ax in fig.axes:  # each panel's title, bar names, values and unit; the footer's text
            texts += [ax.title, ax.xaxis.label, *ax.get_yticklabels(), *ax.texts] if ax.axison else ax.texts
        texts = [t for t in texts if t.get_text() and t.get_visible()]
        boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
        assert any("Not run: bulk" in text for text, _ in boxes) and len(boxes) > 150
        for text, box in boxes:
            assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, text
        for i, (text, box) in enumerate(boxes):
            for other, other_box in boxes[i + 1 :]:
                assert not box.overlaps(other_box), f"{text!r} overlaps {other!r}"
        titles = {ax.get_title(loc="left") for ax in fig.axes}
        for section in sections:  # every target is shown with its section, with its verdict
            for target in section.targets:
                assert any(target.verdict()[:20] in title and target.text[:30] in title.replace("\n", " ")
                           for title in titles), target.text  # fmt: skip
    finally:
        plt.close(fig)
    assert main(["--redraw", str(committed.with_name("missing.json"))]) == 2
    copy = tmp_path / "results.json"
    copy.write_text(committed.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["--redraw", str(copy)]) == 0
    assert (tmp_path / "results.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{not json", "cannot read a run's results: Expecting property name"),
        ('{"key": "client"}', "$: expected a list of sections, got dict"),
        ('[{"key": "client", "title": "1. Client", "rows": [{"subject": "ours"}], "targets": []}]',
         "$[0] (client): not a section as bench writes it: TypeError:"),
        ('["client"]', "$[0] (?): not a section as bench writes it: TypeError: expected an object, got str"),
    ],
)  # fmt: skip
def test_redraw_says_where_a_results_file_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: str
) -> None:
    results = tmp_path / "results.json"
    results.write_text(content, encoding="utf-8")
    assert main(["--redraw", str(results)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"--redraw {results}: " in err and said in err, err
    assert not (tmp_path / "results.png").exists()
