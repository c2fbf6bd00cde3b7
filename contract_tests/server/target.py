"""Which server the server-side suite checks: the in-process sandbox, or any base URL and token.

Environment: ``BASE_URL``, ``TOKEN``, ``LOCATION_ID`` (and optionally ``TOKEN_B``,
``LOCATION_ID_B`` for isolation checks). Without ``BASE_URL`` a fresh sandbox
is used. Against a server that is not the sandbox, calls that notify
customers or destroy data run only with ``ALLOW_SIDE_EFFECTS=1``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from contract_tests import conformance
from highlevel_invoices import AsyncHighLevel, HighLevel
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig, SyncASGITransport

SANDBOX_URL = "http://sandbox.invalid"


@dataclass
class Identity:
    token: str
    location: str


@dataclass
class Target:
    base_url: str
    a: Identity
    b: Identity | None
    sandbox: Sandbox | None  # set when the target is the in-process sandbox
    allow_side_effects: bool

    @property
    def is_sandbox(self) -> bool:
        return self.sandbox is not None

    def client(self, identity: Identity | None = None, **kwargs: Any) -> HighLevel:
        identity = identity or self.a
        if self.sandbox is not None:
            kwargs.setdefault("transport", SyncASGITransport(self.sandbox.app))
        return HighLevel(identity.token, base_url=self.base_url, **kwargs)

    def async_client(self, identity: Identity | None = None, **kwargs: Any) -> AsyncHighLevel:
        identity = identity or self.a
        if self.sandbox is not None:
            kwargs.setdefault("transport", httpx.ASGITransport(app=self.sandbox.app))
        return AsyncHighLevel(identity.token, base_url=self.base_url, **kwargs)


def from_environment() -> Target:
    """The in-process sandbox, or the server that the conformance driver's environment names."""
    configured = conformance.target_from_environment()
    if configured is None:
        sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
        (tok_a, loc_a), (tok_b, loc_b) = list(DEFAULT_TOKENS.items())[:2]
        return Target(SANDBOX_URL, Identity(tok_a, loc_a), Identity(tok_b, loc_b), sandbox, True)
    b = None
    if configured.token_b and configured.location_b:
        b = Identity(configured.token_b, configured.location_b)
    a = Identity(configured.token, configured.location)
    return Target(configured.base_url, a, b, None, configured.allow_side_effects)
