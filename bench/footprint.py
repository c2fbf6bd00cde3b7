"""8. What a sandbox costs before it holds anything: ``Sandbox()`` in a fresh process, a served one beside Prism.

In-process (what a user's test suite pays, in every xdist worker): a fresh Python process imports
``highlevel_sandbox``, then builds ``Sandbox()``; the figures are the RSS it added and the time it
took (after the import), the median of several processes. The same process then sends a warm-up of
API requests through ``SyncASGITransport`` (each operation it uses compiles its validators on first
use) and reads its RSS again.

Served: ``python -m highlevel_sandbox`` (what ``make serve`` runs; rate limit off, so that the warm-up
is not refused) and Prism 5 (``prism mock``) serve the same ``spec/invoices.yaml`` side by side, in
the same run; the RSS of each server's process tree is read once both answer, and again after each
has answered the same warm-up requests.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

import httpx
import psutil

from highlevel_conformance.lifecycle import bodies
from highlevel_spec import spec_path

from .harness import ROOT, Row, Scale, Section, Target, fmt, progress, sandbox_cmd, sandbox_tokens, server
from .throughput import PRISM, PRISM_NAME

MAX_SANDBOX_MIB = 30.0  # Sandbox() adds at most this much to its process (issue 25 item 1)
MAX_SANDBOX_SECONDS = 0.2  # ... and takes at most this long, after the import
MAX_PRISM_SHARE = 0.5  # a served sandbox uses at most half of Prism's RSS
MIB = 2**20

# Run in a fresh interpreter: the figures of one Sandbox() there, as JSON on the last line.
IN_PROCESS = r"""
import gc, json, sys, time
import psutil
process = psutil.Process()
started = time.perf_counter()
import highlevel_sandbox
imported = time.perf_counter() - started
import httpx
from bench.footprint import warm_up  # the client's models for the bodies: imported before the first reading
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig, SyncASGITransport
gc.collect()
before = process.memory_info().rss
started, cpu = time.perf_counter(), time.process_time()
sandbox = Sandbox(SandboxConfig(rate_limit=None))
took, cpu = time.perf_counter() - started, time.process_time() - cpu
gc.collect()
after = process.memory_info().rss
started = time.perf_counter()
Sandbox(SandboxConfig(rate_limit=None))
second = time.perf_counter() - started
token, location = next(iter(DEFAULT_TOKENS.items()))
with httpx.Client(base_url="http://sandbox.invalid", transport=SyncASGITransport(sandbox.app)) as client:
    answers = warm_up(client, token, location, int(sys.argv[1]))
gc.collect()
warm = process.memory_info().rss
print(json.dumps({"imported": imported, "took": took, "cpu": cpu, "second": second, "added": after - before,
                  "warm_added": warm - before, "answers": answers}))
