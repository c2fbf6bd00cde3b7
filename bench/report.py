"""``bench/RESULTS.md`` and ``bench/results.png`` from the sections of one run."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import textwrap
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from .harness import ROOT, Row, Section, Target, fmt

PACKAGES = (
    "highlevel-invoices", "httpx", "attrs", "openapi-python-client", "gohighlevel-api-client", "pydantic",
    "pydantic-core", "msgspec", "datamodel-code-generator", "schemathesis", "hypothesis", "starlette", "uvicorn",
    "uvloop", "httptools", "jsonschema-rs", "matplotlib",
)  # fmt: skip
if TYPE_CHECKING:
    from matplotlib.figure import Figure

REPRODUCE = "make install && make bench"


def _command_version(cmd: list[str]) -> str:
    if shutil.which(cmd[0]) is None and not Path(cmd[0]).exists():
        return "not installed"
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    except OSError:
        return "not installed"
    text = (result.stdout or result.stderr).strip().splitlines()
    return text[0] if text else "?"


def machine() -> dict[str, str]:
    import psutil

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "memory": f"{psutil.virtual_memory().total / 2**30:.1f} GiB",
        "OS": platform.platform(),
        "Python": platform.python_version(),
    }


def versions() -> dict[str, str]:
    found = {}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    prism = ROOT / "bench" / "prism" / "node_modules" / ".bin" / "prism"
    found["Prism (@stoplight/prism-cli)"] = _command_version([str(prism), "--version"])
    found["wrk"] = _command_version(["wrk", "--version"])
    found["node"] = _command_version(["node", "--version"])
    commit = _command_version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    found["highlevel-invoices"] += f" (commit {commit})"
    return found


def _value(value: float, unit: str, note: str) -> str:
    if value == 0 and note.startswith("n/a"):
        return "n/a"
    return f"{fmt(value)} {unit}"


def markdown(sections: list[Section], scale: str, seconds: float, partial: list[str] | None = None) -> str:
    """The report of one run; ``partial`` names the benchmarks of a subset run (``--only``), if it was one."""
    targets = [(s, t) for s in sections for t in s.targets]
    missed = [(s, t) for s, t in targets if not t.met]
    skipped = [s for s in sections if s.skipped]
    command = f"python -m bench --only {','.join(partial)}" if partial else "make bench"
    out = [
        "# Benchmarks",
        "",
        f"Written by `{command}` ({scale} run, {seconds:.0f} s) on "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}. Reproduce from a fresh clone with "
        f"`{REPRODUCE if not partial else 'make install && ' + command}`.",
    ]
    if partial:
        out.append(
            f"**A partial run: {', '.join(partial)} only.** The other benchmarks did not run; "
            "`bench/RESULTS.md` holds the last full run."
        )
    out += [
        "Every ratio compares figures taken in the same run on the same machine; the chart is `results.png`.",
        "Most figures are information, with no target; the targets below are the checks a run must pass.",
        "",
        "## Targets",
        "",
    ]
    if targets:
        out += ["| benchmark | target | measured | verdict |", "|---|---|---|---|"]
        for section, target in targets:
            out.append(f"| {section.title.split('.')[0]} | {target.text} | {target.shown} | {target.verdict()} |")
        out.append("")
    if missed:
        out.append(f"**Missed: {len(missed)} of {len(targets)} targets.**")
        for section, target in missed:
            out.append(f"- {section.title}: {target.text}: {target.verdict()}")
    elif targets:
        out.append(f"All {len(targets)} targets met in this run.")
    else:
        out.append("None of the benchmarks of this run has a target.")
    for section in skipped:
        out.append(f"- **Not run:** {section.title}: {section.skipped}")
    out += ["", "## Figures", ""]
    for section in sections:
        out += [f"### {section.title}", ""]
        if section.skipped:
            out += [f"Not run: {section.skipped}", ""]
            continue
        out += ["| | figure | note |", "|---|---|---|"]
        out += [f"| {r.subject} | {_value(r.value, r.unit, r.note)} | {r.note} |" for r in section.rows]
        out.append("")
        out += [f"- {note}" for note in section.notes]
        out += [f"- Took {section.seconds:.1f} s.", ""]
    out += ["## Machine", ""]
    out += [f"- {k}: {v}" for k, v in machine().items()]
    out += ["", "## Versions", ""]
    out += [f"- {k}: {v}" for k, v in versions().items()]
    out += ["", "## Reproduce", "", "```sh", REPRODUCE, "```", "",
            "`make bench` installs wrk (Debian package) and Prism (`npm ci` in `bench/prism`) when they are missing, "
            "then runs `python -m bench`; `python -m bench --only client,models` runs a subset.",
            "`python -m bench --only throughput --profile` also profiles the sandbox under the same wrk mix "
            "(py-spy when it is on PATH, else cProfile around the server process) and writes its top functions "
            "to `sandbox-profile.txt` and to the notes of section 4.", ""]  # fmt: skip
    return "\n".join(out)


def _panels(sections: list[Section]) -> list[tuple[Section, str, list[Row]]]:
    """One panel per (section, unit): a section measuring req/s and ms gets two, never a dropped row."""
    panels = []
    for section in sections:
        if section.skipped:
            continue
        units: dict[str, list[Row]] = {}
        for row in section.rows:
            if not row.note.startswith("n/a"):
                units.setdefault(row.unit, []).append(row)
        panels += [(section, unit, rows) for unit, rows in units.items()]
    return panels


OURS, PEER = "#2a7ab9", "#9a9a9a"


def _ours(row: Row) -> bool:
    """A bar of this toolkit's (a panel without one has no peer: all its bars are ours)."""
    return any(word in row.subject.lower() for word in ("ours", "sandbox"))


