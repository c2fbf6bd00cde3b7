"""Schemathesis hooks of the conformance run (loaded by ``hooks = "highlevel_conformance.st_hooks"``).

- Positive cases have every number within its schema's ``x-generation`` bounds
  (:func:`sane`, QUIRKS Q28): bounds for generated data only, never a contract.
- Positive cases get the identity's location as ``altId`` (query and body), so
  generated requests reach real resources instead of stopping at 403; negative
  cases are left as generated, so invalid ``altId`` values still get tested.
  This is done when the case is sent (``before_call``), so every phase gets it:
  the examples phase's cases, built from the spec's examples, pass no other hook.
- In a budgeted run (``HL_CONFORMANCE_PLAN``, a :class:`~highlevel_conformance.plan.CasePlan`)
  the coverage phase spreads what is left of the gate's budget over the
  operations: when it reaches an operation, that operation may send at most an
  equal share of what is left (:class:`Shares`), half of it negative cases.
  The hooks tell the gate which phase they are in, so that its counts say
  what each phase cost (``GET /phase`` on the control door).
- In a gated run (``HL_CONFORMANCE_GATE``: every run against a server that is
  not the sandbox) each case first waits at the gate's control door until the
  rate lets a request go, and the engine stops (:class:`BudgetSpent`) while the
  gate's budget still has room for the requests a case can bring that no hook
  sees (schemathesis' auth checks and probes). The gate enforces both anyway:
  it counts every request, hooks or not. Its answers to a request it did not
  forward stop the engine too (a budget refusal) or fail the case (a method
  refusal: a bug of this tool, never a verdict on the server).
- ``HL_CONFORMANCE_MAX_REQUESTS`` (``st`` run alone): at most that many cases.
- Linked ids: the spec's ``links`` (``$response.body#/...`` -> a path or query
  parameter of the target operation) are followed outside the stateful phase
  too. Every 2xx answer of a link's source leaves its values in :class:`Links`;
  the positive components of the target operation's cases then carry the newest
  value that operation has not refused (a value a 2xx ``DELETE`` removed is
  forgotten everywhere; a 400, 404 or 409 to an all-positive case drops the
  values it carried from that operation's choice, as the resource has moved to a
  state it refuses: a void invoice cannot be updated), so get, update, delete,
  schedule, cancel ... reach real resources and get success answers instead of
  404 on a random id. A link into a list answer (``/invoices/0/_id``) harvests
  every item's value, not the first one only (the first item ends up newest),
  so a read-only run reads the location's own invoices, estimates, templates
  and schedules, and when one is refused the next one is tried. ``details.json`` counts, per
  operation, the cases that carried a linked id and the statuses they got
  (``linked``). The stateful phase follows the links itself.
- State-bound operations (:data:`STATE_FITS`: send-estimate, update-estimate,
  record-invoice, send-invoice, void-invoice, update-invoice and the invoice's
  late fees) get a resource in a state they can take and a body that fits it:
  the hooks keep the newest status (and amount due) every 2xx answer showed of
  each resource (:class:`States`), and a positive case takes the newest linked
  id in a fitting state (a draft estimate to send, an invoice with an amount
  due, an invoice neither paid nor void) and, in its body, the estimate's own
  status or at most the amount due. When the run knows no resource in such a
  state (the examples phase pays every invoice it made before it sends one),
  an all-positive case outside the stateful phase first has one made: the
  newest request of the link's source that made one is sent again
  (:class:`Makers`), through the hooks like any case, and counted
  (``details.json``'s ``made``). Without a fitting resource the case goes as
  generated; negative cases go as generated always.
- What the reports need and schemathesis' own reports leave out is noted per
  operation (the statuses it got, the server's reason for a rejected valid
  request, the JSON path of a schema violation in the response body) and
  written as JSON when the process ends.

In the ``st`` process the settings come from the environment the runner gives
it (``HL_CONFORMANCE_*``); in-process callers use :func:`configure` instead.
"""

from __future__ import annotations

import atexit
import copy
import json
import math
import os
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
import schemathesis.cli
from schemathesis.cli.commands.run.handlers.base import EventHandler
from schemathesis.core.parameters import ParameterLocation
from schemathesis.engine import events
from schemathesis.generation import GenerationMode
from schemathesis.generation.meta import TestPhase

import highlevel_spec as specs

