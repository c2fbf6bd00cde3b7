"""``bench/RESULTS.md`` and ``bench/results.png`` from the sections of one run."""

from __future__ import annotations

import json
import math
import os
import platform
import shutil
import subprocess
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from .harness import ROOT, Section, fmt

PACKAGES = (
    "highlevel-invoices", "httpx", "attrs", "openapi-python-client", "gohighlevel-api-client", "pydantic",
    "pydantic-core", "msgspec", "datamodel-code-generator", "schemathesis", "hypothesis", "starlette", "uvicorn",
    "uvloop", "httptools", "jsonschema-rs", "matplotlib",
)  # fmt: skip
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


def chart(sections: list[Section], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = [s for s in sections if s.rows and not s.skipped]
    columns = 2
    rows = max(1, math.ceil(len(shown) / columns))
    fig, axes = plt.subplots(rows, columns, figsize=(15, 3.6 * rows), squeeze=False)
    for ax in axes.flat[len(shown) :]:
        ax.set_visible(False)
    for ax, section in zip(axes.flat, shown, strict=False):
        unit = section.rows[0].unit
        bars = [r for r in section.rows if r.unit == unit and not r.note.startswith("n/a")]
        labels = [r.subject for r in bars]
        values = [r.value for r in bars]
        colors = ["#2a7ab9" if "ours" in r.subject or "sandbox" in r.subject else "#9a9a9a" for r in bars]
        ax.barh(range(len(bars)), values, color=colors)
        ax.set_yticks(range(len(bars)), labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel(unit, fontsize=8)
        verdicts = [("met" if t.met else "MISSED") for t in section.targets]
        suffix = f"  [{', '.join(verdicts)}]" if verdicts else ""
        ax.set_title(section.title + suffix, fontsize=9, loc="left")
        for i, value in enumerate(values):
            ax.text(value, i, f" {fmt(value)}", va="center", fontsize=7)
        ax.margins(x=0.18)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


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
