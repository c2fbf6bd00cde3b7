"""``python -m highlevel_sandbox``: serve the sandbox with uvicorn on 127.0.0.1.

Configuration from options or the environment: ``PORT`` (4010),
``TOKENS`` (``tokA=locA,tokB=locB``), ``RATE_LIMIT`` (``100/10s`` or ``off``),
``WEBHOOK_URL`` (where to post the invoice events; several separated by commas).
"""

from __future__ import annotations

import argparse
import os
import sys

from ._app import DEFAULT_TOKENS, Sandbox, SandboxConfig
from ._ratelimit import RateLimit
from ._webhooks import check_url


def parse_tokens(text: str) -> dict[str, str]:
    tokens = {}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        token, sep, location = pair.partition("=")
        if not sep or not token.strip() or not location.strip():
            raise ValueError(f"TOKENS entries look like token=locationId (got {pair!r})")
        tokens[token.strip()] = location.strip()
    if not tokens:
        raise ValueError("TOKENS is empty")
    return tokens


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m highlevel_sandbox", description=__doc__)
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "4010")))
    parser.add_argument("--tokens", default=os.environ.get("TOKENS", ""), help="tokA=locA,tokB=locB")
    parser.add_argument("--rate-limit", default=os.environ.get("RATE_LIMIT", "100/10s"), help="100/10s or off")
    parser.add_argument("--webhook-url", default=os.environ.get("WEBHOOK_URL", ""), help="http://host:port/path,...")
    args = parser.parse_args(argv)
    try:
        tokens = parse_tokens(args.tokens) if args.tokens else dict(DEFAULT_TOKENS)
        rate_limit = RateLimit.parse(args.rate_limit)
        webhook_urls = [check_url(u) for u in args.webhook_url.split(",") if u.strip()]
    except ValueError as exc:
        parser.error(str(exc))
    sandbox = Sandbox(SandboxConfig(tokens=tokens, rate_limit=rate_limit, webhook_urls=webhook_urls))
    limit = f"{rate_limit.max_requests} per {rate_limit.per_seconds:g} s" if rate_limit else "off"
    print(f"HighLevel Invoices sandbox on http://{args.host}:{args.port}  (rate limit: {limit})")
    for token, location in tokens.items():
        print(f"  token {token}  ->  location {location}")
    for url in webhook_urls:
        print(f"  webhooks  ->  {url}")
    print("  reset: POST /__sandbox/reset   faults: POST /__sandbox/faults", flush=True)
    import uvicorn

    uvicorn.run(sandbox.app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
