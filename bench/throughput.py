"""4. Sandbox throughput: a send/get mix from wrk on loopback, the sandbox vs Prism.

Both servers serve the same ``spec/invoices.yaml``, each in its fastest
documented configuration: the sandbox as ``python -m highlevel_sandbox``
(uvicorn, one process, rate limit off, access log off) and Prism 5 as
``prism mock`` with its log level at ``warn``. wrk (one thread, the same
connections and duration for both) alternates between them round by round;
each server's figure is its best round. Half the requests send an invoice,
half get one, over invoices created in the sandbox first (Prism answers any id
from the spec's examples).

``python -m bench --only throughput --profile`` also runs one more wrk round on a
sandbox of its own under a profiler (py-spy when it is on PATH: sampling, the server
at full speed; else the standard library's cProfile around the server process, which
slows it) and writes its top functions to ``sandbox-profile.txt`` beside RESULTS.md
and to the section's notes. The measured rounds are never profiled.
"""

from __future__ import annotations

import collections
import json
import os
import pstats
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

from highlevel_conformance.lifecycle import bodies
from highlevel_invoices import HighLevel
from highlevel_spec import spec_path

from .harness import ROOT, Row, Scale, Section, Target, fmt, progress, sandbox_cmd, sandbox_tokens, server

SPEC = spec_path()
SCRIPT = ROOT / "bench" / "load" / "send_get_mix.lua"
PRISM = ROOT / "bench" / "prism" / "node_modules" / ".bin" / "prism"
SANDBOX, PRISM_NAME = "sandbox", "Prism 5 (prism mock)"
INSTALL_HINT = "make bench installs them (wrk from Debian's packages, Prism with npm ci in bench/prism)"
PROFILE_OUT: Path | None = None  # ``python -m bench --profile`` sets it: where sandbox-profile.txt goes
PROFILE_TOP = 25


def missing_tools() -> list[str]:
    missing = []
    if shutil.which("wrk") is None:
        missing.append("wrk")
    if not PRISM.exists():
        missing.append("Prism (bench/prism/node_modules)")
    return missing