from . import generation
from .gate import GATE_HEADER, REFUSED_BUDGET, REFUSED_METHOD, SCHEMATHESIS, UNSEEN_PER_CASE, GateClient
from .pacing import Budget, BudgetSpent
from .plan import CasePlan
from .settings import ENV_CARRY, ENV_DETAILS, ENV_GATE, ENV_LOCATION, ENV_MAX_REQUESTS, ENV_PLAN

SAMPLES_PER_OPERATION = 3
BODY_CHARS = 300
VALUES_PER_PARAMETER = 50
LINKABLE = {"path": ParameterLocation.PATH, "query": ParameterLocation.QUERY}
# Answers that say the resource cannot take this operation (any more): its id is not offered to it again.
REFUSALS = frozenset({400, 404, 409})


class GateRefused(RuntimeError):
    """The gate refused to forward a case's request: a bug of this tool (it generated what the run must not send)."""


@dataclass(frozen=True)
class LinkedParameter:
    """One declared link: a 2xx answer of ``source`` gives the ``location`` parameter ``name`` of ``target``."""

    source: str  # operation label, e.g. "POST /invoices/"
    target: str  # operation label, e.g. "GET /invoices/{invoiceId}"
    location: str  # "path" or "query"
    name: str
    pointer: str  # JSON pointer into the response body, e.g. "/_id"


def _label(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def declared_links(document: dict[str, Any]) -> list[LinkedParameter]:
    """Every ``$response.body#/...`` link of a 2xx answer onto a path or query parameter, from the spec.

    Links whose target operation or parameter does not exist, or whose expression
    is not a body pointer (``$request...``, ``$response.header...``), are left to
    the stateful phase.
    """
    by_id: dict[str, tuple[str, dict[str, str]]] = {}
    for method, path, op in specs.operations(document):
        item = document["paths"][path]
        where: dict[str, str] = {}
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = specs.deref(document, raw)
            if isinstance(param, dict) and param.get("in") in LINKABLE:
                where[str(param["name"])] = str(param["in"])
        if "operationId" in op:
            by_id[str(op["operationId"])] = (_label(method, path), where)
    found = []
    for method, path, op in specs.operations(document):
        for status, raw in op.get("responses", {}).items():
            response = specs.deref(document, raw)
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            for raw_link in (response.get("links") or {}).values():
                link = specs.deref(document, raw_link)
                target = by_id.get(str(link.get("operationId")))
                if target is None:
                    continue
                for name, expression in (link.get("parameters") or {}).items():
                    name = str(name).split(".")[-1]  # "path.invoiceId" is allowed by OpenAPI
                    if not isinstance(expression, str) or not expression.startswith("$response.body#"):
                        continue
                    if name in target[1]:
                        pointer = expression.removeprefix("$response.body#")
                        found.append(LinkedParameter(_label(method, path), target[0], target[1][name], name, pointer))
    return found


def _at(document: Any, pointer: str) -> Any:
    """The value at ``pointer`` in an answer body, or None where the body has no such place."""
    try:
        return specs.pointer(document, pointer)
    except (KeyError, IndexError, ValueError, TypeError):
        return None


def _every(document: Any, pointer: str) -> list[Any]:
    """The values at ``pointer`` in an answer body; a ``/0/`` step into a list takes every item (last item first,
    so that the first, the newest in a list answer, ends up newest)."""
    parts = pointer.split("/")
    for index, part in enumerate(parts):
        if part != "0" or index == 0:
            continue
        container = _at(document, "/".join(parts[:index]) or "")
        if isinstance(container, list):
            rest = "/".join(parts[index + 1 :])
            found = []
            for item in reversed(container):
                value = _at(item, "/" + rest) if rest else item
                if value is not None and not isinstance(value, (dict, list)):
                    found.append(value)
            return found
    value = _at(document, pointer)
    return [] if value is None or isinstance(value, (dict, list)) else [value]


@dataclass
class Links:
    """The values the declared links harvested from 2xx answers, newest last, per target parameter."""

    declared: list[LinkedParameter] = field(default_factory=list)
    values: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)  # (target, location, name)
    used: dict[str, Counter[int]] = field(default_factory=dict)  # target label -> statuses of cases with linked values
    carried: dict[str, dict[tuple[str, str], Any]] = field(default_factory=dict)  # case id -> what it carried
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_spec(cls) -> Links:
        return cls(declared_links(specs.load_spec()))

    def harvest(self, source: str, body: Any) -> None:
        """Keep the values a 2xx answer of ``source`` gives to the parameters its links feed."""
        with self.lock:
            for link in self.declared:
                if link.source != source:
                    continue
                kept = self.values.setdefault((link.target, link.location, link.name), [])
                for value in _every(body, link.pointer):
                    if value in kept:
                        kept.remove(value)
                    kept.append(value)
                del kept[:-VALUES_PER_PARAMETER]

    def forget(self, value: Any) -> None:
        """A resource is gone (a 2xx ``DELETE`` on it): no later case gets its id."""
        with self.lock:
            for kept in self.values.values():
                if value in kept:
                    kept.remove(value)

    def refused(self, target: str, carried: dict[tuple[str, str], Any]) -> None:
        """``target`` refused a case carrying these values: offer it the next newest ones from now on."""
        with self.lock:
            for (location, name), value in carried.items():
                kept = self.values.get((target, location, name), [])
                if value in kept:
                    kept.remove(value)

    def answered(self, case_id: str, target: str, status: int, all_positive: bool) -> None:
        """Count the answer to a case (if it carried linked values); a refusal of an all-positive one drops them."""
        with self.lock:
            carried = self.carried.pop(case_id, None)
            if carried is None:
                return
            self.used.setdefault(target, Counter())[status] += 1
        if all_positive and status in REFUSALS:
            self.refused(target, carried)

    def newest(self, target: str) -> dict[tuple[str, str], Any]:
        """(location, name) -> the newest harvested value, for each linked parameter of ``target``."""
        with self.lock:
            return {
                (loc, name): kept[-1] for (label, loc, name), kept in self.values.items() if label == target and kept
            }

    def candidates(self, target: str, location: str, name: str) -> list[Any]:
        """Every value harvested for one parameter of ``target``, newest first."""
        with self.lock:
            return list(reversed(self.values.get((target, location, name), [])))

    def to_json(self) -> dict[str, dict[str, int]]:
        """Per target operation: the statuses answered to the cases that carried linked values."""
        with self.lock:
            return {op: {str(k): v for k, v in sorted(c.items())} for op, c in sorted(self.used.items())}

    def carry(self) -> list[dict[str, Any]]:
        """The harvested values, for the run's next schemathesis step (:meth:`take_over`)."""
        with self.lock:
            return [{"target": t, "location": loc, "name": n, "values": list(kept)}
                    for (t, loc, n), kept in self.values.items() if kept]  # fmt: skip

    def take_over(self, carried: list[dict[str, Any]]) -> None:
        with self.lock:
            for entry in carried:
                self.values[(str(entry["target"]), str(entry["location"]), str(entry["name"]))] = list(entry["values"])


