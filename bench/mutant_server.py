"""``python -m bench.mutant_server --port P [--mutant NAME]``: a sandbox, broken by one mutant of
``contract_tests/mutants/catalogue.py`` (or not broken, without ``--mutant``), served with uvicorn on 127.0.0.1.

The section "requests to verdict" (``bench/requests_to_verdict.py``) checks it with ``highlevel-conformance run
--sandbox``, as a user checks a sandbox started with ``make serve``: every request goes through the run's gate,
which counts them all, the lifecycle tests' included. Its rate limit is off: the requests a verdict costs are
counted, not waited for.
"""

from __future__ import annotations

import argparse

from contract_tests.mutants.catalogue import MUTANTS
from highlevel_sandbox import Sandbox, SandboxConfig


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.mutant_server", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mutant", default="", choices=["", *MUTANTS], help="(default: none, the real sandbox)")
    args = parser.parse_args(argv)
    # As contract_tests/mutants/test_mutation_score.py builds them: the real sandbox strict, a mutant not (a strict
    # sandbox refuses to send the broken answer the mutant is there to send).
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=not args.mutant))
    if args.mutant:
        MUTANTS[args.mutant](sandbox)
    import uvicorn

    uvicorn.run(sandbox.app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