def wrk(url: str, env: dict[str, str], seconds: int, connections: int) -> dict[str, float]:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "-s", str(SCRIPT), url]
    result = subprocess.run(cmd, env={**os.environ, **env}, capture_output=True, text=True, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed ({result.returncode}): {result.stdout}\n{result.stderr}")
    stats: dict[str, float] = json.loads(lines[-1])
    stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
    stats["errors"] = sum(stats[k] for k in stats if k.startswith("errors_"))
    return stats


def _invoice_env(url: str, token: str, location: str) -> dict[str, str]:
    with HighLevel(token, base_url=url, rate_limit=None) as client:
        ids = [client.create_invoice(body=bodies.create_invoice(location)).field_id for _ in range(50)]
    return {"INVOICE_IDS": ",".join(ids), "LOCATION_ID": location, "TOKEN": token}


def _collapsed_top(raw: str, top: int) -> list[str]:
    """py-spy's collapsed stacks (``a;b;c 12``) as the functions with the most samples, own and inclusive."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [re.sub(r"\(.*/(site-packages|python3\.\d+)/|:\d+(?=\)$)", lambda m: "(" if m[1] else "", f)
                  .replace(str(ROOT) + "/", "") for f in stack.split(";")]  # fmt: skip
        total += int(count)
        own[frames[-1]] += int(count)
        for frame in set(frames):
            inclusive[frame] += int(count)
    lines = [f"py-spy, {total:,} samples; own time (the function itself, C calls it makes included):"]
    lines += [f"  {n / total:6.1%}  {name}" for name, n in own.most_common(top)]
    lines += ["inclusive time (with what it calls):"]
    lines += [f"  {n / total:6.1%}  {name}" for name, n in inclusive.most_common(top)]
    return lines


def profile(out: Path, seconds: int, connections: int) -> list[str]:
    """One wrk round on a sandbox of its own under a profiler; the report's lines (also in ``out``)."""
    token, location = sandbox_tokens()
    spy = shutil.which("py-spy")
    out.mkdir(parents=True, exist_ok=True)
    stats_file = out / "sandbox-profile.pstats"
    stats_file.unlink(missing_ok=True)
    cmd = sandbox_cmd("off")
    if spy is None:
        cmd = [cmd[0], "-m", "cProfile", "-o", str(stats_file), *cmd[1:]]
    with server(cmd) as sandbox:
        env = _invoice_env(sandbox.url, token, location)
        wrk(sandbox.url, env, 2, connections)  # warm-up, not profiled
        recorder = None
        if spy is not None:
            raw_file = out / "sandbox-profile.collapsed"
            recorder = subprocess.Popen(
                [spy, "record", "--pid", str(sandbox.pid), "--duration", str(seconds), "--rate", "250",
                 "--format", "raw", "--output", str(raw_file), "--nonblocking"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            time.sleep(0.5)  # py-spy attaches
        stats = wrk(sandbox.url, env, seconds, connections)
        if recorder is not None and recorder.wait() != 0:
            raise RuntimeError("py-spy failed (it needs ptrace: the server's user, or CAP_SYS_PTRACE)")
        if recorder is None:
            # uvicorn re-raises the signal it stopped on: SIGTERM would end the process before cProfile writes,
            # SIGINT becomes KeyboardInterrupt, which lets cProfile write its file on the way out.
            os.kill(sandbox.pid, signal.SIGINT)
            deadline = time.monotonic() + 30
            while not stats_file.exists() and time.monotonic() < deadline:
                time.sleep(0.1)
    head = f"wrk -t1 -c{connections} -d{seconds}s on the profiled sandbox: {fmt(stats['rps'])} req/s"
    if spy is not None:
        lines = [head, *_collapsed_top(raw_file.read_text(encoding="utf-8"), PROFILE_TOP)]
    else:
        table = pstats.Stats(str(stats_file))
        width = sum(v[2] for v in table.stats.values()) or 1.0  # type: ignore[attr-defined]
        ranked = sorted(table.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]
        lines = [head + " (cProfile slows the server)", "cProfile, own time per function (start-up included):"]
        for (path, line, name), (_, calls, own, _cumulative, _) in ranked[:PROFILE_TOP]:
            where = re.sub(r"^.*/(site-packages|python3\.\d+)/", "", path.replace(str(ROOT) + "/", ""))
            lines.append(f"  {own / width:6.1%}  {name} ({where}:{line}), {calls:,} calls")
    (out / "sandbox-profile.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def run(scale: Scale) -> Section:
    section = Section("throughput", "4. Sandbox throughput: send/get mix with wrk, sandbox vs Prism")
    if missing := missing_tools():
        section.skipped = f"{' and '.join(missing)} not installed; {INSTALL_HINT}"
        return section
    seconds, connections, rounds = scale.pick(8, 1), scale.pick(32, 4), scale.pick(2, 1)
    token, location = sandbox_tokens()
    prism_cmd = [str(PRISM), "mock", str(SPEC), "--port", "{port}", "--host", "127.0.0.1", "-v", "warn"]
    with (
        server(sandbox_cmd("off")) as sandbox,
        server(prism_cmd) as prism,
    ):
        env = _invoice_env(sandbox.url, token, location)
        best: dict[str, dict[str, float]] = {}
        for round_ in range(1, rounds + 1):
            for name, url in ((SANDBOX, sandbox.url), (PRISM_NAME, prism.url)):
                if round_ == 1 and not scale.smoke:
                    wrk(url, env, 2, connections)  # warm-up, not counted
                progress(f"round {round_}/{rounds}: {name}, {seconds} s, {connections} connections")
                stats = wrk(url, env, seconds, connections)
                if name not in best or stats["rps"] > best[name]["rps"]:
                    best[name] = stats
    if PROFILE_OUT is not None:
        progress(f"profiling a sandbox of its own: {seconds} s, {connections} connections")
        found = profile(PROFILE_OUT, seconds, connections)
        own = found[2 : 2 + 8]
        section.notes.append(
            f"Profile ({found[1].split(',')[0]}; `--profile`, all of it in sandbox-profile.txt), the top own "
            f"times: {'; '.join(line.strip() for line in own)}."
        )
    for name, stats in best.items():
        note = f"{int(stats['requests']):,} requests, {int(stats['errors'])} errors"
        section.rows += [
            Row(f"{name}: throughput", stats["rps"], "req/s", note),
            Row(f"{name}: p50 latency", stats["p50_us"] / 1000, "ms"),
            Row(f"{name}: p99 latency", stats["p99_us"] / 1000, "ms"),
        ]
    ours, peer = best[SANDBOX], best[PRISM_NAME]
    # The speed figures are information, with no target; a failed request is a fault of the sandbox.
    section.targets.append(Target("no failed requests (sandbox)", ours["errors"], 0, "<=", "errors"))
    section.notes.append(
        f"The sandbox answers {ours['rps'] / peer['rps']:.2f}x Prism's requests per second, with "
        f"{ours['p99_us'] / peer['p99_us']:.2f}x its p99 latency."
    )
    section.notes.append(
        f"wrk -t1 -c{connections} -d{seconds}s, best of {rounds} alternating rounds each; the sandbox validates "
        f"every request against the spec and keeps state, Prism answers the spec's static examples. "
        f"Prism: {fmt(peer['rps'])} req/s with {int(peer['errors'])} errors."
    )
    return section