# Statuses a resource may have in an answer, and where an answer holds its resource.
STATUS_FIELDS = ("status", "estimateStatus")
WRAPPERS = ("invoice", "estimate", "schedule", "template")


@dataclass(frozen=True)
class StateFit:
    """What a state-bound operation needs of the resource its path names, so that a valid request is one it takes.

    ``statuses``: the states it can take, the most fitting first; ``status_field``: a body field that asks for a
    status (given the resource's own: a plain update); ``amount_within_due``: the body's ``amount`` is at most what
    is due (and more than nothing).
    """

    parameter: str
    statuses: tuple[str, ...]
    status_field: str | None = None
    amount_within_due: bool = False


# The vendor refuses these on a resource in the wrong state (400), however valid the request (the sandbox's
# transition tables, sandbox/README.md): an invoiced estimate is neither sent nor updated, a paid or void invoice
# is neither sent nor updated (late fees included), a paid one is not voided, a payment is at most what is due. An
# update that could bring a total below what was paid is refused too, so an invoice update takes one with nothing
# paid yet (draft or sent).
STATE_FITS: dict[str, StateFit] = {
    "POST /invoices/estimate/{estimateId}/send": StateFit("estimateId", ("draft", "sent", "viewed")),
    "PUT /invoices/estimate/{estimateId}": StateFit(
        "estimateId", ("draft", "sent", "viewed", "accepted", "declined"), status_field="estimateStatus"
    ),
    "POST /invoices/{invoiceId}/record-payment": StateFit(
        "invoiceId", ("sent", "partially_paid", "draft", "payment_processing"), amount_within_due=True
    ),
    "POST /invoices/{invoiceId}/send": StateFit("invoiceId", ("draft", "sent", "partially_paid", "payment_processing")),
    "POST /invoices/{invoiceId}/void": StateFit(
        "invoiceId", ("draft", "sent", "partially_paid", "payment_processing", "void")
    ),
    "PUT /invoices/{invoiceId}": StateFit("invoiceId", ("draft", "sent")),
    "PATCH /invoices/{invoiceId}/late-fees-configuration": StateFit(
        "invoiceId", ("draft", "sent", "partially_paid", "payment_processing")
    ),
}


