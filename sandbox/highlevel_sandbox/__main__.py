"""``python -m highlevel_sandbox``: serve the sandbox with uvicorn on 127.0.0.1.

Configuration from options or the environment: ``PORT`` (4010),
``TOKENS`` (``tokA=locA,tokB=locB``), ``RATE_LIMIT`` (``100/10s`` or ``off``),
``OAUTH_CLIENTS`` (``client_id:client_secret,...``), ``TOKEN_TTL`` (``86399s``).
``WEBHOOK_URL`` (where to post the invoice events; several separated by commas),
``WEBHOOK_RETRIES`` (``vendor``: a 429 only, as HighLevel; ``lenient``: also 5xx and no answer).
"""

from __future__ import annotations

import sys

from ._app import DEFAULT_TOKENS, Sandbox, SandboxConfig
from ._oauth import DEFAULT_OAUTH_CLIENTS, DEFAULT_TOKEN_TTL, OAuthConfig, parse_clients, parse_ttl
from ._ratelimit import RateLimit
from ._webhooks import VENDOR, WEBHOOK_RETRIES, check_retries, check_url
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
    parser.add_argument(
        "--oauth-clients",
        default=from_env("OAUTH_CLIENTS", ""),
        help="id:secret,id2:secret2 (default: OAUTH_CLIENTS, else the sandbox's demo client)",
    )
    parser.add_argument(
        "--token-ttl",
        default=from_env("TOKEN_TTL", f"{DEFAULT_TOKEN_TTL:g}s"),
        help=f"access token lifetime (default: TOKEN_TTL, else {DEFAULT_TOKEN_TTL:g}s)",
    )
    parser.add_argument(
        "--webhook-url",
        default=from_env("WEBHOOK_URL", ""),
        help="where to post the invoice events: http://host:port/path,... (default: WEBHOOK_URL, else none)",
    )
    parser.add_argument(
        "--webhook-retries",
        type=checked(check_retries, " or ".join(WEBHOOK_RETRIES), "--webhook-retries/WEBHOOK_RETRIES"),
        default=from_env("WEBHOOK_RETRIES", VENDOR),
        help="vendor: retry a 429 only, as HighLevel does; lenient: also 5xx and no answer (default: "
        "WEBHOOK_RETRIES, else vendor)",
    )
    args = parser.parse_args(argv)
    tokens = args.tokens or dict(DEFAULT_TOKENS)
    rate_limit = args.rate_limit
    try:
        # Not through ``checked``: its message repeats the value, and this one holds client secrets.
        clients = parse_clients(args.oauth_clients) if args.oauth_clients else dict(DEFAULT_OAUTH_CLIENTS)
    except ValueError as exc:
        parser.fail(f"--oauth-clients/{exc}")
    try:
        webhook_urls = [check_url(u) for u in args.webhook_url.split(",") if u.strip()]
    except ValueError as exc:
        parser.fail(f"--webhook-url/WEBHOOK_URL: {exc}")
    try:
        ttl = parse_ttl(args.token_ttl)
    except ValueError as exc:
        parser.fail(f"--token-ttl/{exc}")
    # Said before the banner: a banner followed by "address in use" reads as a server that started.
    problem = ensure_free(args.host, args.port)
    if problem:
        parser.fail(problem)
    oauth = OAuthConfig(clients=clients, token_ttl=ttl)
    config = SandboxConfig(
        tokens=tokens,
        rate_limit=rate_limit,
        oauth=oauth,
        webhook_urls=webhook_urls,
        webhook_retries=args.webhook_retries,
    )
    sandbox = Sandbox(config)
    limit = f"{rate_limit.max_requests} per {rate_limit.per_seconds:g} s" if rate_limit else "off"
    print(f"HighLevel Invoices sandbox on http://{args.host}:{args.port}  (rate limit: {limit})")
    for token, location in tokens.items():
        print(f"  token {token}  ->  location {location}")
    print(f"  OAuth apps: {', '.join(clients)} (secrets as configured)  access tokens live {ttl:g} s")
    for url in webhook_urls:
        print(f"  webhooks  ->  {url}")
    if webhook_urls:  # signed with the sandbox's own key, not HighLevel's: say where a receiver finds it
        print(
            f"  webhooks are signed with this sandbox's key: GET http://{args.host}:{args.port}"
            "/__sandbox/webhooks/public-key; give it to verify_webhook as HIGHLEVEL_WEBHOOK_PUBLIC_KEY"
        )
    retried = "a 429 only, as HighLevel" if args.webhook_retries == VENDOR else "429, 5xx and no answer"
    print(f"  webhook retries: {args.webhook_retries} ({retried})")
    print("  reset: POST /__sandbox/reset   faults: POST /__sandbox/faults", flush=True)
    import uvicorn

    # proxy_headers=False: nothing here reads the client address or scheme that X-Forwarded-* would rewrite,
    # and uvicorn's middleware for them wrapped every request (issue 16).
    uvicorn.run(sandbox.app, host=args.host, port=args.port, log_level="warning", access_log=False, proxy_headers=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
