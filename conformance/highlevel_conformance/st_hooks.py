"""Schemathesis hooks of the conformance run (loaded by ``hooks = "highlevel_conformance.st_hooks"``).

- Positive cases have every number within its schema's ``x-generation`` bounds
  (:func:`sane`, QUIRKS Q28): bounds for generated data only, never a contract.
- Positive cases get the identity's location as ``altId`` (query and body), so
  generated requests reach real resources instead of stopping at 403; negative
  cases are left as generated, so invalid ``altId`` values still get tested.
- Every request waits for the :class:`~highlevel_conformance.pacing.Pacer`
  (the server's rate limit) and takes one request from the budget.
- What the reports need and schemathesis' own reports leave out is noted per
  operation (the statuses it got, the server's reason for a rejected valid
  request, the JSON path of a schema violation in the response body) and
  written as JSON when the process ends.

In the ``st`` process the settings come from the environment the runner gives
it (``HL_CONFORMANCE_*``); in-process callers use :func:`configure` instead.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
import schemathesis.cli
from schemathesis.cli.commands.run.handlers.base import EventHandler
from schemathesis.core.parameters import ParameterLocation
from schemathesis.engine import events

from . import generation
from .pacing import Budget, Pacer, Rate
from .settings import ENV_DETAILS, ENV_LOCATION, ENV_MAX_REQUESTS, ENV_RATE

SAMPLES_PER_OPERATION = 3
BODY_CHARS = 300


@dataclass
class Observations:
    """Per operation label (``POST /invoices/``): statuses seen, and samples of what went wrong."""

    statuses: dict[str, Counter[int]] = field(default_factory=dict)
    rejections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    violations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def to_json(self, budget: Budget, pacer: Pacer) -> dict[str, Any]:
        with self.lock:
            return {
                "statuses": {op: {str(k): v for k, v in sorted(c.items())} for op, c in self.statuses.items()},
                "rejections": self.rejections,
                "violations": self.violations,
                "requests": budget.used,
                "max_requests": budget.limit,
                "budget_spent": budget.spent,
                "rate": str(pacer.rate) if pacer.rate else None,
                "waited_seconds": round(pacer.waited, 1),
            }


@dataclass
class Settings:
    location: str | None = None
    pacer: Pacer = field(default_factory=Pacer)
    budget: Budget = field(default_factory=lambda: Budget(None))
    details: Path | None = None
    seen: Observations = field(default_factory=Observations)

    @classmethod
    def from_environment(cls) -> Settings:
        rate = os.environ.get(ENV_RATE)
        max_requests = os.environ.get(ENV_MAX_REQUESTS)
        details = os.environ.get(ENV_DETAILS)
        return cls(
            location=os.environ.get(ENV_LOCATION) or None,
            pacer=Pacer(Rate.parse(rate) if rate else None),
            budget=Budget(int(max_requests) if max_requests else None),
            details=Path(details) if details else None,
        )

    def write_details(self) -> None:
        if self.details is not None:
            text = json.dumps(self.seen.to_json(self.budget, self.pacer), indent=1)
            self.details.write_text(text, encoding="utf-8")


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


def _flat_headers(headers: Any) -> dict[str, str]:
    return {k: (v[0] if isinstance(v, list) and v else str(v)) for k, v in dict(headers).items()}


def _body(response: Any) -> str:
    text = bytes(response.content or b"").decode("utf-8", "replace")
    return text if len(text) <= BODY_CHARS else text[:BODY_CHARS] + "..."


def _keep(samples: dict[str, list[dict[str, Any]]], label: str, sample: dict[str, Any]) -> None:
    kept = samples.setdefault(label, [])
    if len(kept) < SAMPLES_PER_OPERATION and sample not in kept:
        kept.append(sample)


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


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    case = sane(case)
    location = SETTINGS.location
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
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    SETTINGS.budget.take()
    SETTINGS.pacer.before_request()


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    SETTINGS.pacer.after_response(response.status_code, _flat_headers(response.headers))
    with SETTINGS.seen.lock:
        SETTINGS.seen.statuses.setdefault(case.operation.label, Counter())[response.status_code] += 1


@schemathesis.hook
def after_network_error(context: Any, case: Any, request: Any) -> None:
    SETTINGS.pacer.after_response(None, {})


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