@dataclass
class States:
    """The newest state each resource showed in a 2xx answer: its status and, for an invoice, what is due."""

    known: dict[str, dict[str, Any]] = field(default_factory=dict)  # resource id -> {"status", "amountDue"}
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, body: Any) -> None:
        """Keep the state of every resource in an answer: the answer itself, its wrapper, the items of its lists."""
        found: list[dict[str, Any]] = []
        if isinstance(body, dict):
            found.append(body)
            found += [body[key] for key in WRAPPERS if isinstance(body.get(key), dict)]
            for value in body.values():
                if isinstance(value, list):
                    found += [item for item in value if isinstance(item, dict)]
        with self.lock:
            for resource in found:
                rid = resource.get("_id")
                status = next((resource[f] for f in STATUS_FIELDS if isinstance(resource.get(f), str)), None)
                if isinstance(rid, str) and status is not None:
                    state: dict[str, Any] = {"status": status}
                    due = resource.get("amountDue")
                    if isinstance(due, (int, float)) and not isinstance(due, bool):
                        state["amountDue"] = due
                    self.known[rid] = state

    def forget(self, rid: Any) -> None:
        with self.lock:
            self.known.pop(str(rid), None)

    def of(self, rid: Any) -> dict[str, Any] | None:
        with self.lock:
            return self.known.get(str(rid))

    def carry(self) -> dict[str, dict[str, Any]]:
        with self.lock:
            return dict(self.known)


def fits(fit: StateFit, state: dict[str, Any] | None) -> int | None:
    """How well a resource in ``state`` fits (0 best), or None when the operation cannot take it."""
    if state is None or state.get("status") not in fit.statuses:
        return None
    if fit.amount_within_due and not (isinstance(state.get("amountDue"), (int, float)) and state["amountDue"] > 0):
        return None
    return fit.statuses.index(state["status"])


@dataclass(frozen=True)
class Recipe:
    """A request that made a resource (a 2xx answer to an all-positive case of a link's source), to send again."""

    operation: Any  # schemathesis' APIOperation
    headers: dict[str, Any] = field(repr=False)  # the generated case's, its Authorization header included
    query: dict[str, Any]
    body: Any
    media_type: str | None

    @classmethod
    def of(cls, case: Any) -> Recipe:
        return cls(case.operation, dict(case.headers or {}), copy.deepcopy(dict(case.query or {})),
                   copy.deepcopy(case.body), case.media_type)  # fmt: skip


@dataclass
class Makers:
    """How to make a resource a state-bound operation can take, when no resource the run knows is in such a state.

    Per state-bound operation (:data:`STATE_FITS`), the newest request of a source of its declared links (a ``POST``
    on a path without parameters: ``POST /invoices/``, ``POST /invoices/estimate``) whose 2xx answer made a
    resource that operation can take. :meth:`make` sends that request again, as a case of its own: the hooks see it
    like any other (the location, the gate, the budget, the statuses, the harvest of its id and state), and
    ``made`` counts it for the report.
    """

    recipes: dict[str, Recipe] = field(default_factory=dict)  # state-bound operation label -> recipe
    made: Counter[str] = field(default_factory=Counter)  # state-bound operation label -> resources made for it
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, case: Any, body: Any, links: Links, states: States) -> None:
        """After a 2xx answer to an all-positive case (and its harvest): keep the request if it made a resource that
        a state-bound operation can take."""
        if case.method.upper() != "POST" or "{" in case.operation.path or not isinstance(case.body, dict | list):
            return
        for link in links.declared:
            fit = STATE_FITS.get(link.target)
            if link.source != case.operation.label or fit is None or link.location != "path":
                continue
            if link.name != fit.parameter:
                continue
            made = _at(body, link.pointer)
            if made is not None and fits(fit, states.of(made)) is not None:
                with self.lock:
                    self.recipes[link.target] = Recipe.of(case)

    def make(self, label: str, kwargs: dict[str, Any]) -> bool:
        """Send the request that makes a resource ``label`` can take (with the transport arguments of the case that
        needs it); whether the server made one."""
        with self.lock:
            recipe = self.recipes.get(label)
        if recipe is None:
            return False
        case = recipe.operation.Case(headers=dict(recipe.headers), query=copy.deepcopy(recipe.query),
                                     body=copy.deepcopy(recipe.body), media_type=recipe.media_type)  # fmt: skip
        response = case.call(**kwargs)
        with self.lock:
            self.made[label] += 1
        return 200 <= int(response.status_code) < 300

    def to_json(self) -> dict[str, int]:
        with self.lock:
            return dict(sorted(self.made.items()))