"""


def warm_up(client: httpx.Client, token: str, location: str, rounds: int) -> dict[str, int]:
    """``rounds`` of create, get, send and list an invoice; how many answers of each status class."""
    headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
    scope = {"altId": location, "altType": "location"}
    create, send = bodies.create_invoice(location).to_dict(), bodies.send(location).to_dict()
    counts: dict[str, int] = {}

    def count(response: httpx.Response) -> httpx.Response:
        key = f"{response.status_code // 100}xx"
        counts[key] = counts.get(key, 0) + 1
        return response

    for _ in range(rounds):
        created = count(client.post("/invoices/", json=create, headers=headers))
        invoice_id = created.json().get("_id", "6578278e879ad2646715ba9d") if created.is_success else "x"
        count(client.get(f"/invoices/{invoice_id}", params=scope, headers=headers))
        count(client.post(f"/invoices/{invoice_id}/send", json=send, headers=headers))
        count(client.get("/invoices/", params={**scope, "limit": "10", "offset": "0"}, headers=headers))
    return counts


def tree_rss(pid: int) -> int:
    """The RSS of a server process and every process it started."""
    parent = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])


def _in_process(rounds: int) -> dict[str, Any]:
    cmd = [sys.executable, "-c", IN_PROCESS, str(rounds)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"the Sandbox() process failed: {result.stderr[-600:]}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _served(rounds: int) -> dict[str, dict[str, Any]]:
    token, location = sandbox_tokens()
    prism_cmd = [str(PRISM), "mock", str(spec_path()), "--port", "{port}", "--host", "127.0.0.1", "-v", "warn"]
    found: dict[str, dict[str, Any]] = {}
    with server(sandbox_cmd("off")) as sandbox, server(prism_cmd) as prism:
        for name, running in (("sandbox", sandbox), ("prism", prism)):
            found[name] = {"started": tree_rss(running.pid)}
        for name, running in (("sandbox", sandbox), ("prism", prism)):
            with httpx.Client(base_url=running.url, timeout=30) as client:
                found[name]["answers"] = warm_up(client, token, location, rounds)
            found[name]["warm"] = tree_rss(running.pid)
    return found


def _answers(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))


def run(scale: Scale) -> Section:
    section = Section(
        "footprint", "8. What a sandbox costs before it holds anything: Sandbox() in a fresh process, served vs Prism"
    )
    processes, rounds = scale.pick(5, 1), scale.pick(25, 2)
    runs = []
    for i in range(processes):
        progress(f"Sandbox() in a fresh process ({i + 1}/{processes})")
        runs.append(_in_process(rounds))
    added = statistics.median(r["added"] for r in runs) / MIB
    took = statistics.median(r["took"] for r in runs)
    warm = statistics.median(r["warm_added"] for r in runs) / MIB
    requests = 4 * rounds
    section.rows += [
        Row("Sandbox(): RSS added to its process", added, "MiB", f"median of {processes} fresh processes"),
        Row(f"Sandbox() and {requests} requests in-process: RSS added", warm, "MiB",
            f"create, get, send and list an invoice, {rounds} times ({_answers(runs[0]['answers'])})"),
    ]  # fmt: skip
    if PRISM.exists():
        progress(f"python -m highlevel_sandbox and Prism side by side, {requests} warm-up requests each")
        served = _served(rounds)
        for stage, label in (("started", "after start-up"), ("warm", f"after {requests} warm-up requests")):
            section.rows += [
                Row(f"sandbox (python -m highlevel_sandbox): RSS {label}", served["sandbox"][stage] / MIB, "MiB"),
                Row(f"{PRISM_NAME}: RSS {label}", served["prism"][stage] / MIB, "MiB"),
            ]
            share = served["sandbox"][stage] / served["prism"][stage]
            section.targets.append(Target(
                f"served sandbox RSS {label} <= {MAX_PRISM_SHARE:g}x Prism's (sandbox / Prism, same run)",
                share, MAX_PRISM_SHARE, "<=",
            ))  # fmt: skip
        section.notes.append(
            f"Warm-up answers: sandbox {_answers(served['sandbox']['answers'])}; "
            f"Prism {_answers(served['prism']['answers'])} (Prism answers the spec's examples)."
        )
    else:
        section.notes.append("Prism is not installed (make bench-tools): the served comparison was not run.")
    section.rows += [
        Row("Sandbox(): time, after the import", took * 1000, "ms", f"median of {processes} fresh processes"),
        Row("Sandbox(): CPU time of its process, after the import", statistics.median(r["cpu"] for r in runs) * 1000,
            "ms", "the wall time above also counts waiting for a core on a busy machine"),
        Row("a second Sandbox() in the same process: time", statistics.median(r["second"] for r in runs) * 1000,
            "ms"),
        Row("import highlevel_sandbox (fresh process)", statistics.median(r["imported"] for r in runs) * 1000, "ms",
            "no target: pytest pays it at start where the [sandbox] extra is installed (the fixtures' plugin)"),
    ]  # fmt: skip
    section.targets += [
        Target(f"Sandbox() adds <= {MAX_SANDBOX_MIB:g} MiB to its process", added, MAX_SANDBOX_MIB, "<=", "MiB"),
        Target(f"Sandbox() takes <= {MAX_SANDBOX_SECONDS:g} s after the import", took, MAX_SANDBOX_SECONDS, "<=",
               "s"),
    ]  # fmt: skip
    section.notes.append(
        "Validators are compiled the first time an operation uses them, against one registry of the spec "
        f"(issue 25): the warm-up shows what a few operations add ({fmt(warm - added)} MiB here)."
    )
    if scale.smoke:
        section.notes.append("Smoke run: one process and a few requests; the figures are not worth reading.")
    return section
