"""``python -m highlevel_sandbox``: serve the sandbox with uvicorn on 127.0.0.1.

Configuration from options or the environment: ``PORT`` (4010),
``TOKENS`` (``tokA=locA,tokB=locB``), ``RATE_LIMIT`` (``100/10s`` or ``off``).
"""

from __future__ import annotations

import sys

from ._app import DEFAULT_TOKENS, Sandbox, SandboxConfig
from ._limits import RateLimit
from .options import OneLineParser, checked, ensure_free, from_env, port_number


def parse_tokens(text: str) -> dict[str, str]:
    """``tokA=locA,tokB=locB``; empty text means the default tokens (an empty dict)."""
    tokens: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        token, sep, location = pair.partition("=")
        if not sep or not token.strip() or not location.strip():
            raise ValueError(f"TOKENS entries look like token=locationId (got {pair!r})")
        tokens[token.strip()] = location.strip()
    if text.strip() and not tokens:
        raise ValueError("no token=locationId pair")
    return tokens


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser(prog="python -m highlevel_sandbox", description=__doc__)
    parser.add_argument("--host", default=from_env("HOST", "127.0.0.1"), help="(default: HOST, else 127.0.0.1)")
    parser.add_argument(
        "--port", type=port_number(), default=from_env("PORT", "4010"), help="(default: PORT, else 4010)"
    )
    parser.add_argument(
        "--tokens",
        type=checked(parse_tokens, "token=locationId pairs separated by commas", "--tokens/TOKENS"),
        default=from_env("TOKENS", ""),
        help="tokA=locA,tokB=locB (default: TOKENS, else the sandbox's two default tokens)",
    )
    parser.add_argument(
        "--rate-limit",
        type=checked(RateLimit.parse, "requests/interval such as 100/10s, or off", "--rate-limit/RATE_LIMIT"),
        default=from_env("RATE_LIMIT", "100/10s"),
        help="100/10s or off (default: RATE_LIMIT, else 100/10s)",
    )
    args = parser.parse_args(argv)
    tokens = args.tokens or dict(DEFAULT_TOKENS)
    rate_limit = args.rate_limit
    # Said before the banner: a banner followed by "address in use" reads as a server that started.
    problem = ensure_free(args.host, args.port)
    if problem:
        parser.fail(problem)
    sandbox = Sandbox(SandboxConfig(tokens=tokens, rate_limit=rate_limit))
    limit = f"{rate_limit.max_requests} per {rate_limit.per_seconds:g} s" if rate_limit else "off"
    print(f"HighLevel Invoices sandbox on http://{args.host}:{args.port}  (rate limit: {limit})")
    for token, location in tokens.items():
        print(f"  token {token}  ->  location {location}")
    print("  reset: POST /__sandbox/reset   faults: POST /__sandbox/faults", flush=True)
    import uvicorn

    uvicorn.run(sandbox.app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