def fit_to_state(case: Any, links: Links, states: States, make: Callable[[str], bool] | None = None) -> bool:
    """A positive case of a state-bound operation: the newest linked resource it can take, and a body that fits
    that resource (see :data:`STATE_FITS`); whether it was changed.

    ``make``: when the run knows no resource the operation can take, an all-positive case outside the stateful
    phase (which makes its resources by following the links) has ``make(label)`` make one first
    (:meth:`Makers.make`)."""
    label = case.operation.label
    fit = STATE_FITS.get(label)
    meta = case.meta
    if fit is None or (meta is not None and meta.is_negative_at(ParameterLocation.PATH)):
        return False
    chosen = _best_fit(fit, label, links, states)
    stateful = meta is not None and meta.phase.name == TestPhase.STATEFUL
    if chosen is None and make is not None and not stateful and _all_positive(case) and make(label):
        chosen = _best_fit(fit, label, links, states)
    if chosen is None:
        return False
    case.path_parameters[fit.parameter] = str(chosen)
    with links.lock:
        carried = links.carried.setdefault(case.id, {})
        carried[("path", fit.parameter)] = chosen
    state = states.of(chosen) or {}
    body = case.body
    if isinstance(body, dict) and (meta is None or not meta.is_negative_at(ParameterLocation.BODY)):
        if fit.status_field and fit.status_field in body:
            body[fit.status_field] = state["status"]
        if fit.amount_within_due and "amount" in body:
            amount, due = body["amount"], state["amountDue"]
            if not isinstance(amount, (int, float)) or isinstance(amount, bool) or not 0 < amount <= due:
                body["amount"] = due
    return True


def _best_fit(fit: StateFit, label: str, links: Links, states: States) -> Any:
    """The linked resource that fits ``label`` best (the newest of the best), or None."""
    ranked = []
    for order, rid in enumerate(links.candidates(label, "path", fit.parameter)):
        rank = fits(fit, states.of(rid))
        if rank is not None:
            ranked.append((rank, order, rid))
    return min(ranked)[2] if ranked else None


@dataclass
class Observations:
    """Per operation label (``POST /invoices/``): statuses seen, cases per phase, and samples of what went wrong."""

    statuses: dict[str, Counter[int]] = field(default_factory=dict)
    phases: dict[str, Counter[str]] = field(default_factory=dict)  # label -> {phase: cases sent}
    rejections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    violations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # The stateful phase's links it could not follow: (source, target, parameter, expression) -> times.
    extraction_failures: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def to_json(self, budget: Budget, gate_spent: bool = False) -> dict[str, Any]:
        with self.lock:
            return {
                "statuses": {op: {str(k): v for k, v in sorted(c.items())} for op, c in self.statuses.items()},
                "phases": {op: dict(c) for op, c in self.phases.items()},
                "rejections": self.rejections,
                "violations": self.violations,
                "extraction_failures": [
                    {"source": s, "target": t, "parameter": p, "expression": e, "count": n}
                    for (s, t, p, e), n in sorted(self.extraction_failures.items())
                ],
                "requests": budget.used,  # the cases the hooks saw go out (the gate counts every request)
                "max_requests": budget.limit,
                "budget_spent": budget.spent or gate_spent,
            }


