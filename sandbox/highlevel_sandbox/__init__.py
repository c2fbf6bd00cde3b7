"""A stateful reference server of the HighLevel Invoices API, for tests and offline work.

::

    from highlevel_sandbox import Sandbox, SyncASGITransport
    sandbox = Sandbox()                                   # in-memory state, default tokens
    transport = httpx.ASGITransport(app=sandbox.app)      # async clients
    transport = SyncASGITransport(sandbox.app)            # sync clients, no socket

OAuth apps (``SandboxConfig(oauth=OAuthConfig(clients={id: secret}, token_ttl=2))``)
get the vendor's ``/oauth/*`` endpoints (``_oauth``; ``sandbox.oauth.stats`` counts them).

Requests are validated with ``spec/invoices.yaml`` itself; answers take
HighLevel's shapes. The rules it follows where the vendor is silent are listed
in ``sandbox/README.md`` as assumptions. The layout is in ``ARCHITECTURE.md``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import DEFAULT_TOKENS, LOCATION_A, LOCATION_B, MissingOperations, Sandbox, SandboxConfig
    from ._auth import Identity, StaticTokens, TokenKind, TokenResolver
    from ._backend import Event
    from ._faults import Fault
    from ._inprocess import SyncASGITransport
    from ._oauth import OAuthConfig, OAuthState
    from ._ratelimit import RateLimit

# The names are imported on first use, so that ``highlevel_sandbox.specs`` (the
# spec's path and document, which make generate and vendor-diff read) does not
# start the whole server: importing the app costs about 0.35 s.
_WHERE = {
    "DEFAULT_TOKENS": "_app",
    "LOCATION_A": "_app",
    "LOCATION_B": "_app",
    "MissingOperations": "_app",
    "Sandbox": "_app",
    "SandboxConfig": "_app",
    "Identity": "_auth",
    "StaticTokens": "_auth",
    "TokenKind": "_auth",
    "TokenResolver": "_auth",
    "Event": "_backend",
    "Fault": "_faults",
    "SyncASGITransport": "_inprocess",
    "OAuthConfig": "_oauth",
    "OAuthState": "_oauth",
    "RateLimit": "_ratelimit",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "DEFAULT_TOKENS",
    "LOCATION_A",
    "LOCATION_B",
    "Event",
    "Fault",
    "Identity",
    "MissingOperations",
    "OAuthConfig",
    "OAuthState",
    "RateLimit",
    "Sandbox",
    "SandboxConfig",
    "StaticTokens",
    "SyncASGITransport",
    "TokenKind",
    "TokenResolver",
]
