"""highlevel-conformance: the command line (run, vendor-diff, check-traffic).

Every option of run also reads HIGHLEVEL_<NAME> from the environment
(--base-url reads HIGHLEVEL_BASE_URL); an option given on the command
line wins. Against a server that is not the sandbox every request of the run
goes through one local gate that enforces the read-only methods, the budget
and the rate (highlevel_conformance.gate). make conformance and the GitHub
Action call this command.

Exit status: 0 passed (vendor-diff, check-traffic: nothing new); 1 a check failed
(vendor-diff: a difference no spec/QUIRKS.md row explains; check-traffic: a
departure of recorded traffic none explains); 2 the command
could not run (a bad value, nothing listening, a refused token, --sandbox
against a server that is not the sandbox); 3 incomplete: nothing failed, but
an operation the run meant to check was not checked (the request budget ran
out, or it only answered 401/403), so the run cannot say the server passes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from highlevel_sandbox.options import OneLineParser

from . import settings as config

PROG = "highlevel-conformance"

# (option, HIGHLEVEL_ name, help, shown default); tokens are never shown, only where they are read from.
RUN_OPTIONS = (
    ("--base-url", "BASE_URL", "the server to check", "none: start the embedded sandbox"),
    ("--token", "TOKEN", "bearer token of identity A (prefer the variable: a command line is visible to ps)",
     "none; required with --base-url"),
    ("--location-id", "LOCATION_ID", "location of identity A", "none; required with --base-url"),
    ("--token-b", "TOKEN_B", "token of a second location, for the isolation checks", "none: skip them"),
    ("--location-id-b", "LOCATION_ID_B", "location of the second token", "none"),
    ("--max-examples", "MAX_EXAMPLES", "test cases per operation and phase", str(config.DEFAULT_MAX_EXAMPLES)),
    ("--seed", "SEED", "seed of the generation, to rerun a failing run exactly",
     "deterministic when CI=true, else a fresh one (printed)"),
    ("--reports-dir", "REPORTS_DIR", "where the reports go (JUnit, JSON, details, lifecycle JUnit)",
     config.DEFAULT_REPORTS_DIR),
    ("--rate", "RATE", "at most this many requests in any window, e.g. 100/10s, every stage counted",
     "the server's X-RateLimit-* headers"),
    ("--max-requests", "MAX_REQUESTS", "at most this many requests reach the server, every stage counted; "
     "spent on every operation's examples, negative cases and the lifecycle tests first",
     "none for the sandbox; against another server what its announced rate lets through in 4.5 minutes "
     "(2,700 at 100/10s)"),
)  # fmt: skip


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def parser() -> OneLineParser:
    top = OneLineParser(prog=PROG, description=__doc__, formatter_class=_Formatter)
    commands = top.add_subparsers(dest="command", metavar="{run,vendor-diff,check-traffic}", parser_class=OneLineParser)
    commands.required = True
    run = commands.add_parser(
        "run",
        help="check a server against the contract (schemathesis + lifecycle tests)",
        description="Check a server against spec/invoices.yaml: schemathesis (every check and phase) and the "
        "lifecycle tests. One request first checks that the server answers and accepts the token.",
    )
    for option, name, text, shown in RUN_OPTIONS:
        run.add_argument(option, default=config.env(name), help=f"{text} (env HIGHLEVEL_{name}; default: {shown})")
    run.add_argument(
        "--allow-side-effects",
        action="store_true",
        default=config.env("ALLOW_SIDE_EFFECTS") == "1",
        help="against a server that is not the sandbox, also send, void, delete, record payments and schedule "
        "(notifies customers) (env HIGHLEVEL_ALLOW_SIDE_EFFECTS=1; default: read-only)",
    )
    run.add_argument(
        "--probe-undeclared-methods",
        action="store_true",
        default=config.env("PROBE_UNDECLARED_METHODS") == "1",
        help="against a server that is not the sandbox, also send the methods the spec does not declare on a path "
        "(POST /invoices/settings ...: an undocumented endpoint may act on them); needs --allow-side-effects "
        "(env HIGHLEVEL_PROBE_UNDECLARED_METHODS=1; default: only the declared methods)",
    )
    run.add_argument(
        "--sandbox",
        action="store_true",
        default=config.env("SANDBOX") == "1",
        help="the server at --base-url is a sandbox this command did not start (make serve): check everything, "
        "sandbox-only checks and side effects included, as against the embedded one; refused in one line (exit "
        "status 2) unless GET /__sandbox/faults answers as the sandbox's does; without --token, the sandbox's "
        "default tokens (env HIGHLEVEL_SANDBOX=1; default: off, and a server is only written to with "
        "--allow-side-effects)",
    )
    run.add_argument(
        "--deterministic",
        action="store_true",
        default=os.environ.get("CI", "").lower() == "true",
        help="the same requests on every run (default: on when CI=true)",
    )
    diff = commands.add_parser(
        "vendor-diff",
        help="compare the vendor's published OpenAPI document with ours",
        description="Compare a vendor-published OpenAPI document (JSON or YAML; external $refs resolved relative "
        "to it) with spec/invoices.yaml. Each difference is matched to the spec/QUIRKS.md row that covers it; "
        "the rest are new (exit status 1).",
    )
    diff.add_argument("vendor_spec", metavar="PATH", help="the vendor's document (no default)")
    traffic = commands.add_parser(
        "check-traffic",
        help="check recorded traffic (HAR, VCR cassettes) against the contract; sends no request",
        description="Check recorded exchanges with HighLevel (HAR 1.2 files, VCR.py / pytest-recording cassettes) "
        "against spec/invoices.yaml: each request and answer strictly (parameters, bodies, status, headers). "
        "Departures are grouped by operation, JSON path and kind, each matched to the spec/QUIRKS.md row that "
        "explains it; the rest are new (exit status 1). Secrets never reach the output.",
    )
    traffic.add_argument("files", metavar="FILE", nargs="+", help="HAR (.har, JSON) or cassette (YAML) files")
    traffic.add_argument(
        "--host",
        action="append",
        help="the server the traffic went to, host or host:port; repeat for several "
        "(default: services.leadconnectorhq.com; exchanges with other hosts are ignored)",
    )
    traffic.add_argument(
        "--drafts",
        metavar="DIR",
        help="write a spec/QUIRKS.md row draft and a vendor bug-report draft for each new departure there "
        "(default: none)",
    )
    return top


def _run(args: argparse.Namespace, fail: OneLineParser) -> int:
    from . import runner

    try:
        settings = config.build(
            base_url=args.base_url,
            token=args.token,
            location_id=args.location_id,
            token_b=args.token_b,
            location_id_b=args.location_id_b,
            allow_side_effects=args.allow_side_effects,
            max_examples=args.max_examples or str(config.DEFAULT_MAX_EXAMPLES),
            seed=args.seed,
            deterministic=args.deterministic,
            reports_dir=args.reports_dir or config.DEFAULT_REPORTS_DIR,
            rate=args.rate,
            max_requests=args.max_requests,
            probe_undeclared_methods=args.probe_undeclared_methods,
            sandbox=args.sandbox,
        )
    except config.UsageError as exc:
        fail.fail(str(exc))
    return runner.run(settings)


def _vendor_diff(args: argparse.Namespace, fail: OneLineParser) -> int:
    from .vendor_diff import compare_files

    path = Path(args.vendor_spec)
    if not path.is_file():
        fail.fail(f"vendor-diff: {path}: no such file; expected the vendor's OpenAPI document (JSON or YAML)")
    try:
        result = compare_files(path)
    except ValueError as exc:
        fail.fail(f"vendor-diff: {exc}")
    for line in result.lines():
        print(line)
    return 1 if result.new else 0


def _check_traffic(args: argparse.Namespace, fail: OneLineParser) -> int:
    from . import traffic

    hosts = tuple(args.host or (traffic.DEFAULT_HOST,))
    for host in hosts:
        if not host or "/" in host or any(c.isspace() for c in host):
            fail.fail(f"check-traffic: --host: expected a host or host:port, got {host!r}")
    drafts = Path(args.drafts) if args.drafts else None
    if drafts is not None and drafts.exists() and not drafts.is_dir():
        fail.fail(f"check-traffic: --drafts: {drafts} is not a folder")
    try:
        verdict = traffic.check_files([Path(f) for f in args.files], hosts)
    except traffic.TrafficError as exc:
        fail.fail(f"check-traffic: {exc}")
    for line in verdict.lines():
        print(line)
    if drafts is not None and verdict.new:
        from .traffic_drafts import write_drafts

        try:
            written = write_drafts(verdict, drafts)
        except OSError as exc:
            fail.fail(f"check-traffic: --drafts: cannot write to {drafts} ({exc.strerror or exc})")
        print(f"drafts: {len(written)} files in {drafts}")
    return 1 if verdict.new else 0


def main(argv: list[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    if args.command == "run":
        return _run(args, top)
    if args.command == "check-traffic":
        return _check_traffic(args, top)
    return _vendor_diff(args, top)


if __name__ == "__main__":
    sys.exit(main())