@dataclass
class Shares:
    """The coverage phase of a budgeted run: each operation an equal share of the budget left when it starts.

    When the phase reaches an operation, it may send ``left / operations left / cost`` cases, ``left`` being the
    gate's budget left at that moment (so what earlier operations did not use goes to later ones), at most half of
    them positive and half negative. Cases past the share are filtered out before anything is sent.
    """

    plan: CasePlan | None = None
    allowed: dict[str, int] = field(default_factory=dict)  # label -> cases it may send in the coverage phase
    taken: dict[str, Counter[str]] = field(default_factory=dict)  # label -> {"positive": n, "negative": n}
    lock: threading.Lock = field(default_factory=threading.Lock)

    def admit(self, label: str, negative: bool, left: Any) -> bool:
        """Whether a coverage case of ``label`` may be sent; ``left()`` asks the gate for the budget left."""
        if self.plan is None:
            return True
        with self.lock:
            if label not in self.allowed:
                remaining = left()
                operations_left = max(1, self.plan.operations - len(self.allowed))
                self.allowed[label] = (
                    10**9 if remaining is None else int(max(0, remaining) / operations_left / self.plan.cost)
                )
                self.taken[label] = Counter()
            allowed, taken = self.allowed[label], self.taken[label]
            mode = "negative" if negative else "positive"
            if sum(taken.values()) >= allowed or taken[mode] >= math.ceil(allowed / 2):
                return False
            taken[mode] += 1
            return True

    def to_json(self) -> dict[str, Any]:
        with self.lock:
            return {label: {"allowed": n, **self.taken.get(label, {})} for label, n in self.allowed.items()}


@dataclass
class Settings:
    location: str | None = None
    budget: Budget = field(default_factory=lambda: Budget(None))
    gate: GateClient | None = None
    gate_spent: bool = False  # the engine stopped at the gate's budget
    details: Path | None = None
    seen: Observations = field(default_factory=Observations)
    links: Links = field(default_factory=Links.from_spec)
    states: States = field(default_factory=States)
    makers: Makers = field(default_factory=Makers)
    shares: Shares = field(default_factory=Shares)
    phase: str | None = None  # the phase the gate was last told of

    @classmethod
    def from_environment(cls) -> Settings:
        max_requests = os.environ.get(ENV_MAX_REQUESTS)
        details = os.environ.get(ENV_DETAILS)
        gate = os.environ.get(ENV_GATE)
        plan = os.environ.get(ENV_PLAN)
        settings = cls(
            location=os.environ.get(ENV_LOCATION) or None,
            budget=Budget(int(max_requests) if max_requests else None),
            gate=GateClient(gate) if gate else None,
            details=Path(details) if details else None,
            shares=Shares(CasePlan.from_json(plan) if plan else None),
        )
        carry = os.environ.get(ENV_CARRY)
        if carry and Path(carry).is_file():
            settings.take_over(json.loads(Path(carry).read_text(encoding="utf-8")))
        return settings

    def take_over(self, details: dict[str, Any]) -> None:
        """Start with what an earlier step of the run harvested (its details.json's ``carry``)."""
        carried = details.get("carry") or {}
        self.links.take_over(carried.get("links", []))
        with self.states.lock:
            self.states.known.update(carried.get("states", {}))

    def wait_at_the_gate(self) -> None:
        """Until the gate's rate lets the case go; :class:`BudgetSpent` when its budget cannot take the case."""
        if self.gate is None:
            return
        remaining = self.gate.wait().get("remaining")
        if remaining is not None and remaining < 1 + UNSEEN_PER_CASE:
            self.gate_spent = True
            raise BudgetSpent(f"the request budget is spent ({remaining} left, kept for the checks' own requests)")

    def entering(self, phase: str) -> None:
        """The case about to go belongs to ``phase``: tell the gate when that changes, so it counts per phase."""
        if phase == self.phase:
            return
        self.phase = phase
        if self.gate is not None:
            self.gate.phase(SCHEMATHESIS, phase)

    def left(self) -> int | None:
        """The gate's budget left (None: no gate, or no budget)."""
        if self.gate is None:
            return None
        remaining = self.gate.status().get("remaining")
        return None if remaining is None else int(remaining)

    def write_details(self) -> None:
        if self.details is not None:
            document = self.seen.to_json(self.budget, self.gate_spent) | {
                "linked": self.links.to_json(),
                "made": self.makers.to_json(),
                "shares": self.shares.to_json(),
                "carry": {"links": self.links.carry(), "states": self.states.carry()},
            }
            self.details.write_text(json.dumps(document, indent=1), encoding="utf-8")


