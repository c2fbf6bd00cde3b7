"""``python -m bench``: run the benchmarks, write ``bench/RESULTS.md`` and ``bench/results.png``.

    python -m bench                      # everything, full size (what make bench runs)
    python -m bench --only client,models # a subset, written to reports/bench/ (not over the full run's files)
    python -m bench --smoke --out DIR    # few iterations, no waiting (what make test runs)
    python -m bench --only throughput --profile  # also where the sandbox's time goes (sandbox-profile.txt)
    python -m bench --redraw bench/results.json  # the chart again from a run's saved figures, nothing measured

The exit code is 0 when every benchmark ran, 1 when one of them failed or
could not run. Most figures are information; a missed target (the few
benchmarks that have one) is reported, not an error.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import (
    bulk,
    client_overhead,
    conformance_rate,
    footprint,
    memory,
    models,
    regenerate,
    requests_to_verdict,
    throughput,
)
from .harness import FULL, ROOT, SMOKE, Scale, Section
from .report import chart, load, write

BENCHMARKS: dict[str, Callable[[Scale], Section]] = {
    "client": client_overhead.run,
    "models": models.run,
    "bulk": bulk.run,
    "throughput": throughput.run,
    "conformance": conformance_rate.run,
    "generate": regenerate.run,
    "memory": memory.run,
    "footprint": footprint.run,
    "verdict": requests_to_verdict.run,
}


def run_one(name: str, scale: Scale) -> Section:
    started = time.perf_counter()
    try:
        section = BENCHMARKS[name](scale)
    except Exception as exc:  # one broken benchmark must not lose the others' results
        traceback.print_exc()
        section = Section(name, name, skipped=f"failed: {type(exc).__name__}: {exc}")
    section.seconds = time.perf_counter() - started
    return section


def output_dir(partial: list[str] | None, out: Path | None) -> Path:
    """Where a run writes: ``out`` if given; else bench/ for a full run and reports/bench/ for a subset.

    A subset never overwrites the committed results of a full run (bench/RESULTS.md); its report
    says which benchmarks it holds.
    """
    if out is not None:
        return out
    return ROOT / "reports" / "bench" if partial else ROOT / "bench"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="few iterations and no thresholds worth reading")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where RESULTS.md and results.png go (default: bench/, or reports/bench/ for a subset)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="throughput: also profile the sandbox under the same wrk mix (py-spy if on PATH, else cProfile) "
        "into OUT/sandbox-profile.txt and the section's notes",
    )
    parser.add_argument(
        "--redraw",
        type=Path,
        default=None,
        metavar="RESULTS_JSON",
        help="measure nothing: draw results.png beside RESULTS_JSON again from the figures it holds",
    )
    args = parser.parse_args(argv)
    if args.redraw is not None:
        try:
            sections = load(args.redraw)
        except (OSError, ValueError) as exc:
            print(f"python -m bench: --redraw {args.redraw}: cannot read a run's results: {exc}", file=sys.stderr)
            return 2
        png = args.redraw.with_name("results.png")
        chart(sections, png)
        print(f"wrote {png} from {args.redraw} ({len(sections)} sections)")
        return 0
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHMARKS)
    if unknown := [n for n in names if n not in BENCHMARKS]:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    partial = names if set(names) != set(BENCHMARKS) else None
    out = output_dir(partial, args.out)
    if args.profile:
        throughput.PROFILE_OUT = out
    scale = SMOKE if args.smoke else FULL
    started = time.perf_counter()
    sections = []
    for i, name in enumerate(names, 1):
        print(f"[{i}/{len(names)}] {name} ({scale.name})", flush=True)
        section = run_one(name, scale)
        sections.append(section)
        for target in section.targets:
            print(f"  -> {target.text}: {target.verdict()}", flush=True)
        if section.skipped:
            print(f"  -> not run: {section.skipped}", flush=True)
    elapsed = time.perf_counter() - started
    for path in write(sections, out, scale.name, elapsed, partial=partial):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    targets = [t for s in sections for t in s.targets]
    missed = sum(not t.met for t in targets)
    print(f"{len(sections)} benchmarks in {elapsed:.0f} s; {missed} of {len(targets)} targets missed (see RESULTS.md)")
    return 1 if any(s.skipped for s in sections) else 0


if __name__ == "__main__":
    sys.exit(main())
