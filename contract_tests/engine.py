"""Run schemathesis' engine (the one behind ``st run``) in-process against an ASGI app.

Used by the sandbox's own schemathesis test and by the mutation tests: same
configuration as the conformance run (``highlevel_conformance.runner.schemathesis_config``),
no socket, no subprocess, and nothing written to the process environment: the
token stays in the in-memory configuration and the location goes to the hooks' settings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema

from highlevel_conformance import st_hooks
from highlevel_conformance.runner import schemathesis_config
from highlevel_spec import spec_path

BASE_URL = "http://sandbox.invalid"


@dataclass
class EngineResult:
    cases: int = 0
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation, check) -> count
    errors: list[str] = field(default_factory=list)
    operations: set[str] = field(default_factory=set)

    @property
    def passed(self) -> bool:
        return not self.failures and not self.errors

    def describe(self) -> str:
        lines = [f"{op}: {check} x{n}" for (op, check), n in sorted(self.failures.items())]
        return "\n".join(lines + self.errors)


def run(
    app: Any,
    *,
    token: str,
    location: str,
    max_examples: int,
    max_failures: int | None = None,
    phases: list[str] | None = None,
) -> EngineResult:
    """Every phase (or ``phases``) against ``app``; ``max_failures``: stop once that many failures are found."""
    st_hooks.configure(st_hooks.Settings(location=location))
    config = SchemathesisConfig.from_str(schemathesis_config(deterministic=True, seed=None, in_memory_token=token))
    schema = schemathesis.openapi.from_path(spec_path(), config=config)
    schema.app = app
    schema.config.update(base_url=BASE_URL, workers=1)
    schema.config.generation.update(max_examples=max_examples)
    if phases is not None:
        schema.config.phases.update(phases=phases)
    if max_failures is not None:
        schema.config.max_failures = max_failures
    result = EngineResult()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            st_hooks.note_scenario(event.recorder)
            result.operations.add(event.recorder.label)
            result.cases += len(event.recorder.cases)
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.status.name != "SUCCESS":
                        result.failures[(event.recorder.label, check.name)] += 1
        elif isinstance(event, (events.NonFatalError, events.FatalError)):
            result.errors.append(str(getattr(event, "info", event))[:500])
    return result
