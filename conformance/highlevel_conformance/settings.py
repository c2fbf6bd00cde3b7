"""The configuration of a conformance run: what the options and ``HIGHLEVEL_*`` variables say, checked up front."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .pacing import Rate
from .target import Identity, Target

# How the runner hands its settings to the hooks in the ``st`` process (highlevel_conformance.st_hooks).
ENV_LOCATION = "HL_CONFORMANCE_LOCATION"
ENV_GATE = "HL_CONFORMANCE_GATE"  # the control door of the run's gate (highlevel_conformance.gate)
# A budget of the cases the hooks see, for ``st`` run alone (the runner's budget is the gate's, counting everything).
ENV_MAX_REQUESTS = "HL_CONFORMANCE_MAX_REQUESTS"
ENV_DETAILS = "HL_CONFORMANCE_DETAILS"
# A budgeted run's plan for schemathesis' coverage phase (highlevel_conformance.plan.CasePlan, as JSON).
ENV_PLAN = "HL_CONFORMANCE_PLAN"
# The details.json of the run's earlier schemathesis step: the ids it harvested, for the next step to start with.
ENV_CARRY = "HL_CONFORMANCE_CARRY"

DEFAULT_MAX_EXAMPLES = 20
DEFAULT_REPORTS_DIR = "reports"


class UsageError(ValueError):
    """A value the command cannot use: one line, exit status 2."""


@dataclass(frozen=True)
class RunSettings:
    target: Target | None  # None: start the embedded sandbox
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int | None = None  # None exactly when the generation is deterministic
    deterministic: bool = False
    reports_dir: Path = Path(DEFAULT_REPORTS_DIR)
    rate: Rate | None = None  # None: the server's X-RateLimit-* headers
    max_requests: int | None = None  # requests that reach the server, every stage counted
    probe_undeclared_methods: bool = False  # against a server that is not the sandbox (needs side effects)
    sandbox: bool = False  # --sandbox: the server at --base-url is a sandbox (the run proves it before it writes)

    @property
    def read_only(self) -> bool:
        return self.target is not None and not self.target.allow_side_effects and not self.sandbox

    @property
    def gated(self) -> bool:
        """Whether the run's requests go through a gate: always to a real server; to the embedded sandbox when a
        budget or a rate is asked for."""
        return self.target is not None or self.rate is not None or self.max_requests is not None


def whole_number(text: str, *, name: str, minimum: int = 1) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise UsageError(f"{name}: expected a whole number >= {minimum}, got {text!r}") from None
    if value < minimum:
        raise UsageError(f"{name}: expected a whole number >= {minimum}, got {text!r}")
    return value


def build(
    *,
    base_url: str | None,
    token: str | None,
    location_id: str | None,
    token_b: str | None = None,
    location_id_b: str | None = None,
    allow_side_effects: bool = False,
    max_examples: str = str(DEFAULT_MAX_EXAMPLES),
    seed: str | None = None,
    deterministic: bool = False,
    reports_dir: str = DEFAULT_REPORTS_DIR,
    rate: str | None = None,
    max_requests: str | None = None,
    probe_undeclared_methods: bool = False,
    sandbox: bool = False,
) -> RunSettings:
    """Settings from the raw option values; a :class:`UsageError` naming the option when one is unusable.

    ``sandbox`` with a base URL and no token: the sandbox's own default identities (``make serve`` prints them).
    """
    target = None
    url = (base_url or "").strip().rstrip("/")
    if url:
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"--base-url/BASE_URL: expected an http:// or https:// URL, got {base_url!r}")
        if sandbox and not token and not location_id:
            from .target import sandbox_identities

            a, default_b = sandbox_identities()
            token, location_id = a.token, a.location
            if not token_b and not location_id_b:
                token_b, location_id_b = default_b.token, default_b.location
        pairs = (("--token/TOKEN", token), ("--location-id/LOCATION_ID", location_id))
        missing = [name for name, value in pairs if not value]
        if missing:
            raise UsageError(
                f"--base-url is set: also give {' and '.join(missing)} (HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID)"
            )
        if bool(token_b) != bool(location_id_b):
            raise UsageError("--token-b/TOKEN_B and --location-id-b/LOCATION_ID_B go together: give both or neither")
        b = Identity(token_b, location_id_b) if token_b and location_id_b else None
        assert token and location_id
        if probe_undeclared_methods and not allow_side_effects:
            raise UsageError(
                "--probe-undeclared-methods/PROBE_UNDECLARED_METHODS sends POST, PUT, PATCH and DELETE to paths "
                "that do not declare them: it needs --allow-side-effects/ALLOW_SIDE_EFFECTS too"
            )
        target = Target(url, Identity(token, location_id), b, allow_side_effects=allow_side_effects)
    try:
        parsed_rate = Rate.parse(rate) if rate else None
    except ValueError as exc:
        raise UsageError(f"--rate/RATE: {exc}") from None
    if seed:
        chosen: int | None = whole_number(seed, name="--seed/SEED", minimum=0)
    else:
        chosen = None if deterministic else int.from_bytes(os.urandom(4), "big")
    return RunSettings(
        target=target,
        max_examples=whole_number(max_examples, name="--max-examples/MAX_EXAMPLES"),
        seed=chosen,
        deterministic=deterministic and not seed,
        reports_dir=Path(reports_dir).resolve(),
        rate=parsed_rate,
        max_requests=whole_number(max_requests, name="--max-requests/MAX_REQUESTS") if max_requests else None,
        probe_undeclared_methods=probe_undeclared_methods,
        sandbox=sandbox and target is not None,
    )


def env(name: str, default: str | None = None) -> str | None:
    """``HIGHLEVEL_<name>`` from the environment, empty meaning unset."""
    return os.environ.get(f"HIGHLEVEL_{name}") or default
