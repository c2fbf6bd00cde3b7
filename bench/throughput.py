"""4. Sandbox throughput: a send/get mix from wrk on loopback, the sandbox vs Prism.

Both servers serve the same ``spec/invoices.yaml``, each in its fastest
documented configuration: the sandbox as ``python -m highlevel_sandbox``
(uvicorn, one process, rate limit off, access log off) and Prism 5 as
``prism mock`` with its log level at ``warn``. wrk (one thread, the same
connections and duration for both) alternates between them round by round;
each server's figure is its best round. Half the requests send an invoice,
half get one, over invoices created in the sandbox first (Prism answers any id
from the spec's examples).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

from highlevel_conformance.lifecycle import bodies
from highlevel_invoices import HighLevel
from highlevel_sandbox.specs import spec_path

from .harness import ROOT, Row, Scale, Section, Target, fmt, progress, sandbox_cmd, sandbox_tokens, server

SPEC = spec_path()
SCRIPT = ROOT / "bench" / "load" / "send_get_mix.lua"
PRISM = ROOT / "bench" / "prism" / "node_modules" / ".bin" / "prism"
SANDBOX, PRISM_NAME = "sandbox", "Prism 5 (prism mock)"
MIN_RATIO = 3.0  # sandbox req/s over Prism's (issue 16 item 4)
INSTALL_HINT = "make bench installs them (wrk from Debian's packages, Prism with npm ci in bench/prism)"


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
        with HighLevel(token, base_url=sandbox.url, rate_limit=None) as client:
            ids = [client.create_invoice(body=bodies.create_invoice(location)).field_id for _ in range(50)]
        env = {"INVOICE_IDS": ",".join(ids), "LOCATION_ID": location, "TOKEN": token}
        best: dict[str, dict[str, float]] = {}
        for round_ in range(1, rounds + 1):
            for name, url in ((SANDBOX, sandbox.url), (PRISM_NAME, prism.url)):
                if round_ == 1 and not scale.smoke:
                    wrk(url, env, 2, connections)  # warm-up, not counted
                progress(f"round {round_}/{rounds}: {name}, {seconds} s, {connections} connections")
                stats = wrk(url, env, seconds, connections)
                if name not in best or stats["rps"] > best[name]["rps"]:
                    best[name] = stats
    for name, stats in best.items():
        note = f"{int(stats['requests']):,} requests, {int(stats['errors'])} errors"
        section.rows += [
            Row(f"{name}: throughput", stats["rps"], "req/s", note),
            Row(f"{name}: p50 latency", stats["p50_us"] / 1000, "ms"),
            Row(f"{name}: p99 latency", stats["p99_us"] / 1000, "ms"),
        ]
    ours, peer = best[SANDBOX], best[PRISM_NAME]
    section.targets += [
        Target(f"sandbox req/s >= {MIN_RATIO:g}x Prism's", ours["rps"] / peer["rps"], MIN_RATIO, ">="),
        Target("sandbox p99 lower than Prism's (sandbox / Prism)", ours["p99_us"] / peer["p99_us"], 1.0, "<"),
        Target("no failed requests (sandbox)", ours["errors"], 0, "<=", "errors"),
    ]
    section.notes.append(
        f"wrk -t1 -c{connections} -d{seconds}s, best of {rounds} alternating rounds each; the sandbox validates "
        f"every request against the spec and keeps state, Prism answers the spec's static examples. "
        f"Prism: {fmt(peer['rps'])} req/s with {int(peer['errors'])} errors."
    )
    return section
