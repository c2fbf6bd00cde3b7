"""A stateful reference server of the HighLevel Invoices API, for tests and offline work.

::

    from highlevel_sandbox import Sandbox, SyncASGITransport
    sandbox = Sandbox()                                   # in-memory state, default tokens
    transport = httpx.ASGITransport(app=sandbox.app)      # async clients
    transport = SyncASGITransport(sandbox.app)            # sync clients, no socket

OAuth apps (``SandboxConfig(oauth=OAuthConfig(clients={id: secret}, token_ttl=2))``)
get the vendor's ``/oauth/*`` endpoints (``_oauth``; ``sandbox.oauth.stats`` counts them).

Requests are validated with ``spec/invoices.yaml`` itself (read through
``highlevel_spec``, the spec's own package); answers take
HighLevel's shapes. The rules it follows where the vendor is silent are listed
in ``sandbox/README.md`` as assumptions. The layout is in ``ARCHITECTURE.md``.
"""

from __future__ import annotations

from ._app import DEFAULT_TOKENS, LOCATION_A, LOCATION_B, Sandbox, SandboxConfig
from ._auth import Identity, StaticTokens, TokenKind, TokenResolver
from ._backend import Event
from ._exceptions import MissingOperations, WebhookEventsMismatch
from ._faults import Fault, WebhookFault
from ._inprocess import SyncASGITransport
from ._oauth import OAuthConfig, OAuthState
from ._ratelimit import RateLimit

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
    "WebhookEventsMismatch",
    "WebhookFault",
]
