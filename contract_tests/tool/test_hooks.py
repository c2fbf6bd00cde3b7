"""The hooks note what the report needs: the server's reason for a rejected valid request, the JSON path of a
schema violation in the response body, the statuses per operation. Run in-process against a sandbox whose
answers a wrapper breaks."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import TestPhase

from contract_tests import engine
from highlevel_conformance import st_hooks
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig

REASON = {"statusCode": 422, "message": ["contactDetails.email is not allowed here"], "error": "Unprocessable Entity"}
VIOLATIONS = '[{"location":["request","body","name"],"severity":"Error","code":"maxLength"}]'


def breaking(app: Any) -> Any:
    """create-invoice refuses every request with 422 (and Prism's header); get-invoice answers ``total: "abc"``."""

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        held: dict[str, Any] = {}

        async def patched(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                held["start"] = message
                return
            if message.get("more_body"):
                held.setdefault("chunks", []).append(message["body"])
                return
            body = b"".join([*held.get("chunks", []), message.get("body", b"")])
            start = held["start"]
            if method == "POST" and path == "/invoices/" and start["status"] == 200:
                body = json.dumps(REASON).encode()
                start = {**start, "status": 422, "headers": [(b"content-type", b"application/json"),
                                                            (b"sl-violations", VIOLATIONS.encode())]}  # fmt: skip
            elif method == "GET" and path.count("/") == 2 and start["status"] == 200:
                document = json.loads(body)
                if isinstance(document, dict) and "total" in document:
                    body = json.dumps({**document, "total": "abc"}).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, patched)

    return wrapped


def test_the_hooks_note_reasons_paths_and_statuses() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=False))
    token, location = next(iter(DEFAULT_TOKENS.items()))
    result = engine.run(breaking(sandbox.app), token=token, location=location, max_examples=2)
    assert not result.passed
    seen = st_hooks.SETTINGS.seen
    rejections = seen.rejections["POST /invoices/"]
    assert rejections[0] == {"status": 422, "body": json.dumps(REASON), "sl-violations": VIOLATIONS}
    paths = {v["path"] for v in seen.violations.get("GET /invoices/{invoiceId}", [])}
    assert "body.total" in paths
    assert seen.statuses["POST /invoices/"][422] >= 1


# Linked ids: the spec's links feed the non-stateful phases too.

LINKED_DOCUMENT: dict[str, Any] = {
    "paths": {
        "/things/": {
            "post": {
                "operationId": "create-thing",
                "responses": {
                    "200": {
                        "description": "ok",
                        "links": {
                            "Get": {
                                "operationId": "get-thing",
                                "parameters": {
                                    "path.thingId": "$response.body#/thing/_id",
                                    "owner": "$response.body#/owner",
                                    "trace": "$request.header.X-Trace",  # not a body pointer: stateful phase only
                                    "nowhere": "$response.body#/x",  # no such parameter
                                },
                            },
                            "Gone": {"operationId": "no-such-operation", "parameters": {"id": "$response.body#/_id"}},
                        },
                    },
                    "400": {"description": "no", "links": {"Bad": {"$ref": "#/components/links/Get"}}},
                },
            }
        },
        "/things/{thingId}": {
            "parameters": [{"$ref": "#/components/parameters/ThingId"}],
            "get": {
                "operationId": "get-thing",
                "parameters": [{"name": "owner", "in": "query"}, {"name": "X-Trace", "in": "header"}],
                "responses": {"200": {"description": "ok"}},
            },
        },
    },
    "components": {
        "parameters": {"ThingId": {"name": "thingId", "in": "path", "required": True}},
        "links": {"Get": {"operationId": "get-thing", "parameters": {"thingId": "$response.body#/_id"}}},
    },
}


def test_declared_links_are_read_from_2xx_body_pointers_onto_path_and_query_parameters() -> None:
    found = st_hooks.declared_links(LINKED_DOCUMENT)
    assert found == [
        st_hooks.LinkedParameter("POST /things/", "GET /things/{thingId}", "path", "thingId", "/thing/_id"),
        st_hooks.LinkedParameter("POST /things/", "GET /things/{thingId}", "query", "owner", "/owner"),
    ]


def test_every_link_of_the_spec_is_followed() -> None:
    import highlevel_spec as specs

    document = specs.load_spec()
    declared = 0
    for _, _, op in specs.operations(document):
        for status, response in op.get("responses", {}).items():
            for link in (specs.deref(document, response).get("links") or {}).values():
                if str(status).startswith("2"):
                    declared += len(specs.deref(document, link).get("parameters") or {})
    assert declared > 0
    assert len(st_hooks.declared_links(document)) == declared  # every link of our spec is a body pointer


class _Meta:
    def __init__(self, phase: str, negative: frozenset[str] = frozenset()) -> None:
        self.phase = SimpleNamespace(name=TestPhase(phase))
        self.components = {ParameterLocation.PATH: None, ParameterLocation.QUERY: None}
        self.negative = negative

        self.dirty: set[Any] = set()

    def mark_dirty(self, location: Any) -> None:
        self.dirty.add(location)

    def is_negative_at(self, location: Any) -> bool:
        return str(location.value) in self.negative


