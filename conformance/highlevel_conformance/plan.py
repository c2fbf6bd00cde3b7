"""The request plan of a conformance run: how many requests it sends, where they go first, how long they take.

A run against a server that is not the sandbox always has a request budget:
``--max-requests N``, or by default as many requests as the server's announced
rate (its ``X-RateLimit-*`` headers, or ``--rate``) lets through in
:data:`DEFAULT_SECONDS`, so that the run finishes within five minutes. A budget
is spent where it finds the most, in this order:

1. the pre-flight (one request; with ``--sandbox``, one more: the proof);
2. the lifecycle tests, up to their share (:attr:`Plan.lifecycle_share`): the
   budget less what step 3 needs at the least, so that they can never leave
   an operation unchecked;
3. schemathesis' examples of every operation, then its coverage phase (the
   negative and boundary cases), each operation at most an equal share of what
   is left when its turn comes (:class:`CasePlan`, applied by ``st_hooks``);
4. fuzzing, with as many cases per operation as what is left allows (at most
   ``--max-examples``: :meth:`Plan.fuzzing_examples`), then the stateful phase
   with the rest.

Steps 3 and 4 are two ``st run`` invocations in a budgeted run (one otherwise),
so that fuzzing's cases per operation can be set from what step 3 left.
Without a budget (the embedded sandbox, or ``--sandbox``) the plan is an
estimate, printed with the time it takes at the server's rate.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field

import highlevel_spec as specs

from .pacing import Rate

__all__ = ["ASSUMED_RATE", "DEFAULT_SECONDS", "CasePlan", "Plan", "default_budget", "duration", "operations"]

# A default budget fills this much time at the server's rate; with the start-up and the summary the run ends
# within five minutes.
DEFAULT_SECONDS = 270
# The vendor's documented limit (the spec's info: 100 requests per 10 seconds per location), assumed when a server
# announces none and no --rate is given.
ASSUMED_RATE = Rate(100, 10.0)
# What step 3 needs at the least per operation: its examples (one or two cases, some sent twice by schemathesis'
# checks) and a few negative and boundary cases of the coverage phase; and schemathesis' probes once.
EXAMPLE_REQUESTS = 4
MIN_COVERAGE_REQUESTS = 4
PROBES = 2
# Requests one case brings on average: its own, and now and then a check's (ignored_auth's probes).
CASE_COST = 1.1
# Fuzzing is left out when what is left would give an operation less than one case; the stateful phase then
# still gets the rest when it is at least this much.
MIN_STATEFUL = 20
# An unbudgeted run's schemathesis requests, about FIXED + PER_EXAMPLE x --max-examples (the coverage phase, most
# of a run, does not depend on --max-examples): fitted to two deterministic runs against the embedded sandbox,
# `CI=true highlevel-conformance run --max-examples 1` (11,787 requests) and `--max-examples 20` (12,666); the
# bench's section "requests to verdict" measures the full run again. And the lifecycle tests' requests against a
# server (240 for the 43 tests a run with --allow-side-effects runs, more with --sandbox's own).
ESTIMATE_FIXED = 11_740
ESTIMATE_PER_EXAMPLE = 46
LIFECYCLE_ESTIMATE = 300


def operations(*, read_only: bool) -> tuple[list[str], dict[str, str]]:
    """The operations a run checks (labels such as ``GET /invoices/``) and those it leaves out on purpose, with why."""
    checked: list[str] = []
    excluded: dict[str, str] = {}
    for method, path, _ in specs.operations(specs.load_spec()):
        label = f"{method.upper()} {path}"
        if read_only and method.upper() != "GET":
            excluded[label] = "a write; a read-only run sends GET only (--allow-side-effects to check it)"
        else:
            checked.append(label)
    return checked, excluded


def default_budget(rate: Rate | None) -> int:
    """The requests ``rate`` (else :data:`ASSUMED_RATE`) lets through in :data:`DEFAULT_SECONDS`."""
    rate = rate or ASSUMED_RATE
    return max(1, int(rate.requests * DEFAULT_SECONDS / rate.seconds))


def duration(requests: int, rate: Rate | None) -> float | None:
    """Seconds ``requests`` take at ``rate`` (its first window's burst goes at once); ``None`` without a rate."""
    if rate is None:
        return None
    return max(0.0, (math.ceil(requests / rate.requests) - 1) * rate.seconds)


def _minutes(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if rest else f"{minutes} min"


@dataclass(frozen=True)
class CasePlan:
    """What the hooks of a budgeted run need to spread the coverage phase over the operations (``st_hooks``).

    When the coverage phase reaches an operation, the hooks ask the gate for the budget left and let that
    operation send at most ``left / operations_left / cost`` cases, half of them negative where it has both.
    """

    operations: int  # the operations this schemathesis step selects
    cost: float = CASE_COST

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> CasePlan:
        data = json.loads(text)
        return cls(int(data["operations"]), float(data.get("cost", CASE_COST)))


@dataclass(frozen=True)
class Plan:
    """How many requests a run sends and where they go (see the module docstring)."""

    budget: int | None  # None: no budget (the sandbox, no --max-requests)
    why: str  # where the budget comes from, for the printed plan
    rate: Rate | None
    rate_source: str  # "--rate", "the server's X-RateLimit headers", ... (for the printed plan)
    checked: list[str] = field(default_factory=list)  # the operations the run checks
    excluded: dict[str, str] = field(default_factory=dict)  # operations left out on purpose, with why
    max_examples: int = 20
    lifecycle_requests: int = LIFECYCLE_ESTIMATE  # what the lifecycle tests send when they all run (an estimate)
    preflight: int = 1

    @classmethod
    def make(
        cls,
        *,
        max_requests: int | None,
        sandbox: bool,
        rate: Rate | None,
        rate_source: str,
        read_only: bool,
        max_examples: int,
        lifecycle_counted: bool,
        preflight: int = 1,
    ) -> Plan:
        """The plan of a run: ``sandbox`` (the embedded one or a proven ``--sandbox``) has no default budget."""
        checked, excluded = operations(read_only=read_only)
        if max_requests is not None:
            budget, why = max_requests, "--max-requests"
        elif sandbox:
            budget, why = None, "no budget: the sandbox"
        else:
            budget = default_budget(rate)
            assumed = f"{ASSUMED_RATE} (HighLevel's documented limit; the server announced none)"
            basis = f"{rate} ({rate_source})" if rate else assumed
            why = f"the default against a server that is not the sandbox: {_minutes(DEFAULT_SECONDS)} at {basis}"
        lifecycle = LIFECYCLE_ESTIMATE if lifecycle_counted else 0
        return cls(budget, why, rate, rate_source, checked, excluded, max_examples, lifecycle, preflight)

    @property
    def budgeted(self) -> bool:
        return self.budget is not None

    @property
    def step3_minimum(self) -> int:
        """What schemathesis' examples and a few coverage cases of every checked operation need at the least."""
        per_operation = EXAMPLE_REQUESTS + MIN_COVERAGE_REQUESTS
        return PROBES + math.ceil(len(self.checked) * per_operation * CASE_COST)

    @property
    def lifecycle_share(self) -> int | None:
        """The lifecycle tests' share of the budget: what step 3 does not need, and at least a third."""
        if self.budget is None:
            return None
        after_preflight = max(0, self.budget - self.preflight)
        return max(after_preflight - self.step3_minimum, after_preflight // 3)

    def case_plan(self) -> CasePlan:
        return CasePlan(len(self.checked))

    def fuzzing_examples(self, remaining: int) -> int:
        """Fuzzing's cases per operation with ``remaining`` requests left: an equal share each, at most
        ``max_examples``; 0 when that is less than one case (fuzzing is then left out)."""
        if not self.checked:
            return 0
        share = int(remaining / (len(self.checked) * CASE_COST))
        return min(self.max_examples, share)

    @property
    def estimate(self) -> int:
        """The requests the run sends: its budget, or the estimate of an unbudgeted run."""
        if self.budget is not None:
            return self.budget
        return self.preflight + self.lifecycle_requests + ESTIMATE_FIXED + ESTIMATE_PER_EXAMPLE * self.max_examples

    def lines(self) -> list[str]:
        """The plan as printed before the run starts (item 9 of issue 28)."""
        if self.budget is not None:
            head = f"at most {self.budget:,} requests ({self.why})"
        else:
            head = (f"about {self.estimate:,} requests (an estimate for --max-examples {self.max_examples}; "
                    "no budget)")  # fmt: skip
        seconds = duration(self.estimate, self.rate)
        if seconds is None:
            pace = "no rate limit announced: as fast as the server answers"
        else:
            pace = f"about {_minutes(seconds)} at {self.rate} ({self.rate_source})"
        lines = [f"conformance: plan: {head}; {pace}"]
        if self.budget is not None:
            lines.append(
                f"conformance: plan: the pre-flight, the lifecycle tests (at most {self.lifecycle_share:,}), every "
                "operation's examples and negative cases first; fuzzing and the stateful phase get what is left"
            )
            lines.append("conformance: plan: --max-requests N to change the budget")
        else:
            lines.append("conformance: plan: --max-requests N to cap it")
        if self.excluded:
            lines.append(f"conformance: plan: {len(self.checked)} operations checked, {len(self.excluded)} left out "
                         "(a read-only run sends GET only; --allow-side-effects to check them)")  # fmt: skip
        return lines
