"""The spec differ on pairs of small specs with known differences."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contract_tests import spec_tools
from tools.spec_diff import Change, diff, report


def tiny() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "get-thing",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                },
                "put": {
                    "operationId": "put-thing",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Input"}}}
                    },
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["a", "b"]},
                        "count": {"type": "integer"},
                        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                    },
                },
                "Tag": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Input": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "kind": {"type": "string", "enum": ["x", "y"]},
                        "note": {"type": "string"},
                    },
                },
            }
        },
    }


def changed(edit: Any) -> list[Change]:
    old = tiny()
    new = copy.deepcopy(old)
    edit(new)
    return diff(old, new)


def only(changes: list[Change]) -> tuple[str, str, bool, bool]:
    assert len(changes) == 1, report(changes)
    c = changes[0]
    return c.where, c.what, c.breaks_client, c.breaks_server


S = "components"


def test_no_change() -> None:
    assert diff(tiny(), tiny()) == []
    assert diff(spec_tools.load_spec(), spec_tools.load_spec()) == []


def test_response_field_removed_breaks_clients() -> None:
    c = changed(lambda s: s[S]["schemas"]["Thing"]["properties"].pop("count"))
    assert only(c) == ("get-thing 200:.count", "field removed", True, False)


def test_type_changed_breaks_both() -> None:
    c = changed(lambda s: s[S]["schemas"]["Thing"]["properties"]["count"].update(type="string"))
    assert only(c) == ("get-thing 200:.count", "type changed", True, True)


def test_response_enum_value_added_breaks_strict_clients_not_servers() -> None:
    c = changed(lambda s: s[S]["schemas"]["Thing"]["properties"]["status"]["enum"].append("c"))
    assert only(c) == ("get-thing 200:.status", "enum value added", True, False)


def test_request_enum_value_added_breaks_servers_not_clients() -> None:
    c = changed(lambda s: s[S]["schemas"]["Input"]["properties"]["kind"]["enum"].append("z"))
    assert only(c) == ("put-thing body:.kind", "enum value added", False, True)


def test_request_field_made_required_breaks_clients() -> None:
    c = changed(lambda s: s[S]["schemas"]["Input"]["required"].append("note"))
    assert only(c) == ("put-thing body:.note", "made required", True, False)


def test_response_field_made_optional_breaks_clients() -> None:
    c = changed(lambda s: s[S]["schemas"]["Thing"]["required"].remove("status"))
    assert only(c) == ("get-thing 200:.status", "made optional", True, False)


def test_nested_shared_component_change_is_reported_where_it_is_used() -> None:
    c = changed(lambda s: s[S]["schemas"]["Tag"]["properties"].pop("name"))
    assert only(c) == ("get-thing 200:.tags[].name", "field removed", True, False)


def test_operation_added_breaks_servers_only() -> None:
    def add(s: dict[str, Any]) -> None:
        s["paths"]["/things"] = {"post": {"operationId": "make-thing", "responses": {"200": {"description": "ok"}}}}

    assert only(changed(add)) == ("make-thing", "operation added", False, True)


def test_optional_response_field_added_is_compatible() -> None:
    c = changed(lambda s: s[S]["schemas"]["Thing"]["properties"].update(extra={"type": "string"}))
    assert only(c) == ("get-thing 200:.extra", "field added", False, False)
    assert "compatible" in c[0].line()


@pytest.mark.parametrize("field", ["total", "invoiceNumber"])
def test_removing_an_invoice_field_from_the_real_spec_is_breaking_for_clients(field: str) -> None:
    new = copy.deepcopy(spec_tools.load_spec())
    del new["components"]["schemas"]["Invoice"]["properties"][field]
    changes = diff(spec_tools.load_spec(), new)
    assert any(c.where == f"get-invoice 200:.{field}" and c.breaks_client for c in changes)
    assert all(c.what == "field removed" for c in changes)


def test_a_component_met_again_below_an_allof_that_merges_it_is_still_compared() -> None:
    # Thing is Base's fields plus `parent`, itself a Base: reaching Base again under `parent` is no cycle.
    def edit(s: dict[str, Any]) -> None:
        s[S]["schemas"]["Base"] = {"type": "object", "properties": {"name": {"type": "string"}}}
        base = {"$ref": "#/components/schemas/Base"}
        s[S]["schemas"]["Thing"] = {"allOf": [base, {"type": "object", "properties": {"parent": base}}]}

    old, new = tiny(), tiny()
    edit(old)
    edit(new)
    new[S]["schemas"]["Base"]["properties"]["name"]["type"] = "integer"
    assert [(c.where, c.what, c.detail) for c in diff(old, new)] == [
        ("get-thing 200:.name", "type changed", "string -> integer"),
        ("get-thing 200:.parent.name", "type changed", "string -> integer"),
    ]


def test_a_schema_that_contains_itself_is_compared_once_around() -> None:
    def recursive(name_type: str) -> dict[str, Any]:
        s = tiny()
        s[S]["schemas"]["Thing"] = {"allOf": [{"type": "object", "properties": {
            "name": {"type": name_type}, "parent": {"allOf": [{"$ref": "#/components/schemas/Thing"}]}}}]}  # fmt: skip
        return s

    assert [(c.where, c.what) for c in diff(recursive("string"), recursive("integer"))] == [
        ("get-thing 200:.name", "type changed")
    ]