SETTINGS = Settings.from_environment()
atexit.register(lambda: SETTINGS.write_details())


def configure(settings: Settings) -> None:
    """Use ``settings`` from now on (in-process runs; the ``st`` process reads its environment)."""
    global SETTINGS
    SETTINGS = settings


def _header(headers: Any, name: str) -> str | None:
    value = headers.get(name) or headers.get(name.lower())
    if isinstance(value, list):
        value = value[0] if value else None
    return None if value is None else str(value)


def _body(response: Any) -> str:
    text = bytes(response.content or b"").decode("utf-8", "replace")
    return text if len(text) <= BODY_CHARS else text[:BODY_CHARS] + "..."


def _keep(samples: dict[str, list[dict[str, Any]]], label: str, sample: dict[str, Any]) -> None:
    kept = samples.setdefault(label, [])
    if len(kept) < SAMPLES_PER_OPERATION and sample not in kept:
        kept.append(sample)


def use_linked_values(case: Any, links: Links) -> bool:
    """Give the positive path and query components of ``case`` the newest linked values; whether any was given."""
    meta = case.meta
    if meta is not None and meta.phase.name == TestPhase.STATEFUL:
        # The stateful phase follows the links itself (declared and inferred ones) and calls the case positive
        # whatever a link gave; have schemathesis judge the path and query it sends against the spec, so that a
        # value the spec forbids (an empty contactId copied from a response) makes a negative case, not a
        # "schema-valid request rejected" failure.
        for location in (ParameterLocation.PATH, ParameterLocation.QUERY):
            if location in meta.components:
                meta.mark_dirty(location)
        return False
    given: dict[tuple[str, str], Any] = {}
    for (where, name), value in links.newest(case.operation.label).items():
        location = LINKABLE[where]
        if meta is not None and meta.is_negative_at(location):
            continue
        if location is ParameterLocation.PATH:
            case.path_parameters[name] = str(value)
        elif isinstance(case.query, dict):
            case.query[name] = value
        else:
            case.query = {name: value}
        given[(where, name)] = value
    if given:
        with links.lock:
            links.carried[case.id] = given
    return bool(given)


def _all_positive(case: Any) -> bool:
    meta = case.meta
    return meta is None or not any(meta.is_negative_at(location) for location in meta.components)


def sane(case: Any) -> Any:
    """A positive case with every number brought into its schema's ``x-generation`` bounds (QUIRKS Q28).

    The contract leaves those numbers unbounded (never stricter than the vendor); the
    bounds keep generated data meaningful. Negative parts of a case are left as generated.
    """
    meta = case.meta
    schemas = generation.request_schemas(case.operation.method, case.operation.path)
    body_positive = meta is None or not meta.is_negative_at(ParameterLocation.BODY)
    if isinstance(case.body, dict | list) and "body" in schemas and body_positive:
        case.body = generation.clamp(case.body, schemas["body"])
    if isinstance(case.query, dict) and (meta is None or not meta.is_negative_at(ParameterLocation.QUERY)):
        for name, value in case.query.items():
            if f"query:{name}" in schemas:
                case.query[name] = generation.clamp(value, schemas[f"query:{name}"])
    return case