def _heading(section: Section, first: bool) -> str:
    """The panel's title: the section's, and on its first panel each target with its verdict."""
    if not first:
        return f"{section.title.split('.')[0]}. (continued)"
    lines = textwrap.wrap(section.title, 100)
    for target in section.targets:
        lines += textwrap.wrap(f"target: {target.text}; measured {target.shown}: {target.verdict()}", 110)
    return "\n".join(lines)


def chart(sections: list[Section], path: Path) -> None:
    import matplotlib.pyplot as plt

    fig = figure(sections)
    fig.savefig(path, dpi=100)
    plt.close(fig)


def figure(sections: list[Section]) -> Figure:
    """One full-width panel per section and unit, stacked; titles and labels wrapped, so none overlap."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = _panels(sections)
    skipped = [f"Not run: {s.title}: {s.skipped}" for s in sections if s.skipped]
    labels = [[textwrap.fill(r.subject, 70) for r in rows] for _, _, rows in panels]
    headings, seen = [], set()
    for section, _, _ in panels:
        headings.append(_heading(section, section.key not in seen))
        seen.add(section.key)
    heights = [
        0.9 + 0.17 * heading.count("\n") + len(panel) * (0.08 + 0.17 * max(n.count("\n") + 1 for n in panel))
        for heading, panel in zip(headings, labels, strict=True)
    ]
    footer = "\n".join(textwrap.fill(line, 150) for line in skipped)
    if footer:
        heights.append(0.3 + 0.17 * footer.count("\n"))
    fig = plt.figure(figsize=(13, sum(heights) + 0.6), layout="constrained")
    heading = "Benchmarks (bench/RESULTS.md has every figure and note): blue is this toolkit, grey its peers and floors"
    fig.suptitle(heading, fontsize=10, x=0.01, ha="left")
    grid = fig.add_gridspec(len(heights), 1, height_ratios=heights)
    for i, ((_, unit, rows), names, title) in enumerate(zip(panels, labels, headings, strict=True)):
        ax = fig.add_subplot(grid[i])
        values = [r.value for r in rows]
        colors = [OURS if _ours(r) or not any(map(_ours, rows)) else PEER for r in rows]
        ax.barh(range(len(rows)), values, color=colors)
        ax.set_yticks(range(len(rows)), names, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel(unit, fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_title(title, fontsize=9, loc="left")
        for j, value in enumerate(values):
            ax.text(value, j, f" {fmt(value)}", va="center", fontsize=7)
        ax.margins(x=0.12)
    if footer:
        ax = fig.add_subplot(grid[-1])
        ax.axis("off")
        ax.text(0, 0.5, footer, fontsize=9, va="center", ha="left", transform=ax.transAxes)
    return fig


def load(path: Path) -> list[Section]:
    """The sections of a run as ``write`` saved them in results.json (its ``met`` and ``verdict`` are derived).

    Raises ``ValueError`` naming the JSON path of the first thing that is not what ``write`` writes."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, list):
        raise ValueError(f"$: expected a list of sections, got {type(document).__name__}")
    sections = []
    for i, item in enumerate(document):
        where = f"$[{i}]"
        try:
            if not isinstance(item, dict):
                raise TypeError(f"expected an object, got {type(item).__name__}")
            fields = dict(item)
            rows = [Row(**row) for row in fields.pop("rows")]
            targets = [
                Target(**{k: v for k, v in t.items() if k not in ("met", "verdict")}) for t in fields.pop("targets")
            ]
            sections.append(Section(**fields, rows=rows, targets=targets))
        except (TypeError, KeyError, AttributeError) as exc:
            raise ValueError(f"{where} ({item.get('key', '?') if isinstance(item, dict) else '?'}): not a section "
                             f"as bench writes it: {type(exc).__name__}: {exc}") from exc  # fmt: skip
    return sections


def write(
    sections: list[Section], out_dir: Path, scale: str, seconds: float, *, partial: list[str] | None = None
) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    md, png, data = out_dir / "RESULTS.md", out_dir / "results.png", out_dir / "results.json"
    md.write_text(markdown(sections, scale, seconds, partial), encoding="utf-8")
    chart(sections, png)
    payload = [
        {**asdict(s), "targets": [{**asdict(t), "met": t.met, "verdict": t.verdict()} for t in s.targets]}
        for s in sections
    ]
    data.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return [md, png, data]