def _case(case_id: str, label: str, meta: _Meta | None, method: str = "GET") -> Any:
    return SimpleNamespace(
        id=case_id,
        method=method,
        meta=meta,
        operation=SimpleNamespace(label=label),
        path_parameters={"thingId": "random"},
        query=None,
    )


class _Response:
    def __init__(self, status: int, body: Any) -> None:
        self.status_code, self.content = status, json.dumps(body).encode()


def test_positive_cases_carry_the_newest_value_the_operation_has_not_refused() -> None:
    links = st_hooks.Links(st_hooks.declared_links(LINKED_DOCUMENT))
    create = _case("c", "POST /things/", _Meta("fuzzing"), "POST")
    for n in (1, 2, 3):
        st_hooks.note_answer(create, _Response(200, {"thing": {"_id": f"t{n}"}, "owner": "o"}), links)

    case = _case("1", "GET /things/{thingId}", _Meta("coverage"))
    assert st_hooks.use_linked_values(case, links)
    assert (case.path_parameters, case.query) == ({"thingId": "t3"}, {"owner": "o"})

    links.answered("1", "GET /things/{thingId}", 409, all_positive=True)  # t3 refused: the next case gets t2
    case = _case("2", "GET /things/{thingId}", _Meta("examples"))
    st_hooks.use_linked_values(case, links)
    assert case.path_parameters == {"thingId": "t2"}
    links.answered("2", "GET /things/{thingId}", 200, all_positive=True)

    delete = _case("d", "DELETE /things/{thingId}", None, "DELETE")
    delete.path_parameters = {"thingId": "t2"}
    st_hooks.note_answer(delete, _Response(200, {}), links)  # t2 is gone for every operation
    case = _case("3", "GET /things/{thingId}", _Meta("fuzzing"))
    st_hooks.use_linked_values(case, links)
    assert case.path_parameters == {"thingId": "t1"}
    links.answered("3", "GET /things/{thingId}", 422, all_positive=False)  # a negative case's refusal drops nothing

    assert links.to_json() == {"GET /things/{thingId}": {"200": 1, "409": 1, "422": 1}}


def test_stateful_and_negative_components_keep_their_generated_values() -> None:
    links = st_hooks.Links(st_hooks.declared_links(LINKED_DOCUMENT))
    create = _case("c", "POST /things/", None, "POST")
    st_hooks.note_answer(create, _Response(201, {"thing": {"_id": "t1"}, "owner": "o"}), links)

    stateful = _case("1", "GET /things/{thingId}", _Meta("stateful"))
    assert not st_hooks.use_linked_values(stateful, links)
    assert stateful.path_parameters == {"thingId": "random"}
    assert stateful.meta.dirty == {ParameterLocation.PATH, ParameterLocation.QUERY}  # schemathesis re-judges them

    negative_path = _case("2", "GET /things/{thingId}", _Meta("fuzzing", negative=frozenset({"path"})))
    assert st_hooks.use_linked_values(negative_path, links)
    assert (negative_path.path_parameters, negative_path.query) == ({"thingId": "random"}, {"owner": "o"})
    links.answered("2", "GET /things/{thingId}", 404, all_positive=False)
    assert links.newest("GET /things/{thingId}") == {("path", "thingId"): "t1", ("query", "owner"): "o"}


def test_every_linked_operation_gets_success_answers_outside_the_stateful_phase() -> None:
    """Against the sandbox, each target of a link is answered 2xx to cases carrying harvested ids (no 404s)."""
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    token, location = next(iter(DEFAULT_TOKENS.items()))
    result = engine.run(sandbox.app, token=token, location=location, max_examples=3)
    assert result.passed, result.describe()
    links = st_hooks.SETTINGS.links
    targets = {link.target for link in links.declared}
    assert targets
    used = links.to_json()
    assert {op for op in targets if any(s.startswith("2") for s in used.get(op, {}))} == targets, used


# Issue 27 item 0: every generated request uses the run's own location, in every phase.

OTHER_TOKEN, OTHER_LOCATION = "token-of-another-location", "a0b1c2d3e4f5a6b7c8d9e0f1"


def test_the_examples_phase_sends_the_runs_location_not_the_specs_example() -> None:
    # Before: the examples phase sent the spec's example altId (the sandbox's default location), so against a
    # location with another id 38 of the 42 operations only ever answered 403, and the phase said "42 passed".
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True, tokens={OTHER_TOKEN: OTHER_LOCATION}))
    result = engine.run(sandbox.app, token=OTHER_TOKEN, location=OTHER_LOCATION, max_examples=1, phases=["examples"])
    assert result.passed, result.describe()
    statuses = st_hooks.SETTINGS.seen.statuses
    assert len(statuses) == 42
    assert sorted(op for op, seen in statuses.items() if set(seen) <= {401, 403}) == []