def with_location(case: Any, location: str | None) -> Any:
    """``case`` with the run's location as ``altId`` in its positive body and query."""
    if not location:
        return case
    meta = case.meta
    for where, container in ((ParameterLocation.BODY, case.body), (ParameterLocation.QUERY, case.query)):
        if meta is not None and meta.is_negative_at(where):
            continue
        if isinstance(container, dict) and "altId" in container:
            container["altId"] = location
    return case


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    return with_location(sane(case), SETTINGS.location)


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    """In a budgeted run, a coverage case past its operation's share is not sent (:class:`Shares`)."""
    meta = case.meta
    if SETTINGS.shares.plan is None or meta is None or meta.phase.name != TestPhase.COVERAGE:
        return True
    negative = meta.generation.mode == GenerationMode.NEGATIVE
    return SETTINGS.shares.admit(case.operation.label, negative, SETTINGS.left)


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    # At call time, not generation time: the coverage phase generates an operation's cases before sending them,
    # and each must carry the newest value when it is sent; and the examples phase's cases pass no other hook.
    # A case without meta is one the hooks made (Makers.make) for a case of the phase they are in.
    phase = case.meta.phase.name.value if case.meta is not None else SETTINGS.phase or "unknown"
    SETTINGS.entering(phase)
    use_linked_values(case, SETTINGS.links)
    fit_to_state(case, SETTINGS.links, SETTINGS.states, make=lambda label: SETTINGS.makers.make(label, kwargs))
    with_location(case, SETTINGS.location)
    SETTINGS.wait_at_the_gate()
    SETTINGS.budget.take()
    with SETTINGS.seen.lock:
        SETTINGS.seen.phases.setdefault(case.operation.label, Counter())[phase] += 1


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    refused = _header(response.headers, GATE_HEADER)
    if refused == REFUSED_BUDGET:
        SETTINGS.gate_spent = True
        raise BudgetSpent("the gate refused a request: the request budget is spent")
    if refused == REFUSED_METHOD:
        raise GateRefused(f"{case.operation.label}: not sent: {_body(response)}")
    with SETTINGS.seen.lock:
        SETTINGS.seen.statuses.setdefault(case.operation.label, Counter())[response.status_code] += 1
    SETTINGS.links.answered(case.id, case.operation.label, response.status_code, _all_positive(case))
    if 200 <= response.status_code < 300:
        makers = SETTINGS.makers if _all_positive(case) else None
        note_answer(case, response, SETTINGS.links, SETTINGS.states, makers)


def note_answer(
    case: Any, response: Any, links: Links, states: States | None = None, makers: Makers | None = None
) -> None:
    """A 2xx answer: harvest the values its links declare and the states it shows, and (``makers``: an all-positive
    case) keep its request if it made a resource a state-bound operation can take; a ``DELETE`` forgets the ids of
    its path."""
    if case.method.upper() == "DELETE":
        for value in (case.path_parameters or {}).values():
            links.forget(value)
            if states is not None:
                states.forget(value)
        return
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return
    links.harvest(case.operation.label, body)
    if states is not None:
        states.note(body)
        if makers is not None:
            makers.note(case, body, links, states)


def note_scenario(recorder: Any) -> None:
    """What a finished scenario's checks found: the server's reason for each rejected valid request and the
    JSON path in the response body of each schema violation (schemathesis' reports keep neither)."""
    for case_id, checks in recorder.checks.items():
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        label = recorder.cases[case_id].value.operation.label if case_id in recorder.cases else recorder.label
        for check in checks:
            failure = check.failure_info.failure if check.failure_info is not None else None
            if failure is None or response is None:
                continue
            with SETTINGS.seen.lock:
                if check.name == "positive_data_acceptance":
                    sample = {"status": response.status_code, "body": _body(response)}
                    violations = _header(response.headers, "sl-violations")
                    if violations:
                        sample["sl-violations"] = violations[:BODY_CHARS]
                    _keep(SETTINGS.seen.rejections, label, sample)
                instance_path = getattr(failure, "instance_path", None)
                if instance_path is not None:
                    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in instance_path)
                    message = str(getattr(failure, "_raw_message", "") or failure.title)
                    sample = {"status": response.status_code, "path": "body" + path, "message": message[:BODY_CHARS]}
                    _keep(SETTINGS.seen.violations, label, sample)


@schemathesis.cli.handler()
class NoteScenarios(EventHandler):  # type: ignore[type-arg]
    """In ``st run``: notes each finished scenario (see :func:`note_scenario`)."""

    def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            note_scenario(event.recorder)
        elif isinstance(event, events.EngineFinished):
            note_extraction_failures(getattr(getattr(ctx, "statistic", None), "extraction_failures", None) or [])


def note_extraction_failures(failures: list[Any]) -> None:
    """The stateful phase's links it could not follow (schemathesis' "Failed to extract data from response"):
    counted per (source, target, parameter, expression) for the summary."""
    with SETTINGS.seen.lock:
        for failure in failures:
            source, target, parameter, expression = (
                str(getattr(failure, name, "?")) for name in ("source", "target", "parameter_name", "expression")
            )
            SETTINGS.seen.extraction_failures[(source, target, parameter, expression)] += 1
