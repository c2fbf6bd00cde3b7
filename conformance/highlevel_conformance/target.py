"""Which server the suite checks, and as whom: one ``Target`` for the runner, the lifecycle tests and the mutants.

The lifecycle tests read theirs from the environment (``HIGHLEVEL_BASE_URL``,
``HIGHLEVEL_TOKEN``, ``HIGHLEVEL_LOCATION_ID``, optionally ``HIGHLEVEL_TOKEN_B``
and ``HIGHLEVEL_LOCATION_ID_B``, and ``HIGHLEVEL_ALLOW_SIDE_EFFECTS=1``), which
the runner sets for them. Without a base URL a fresh in-process sandbox is used.
Against a server that is not the sandbox, calls that notify customers or
destroy data run only when side effects are allowed. In a conformance run
against such a server the base URL is a door of the run's gate
(:mod:`highlevel_conformance.gate`), whose control door ``HL_CONFORMANCE_GATE``
names, and ``HIGHLEVEL_RATE`` the rate the clients pace themselves to.
``HL_CONFORMANCE_SANDBOX=1`` says the server is a sandbox the run did not
start but proved to be one (``--sandbox``): the runner alone sets it, after
the proof, so the sandbox-only checks run and side effects are allowed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .pacing import Rate

if TYPE_CHECKING:
    from highlevel_invoices import AsyncHighLevel, HighLevel
    from highlevel_sandbox import Sandbox

SANDBOX_URL = "http://sandbox.invalid"
ENV = {
    "base_url": "HIGHLEVEL_BASE_URL",
    "token": "HIGHLEVEL_TOKEN",
    "location": "HIGHLEVEL_LOCATION_ID",
    "token_b": "HIGHLEVEL_TOKEN_B",
    "location_b": "HIGHLEVEL_LOCATION_ID_B",
    "allow_side_effects": "HIGHLEVEL_ALLOW_SIDE_EFFECTS",
    "gate": "HL_CONFORMANCE_GATE",
    "rate": "HIGHLEVEL_RATE",
    "sandbox": "HL_CONFORMANCE_SANDBOX",
}


@dataclass(frozen=True)
class Identity:
    token: str = field(repr=False)
    location: str


@dataclass
class Target:
    base_url: str
    a: Identity
    b: Identity | None = None  # a second location, for the isolation checks
    sandbox: Sandbox | None = None  # set when the target is an in-process sandbox
    allow_side_effects: bool = False
    embedded: bool = False  # a sandbox process this tool started
    proven_sandbox: bool = False  # a sandbox this tool did not start, proven to be one (--sandbox)
    gate: str | None = None  # the control door of the run's gate, when base_url is one of its doors
    rate: Rate | None = None  # the clients pace themselves to it (the gate enforces it)

    @property
    def is_sandbox(self) -> bool:
        return self.sandbox is not None or self.embedded or self.proven_sandbox

    def client(self, identity: Identity | None = None, **kwargs: Any) -> HighLevel:
        from highlevel_invoices import HighLevel  # imported here: the command's pre-flight path stays light

        identity = identity or self.a
        if self.sandbox is not None:
            from highlevel_sandbox import SyncASGITransport

            kwargs.setdefault("transport", SyncASGITransport(self.sandbox.app))
        self._pace(kwargs)
        kwargs.setdefault("strict", True)  # the suite reads answers strictly: a departure fails the check
        return HighLevel(identity.token, base_url=self.base_url, **kwargs)

    def async_client(self, identity: Identity | None = None, **kwargs: Any) -> AsyncHighLevel:
        import httpx

        from highlevel_invoices import AsyncHighLevel

        identity = identity or self.a
        if self.sandbox is not None:
            kwargs.setdefault("transport", httpx.ASGITransport(app=self.sandbox.app))
        self._pace(kwargs)
        kwargs.setdefault("strict", True)
        return AsyncHighLevel(identity.token, base_url=self.base_url, **kwargs)

    def _pace(self, kwargs: dict[str, Any]) -> None:
        if self.rate is not None:
            from highlevel_invoices import RateLimit

            kwargs.setdefault("rate_limit", RateLimit(self.rate.requests, self.rate.seconds))

    def environment(self) -> dict[str, str]:
        """The variables that make :func:`from_environment` return this target (a server's, not in-process)."""
        env = {
            ENV["base_url"]: self.base_url,
            ENV["token"]: self.a.token,
            ENV["location"]: self.a.location,
            ENV["allow_side_effects"]: "1" if self.allow_side_effects else "0",
        }
        if self.b is not None:
            env |= {ENV["token_b"]: self.b.token, ENV["location_b"]: self.b.location}
        if self.gate is not None:
            env[ENV["gate"]] = self.gate
        if self.rate is not None:
            env[ENV["rate"]] = str(self.rate)
        if self.proven_sandbox:
            env[ENV["sandbox"]] = "1"
        return env


def sandbox_identities() -> tuple[Identity, Identity]:
    """The sandbox's first two default tokens, each with its location."""
    from highlevel_sandbox import DEFAULT_TOKENS

    (tok_a, loc_a), (tok_b, loc_b) = list(DEFAULT_TOKENS.items())[:2]
    return Identity(tok_a, loc_a), Identity(tok_b, loc_b)


def in_process_sandbox() -> Target:
    """A fresh in-process sandbox that also checks its own answers against the spec."""
    from highlevel_sandbox import Sandbox, SandboxConfig

    a, b = sandbox_identities()
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    return Target(SANDBOX_URL, a, b, sandbox, allow_side_effects=True)


def from_environment(environ: Mapping[str, str] = os.environ) -> Target:
    """The server the environment names (see the module docstring), or a fresh in-process sandbox."""
    base_url = environ.get(ENV["base_url"], "").strip().rstrip("/")
    if not base_url:
        return in_process_sandbox()
    b = None
    if environ.get(ENV["token_b"]) and environ.get(ENV["location_b"]):
        b = Identity(environ[ENV["token_b"]], environ[ENV["location_b"]])
    rate = environ.get(ENV["rate"])
    return Target(
        base_url,
        Identity(environ.get(ENV["token"], ""), environ.get(ENV["location"], "")),
        b,
        allow_side_effects=environ.get(ENV["allow_side_effects"]) == "1",
        gate=environ.get(ENV["gate"]) or None,
        rate=Rate.parse(rate) if rate else None,
        proven_sandbox=environ.get(ENV["sandbox"]) == "1",
    )
