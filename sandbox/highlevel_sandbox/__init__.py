"""A stateful reference server of the HighLevel Invoices API, for tests and offline work.

::

    from highlevel_sandbox import Sandbox
    sandbox = Sandbox()                      # in-memory state, default tokens
    transport = httpx.ASGITransport(app=sandbox.app)

Requests are validated with ``spec/invoices.yaml`` itself; answers take
HighLevel's shapes. The rules it follows where the vendor is silent are listed
in ``sandbox/README.md`` as assumptions.
"""

from __future__ import annotations

from ._app import DEFAULT_TOKENS, LOCATION_A, LOCATION_B, Sandbox, SandboxConfig
from ._limits import Fault, RateLimit

__all__ = ["DEFAULT_TOKENS", "LOCATION_A", "LOCATION_B", "Fault", "RateLimit", "Sandbox", "SandboxConfig"]
