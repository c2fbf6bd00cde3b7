"""A body that does not fit its model names the JSON path, what was expected and what came.

The property tests take every model from the spec: each operation's request body and
success response is a root; valid instances are generated from the spec (schemathesis),
then broken one node at a time. An operation added to the spec is covered unchanged.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import highlevel_invoices as hl_pkg
import highlevel_spec as specs
from contract_tests import spec_tools
from highlevel_invoices import models
from highlevel_invoices_api.types import DecodeError, list_literal_as_list

from . import helpers
from .helpers import INVOICE_ID, LOCATION, Recorder, async_client, sync_client
from .test_properties import SETTINGS, _positive, body_model, success_model

Path = tuple[str | int, ...]


# ---------------------------------------------------------------------------- examples


async def test_a_response_without_a_required_field_names_its_path(mode: str) -> None:
    broken = copy.deepcopy(helpers.SEND_RESPONSE)
    del broken["invoice"]["contactDetails"]["id"]
    recorder = Recorder(httpx.Response(200, json=broken))
    body = models.SendInvoiceRequest.from_dict(helpers.SEND_REQUEST)
    with pytest.raises(hl_pkg.ResponseValidationError) as info:
        if mode == "sync":
            sync_client(recorder).send_invoice(INVOICE_ID, body=body)
        else:
            await async_client(recorder).send_invoice(INVOICE_ID, body=body)
    error = info.value
    assert (error.json_path, error.expected, error.got) == ("invoice.contactDetails.id", "string", "missing")
    assert str(error) == (
        f"POST /invoices/{INVOICE_ID}/send: the 200 answer does not match the spec: "
        "invoice.contactDetails.id: expected string, got missing"
    )
    assert error.response.status_code == 200 and error.response.json() == broken
    assert isinstance(error.__cause__, DecodeError)


async def test_a_mistyped_field_shows_the_value_shortened(mode: str) -> None:
    broken = {
        **helpers.INVOICE_WITH_SUMMARY,
        "invoiceItems": [{**helpers.INVOICE_WITH_SUMMARY["invoiceItems"][0], "qty": "x" * 100}],
    }
    recorder = Recorder(httpx.Response(200, json=broken))
    args: dict[str, Any] = {"alt_id": LOCATION, "alt_type": "location"}
    with pytest.raises(hl_pkg.ResponseValidationError) as info:
        if mode == "sync":
            sync_client(recorder).get_invoice(INVOICE_ID, **args)
        else:
            await async_client(recorder).get_invoice(INVOICE_ID, **args)
    assert info.value.json_path == "invoiceItems[0].qty"
    assert info.value.expected == "number"
    assert info.value.got == "string '" + "x" * 36 + "..."


async def test_a_body_that_is_not_json_is_a_validation_error(mode: str) -> None:
    recorder = Recorder(httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(hl_pkg.ResponseValidationError) as info:
        if mode == "sync":
            sync_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type="location")
        else:
            await async_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type="location")
    assert "the body is not JSON" in str(info.value) and info.value.json_path is None


def test_from_dict_on_user_input_names_the_path() -> None:
    request = copy.deepcopy(helpers.SEND_REQUEST)
    text2pay = {**request, "name": "n", "currency": "USD", "items": [], "issueDate": "2024-01-01",
                "contactDetails": {"id": "c", "name": "Alex", "email": "a@example.com"}}  # fmt: skip
    with pytest.raises(DecodeError) as info:
        models.Text2PayRequest.from_dict(text2pay)
    assert str(info.value) == "contactDetails.phoneNo: expected string, got missing"
    assert info.value.path == ("contactDetails", "phoneNo")
    assert isinstance(info.value, ValueError)
    with pytest.raises(DecodeError) as top:
        models.Invoice.from_dict("an invoice")  # type: ignore[arg-type]
    assert str(top.value) == "the value: expected object (Invoice), got string 'an invoice'"


# ---------------------------------------------------------------------------- every model, from the spec


def roots() -> list[tuple[str, str, Any]]:
    """(name, schema pointer, model) for every request body and success response of the spec."""
    found = []
    for _, _, op in spec_tools.operations():
        operation_id = op["operationId"]
        if "requestBody" in op:
            found.append((f"{operation_id}-request", spec_tools.request_schema_pointer(operation_id),
                          body_model(operation_id)))  # fmt: skip
        success = spec_tools.success_status(operation_id)
        if spec_tools.has_body(operation_id, success):
            found.append((f"{operation_id}-{success}", spec_tools.response_schema_pointer(operation_id, success),
                          success_model(operation_id)))  # fmt: skip
    return found


ROOTS = roots()


def inline(node: Any, seen: frozenset[str] = frozenset()) -> Any:
    """``node`` with every local ``$ref`` replaced by its target."""
    document = specs.load_spec()
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            assert ref not in seen, f"recursive schema at {ref}"
            return inline(specs.pointer(document, ref), seen | {ref})
        return {k: inline(v, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [inline(v, seen) for v in node]
    return node


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def arrays(node: Any, pointer: str, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """(JSON path, schema pointer) of every array schema under ``node``, following ``$ref``s."""
    document = specs.load_spec()
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"]
        node = specs.pointer(document, pointer)
    if not isinstance(node, dict):
        return
    if "array" in _types(node):
        yield path, pointer
        if "items" in node:
            yield from arrays(node["items"], f"{pointer}/items", (*path, 0))
    for key, sub in node.get("properties", {}).items():
        yield from arrays(sub, f"{pointer}/properties/{specs.escape(key)}", (*path, key))
    for index, sub in enumerate(node.get("allOf", [])):  # a model made of parts (InvoiceTemplateCreateRequest)
        yield from arrays(sub, f"{pointer}/allOf/{index}", path)


def spec_arrays() -> set[str]:
    """The pointer of every ``type: array`` field under ``#/components/schemas`` (union branches aside)."""
    found: set[str] = set()

    def walk(schema: Any, pointer: str) -> None:  # schema positions only, never a properties map itself
        if not isinstance(schema, dict):
            return
        if "array" in _types(schema):
            found.add(pointer)
        for key, sub in schema.get("properties", {}).items():
            walk(sub, f"{pointer}/properties/{specs.escape(key)}")
        for keyword in ("items", "additionalProperties"):
            walk(schema.get(keyword), f"{pointer}/{keyword}")
        # A branch of anyOf/oneOf is not an array field: another branch may take a string
        # (ErrorResponse.message is a string or a list of strings).
        for index, sub in enumerate(schema.get("allOf", [])):
            walk(sub, f"{pointer}/allOf/{index}")

    for name, schema in specs.load_spec()["components"]["schemas"].items():
        walk(schema, f"#/components/schemas/{specs.escape(name)}")
    return found


def array_cases() -> list[tuple[str, Path, str]]:
    """One (root name, JSON path, pointer) per array schema of the spec, from the first root that reaches it."""
    cases: dict[str, tuple[str, Path, str]] = {}
    for name, pointer, _ in ROOTS:
        for path, array_pointer in arrays(spec_tools.resolve(pointer), pointer):
            cases.setdefault(array_pointer, (name, path, array_pointer))
    return list(cases.values())


ARRAY_CASES = array_cases()


def test_every_array_of_the_spec_is_reached_from_an_operation() -> None:
    reached = {pointer for *_, pointer in ARRAY_CASES}
    assert spec_arrays() - reached == set()


def with_path_present(schema: dict[str, Any], path: Path) -> dict[str, Any]:
    """``schema`` (inlined) changed so that every valid instance holds ``path``."""
    schema = copy.deepcopy(schema)
    node = schema
    for step in path:
        if isinstance(step, int):
            node["minItems"] = max(1, node.get("minItems", 0))
            node = node["items"]
        else:
            if step not in node.get("properties", {}):  # the part of an allOf that holds it
                node = next(part for part in node.get("allOf", []) if step in part.get("properties", {}))
            node["required"] = sorted({*node.get("required", []), step})
            node = node["properties"][step]
    return schema


@functools.cache
def strategies() -> dict[str, Any]:
    """name -> schemathesis strategy of valid instances, for every root and every array case."""
    bodies: dict[str, Any] = {name: inline(spec_tools.resolve(pointer)) for name, pointer, _ in ROOTS}
    for index, (root, path, _) in enumerate(ARRAY_CASES):
        bodies[f"array-{index}"] = with_path_present(bodies[root], path)
    derived = {
        "openapi": "3.1.0",
        "info": {"title": "bodies", "version": "1"},
        "paths": {
            f"/{name}": {
                "post": {
                    "operationId": name,
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "unused"}},
                }
            }
            for name, body in bodies.items()
        },
    }
    schema = schemathesis.openapi.from_dict(derived)
    return {name: _positive(schema[f"/{name}"]["POST"]) for name in bodies}


def nodes(value: Any, path: Path = ()) -> Iterator[Path]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from nodes(item, (*path, index))


def parent_of(value: Any, path: Path) -> Any:
    for step in path[:-1]:
        value = value[step]
    return value


def at(value: Any, path: Path) -> Any:
    for step in path:
        value = value[step]
    return value


JSON_TYPES: list[Any] = [None, True, 7, 2.5, "text", [], {}, [1, "two"], {"k": "v"}]
QUIRK_FIELDS = {"invoiceNumber", "address", "validOnProductIds"}  # Q1, Q8, Q26: accepted off-spec on purpose


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


DISTINCT_ROOTS, DISTINCT_IDS = spec_tools.one_per_schema(ROOTS)  # the seven InvoiceSchedule answers are one test


@pytest.mark.parametrize(("name", "pointer", "model"), DISTINCT_ROOTS, ids=DISTINCT_IDS)
def test_a_broken_node_is_named_by_its_path(name: str, pointer: str, model: Any) -> None:
    validator = spec_tools.validator(pointer)

    @settings(SETTINGS, max_examples=10)
    @given(case=strategies()[name], data=st.data())
    def check(case: Any, data: Any) -> None:
        instance = case.body
        assume(isinstance(instance, dict))
        candidates = [p for p in nodes(instance) if p and not QUIRK_FIELDS & {s for s in p if isinstance(s, str)}]
        assume(candidates)
        for _ in range(10):  # break nodes of this instance until the spec refuses one (generating is costly)
            path = data.draw(st.sampled_from(candidates))
            broken = copy.deepcopy(instance)
            if isinstance(path[-1], str) and data.draw(st.integers(0, 3)) == 0:
                del parent_of(broken, path)[path[-1]]
            else:
                original = at(instance, path)
                others = [v for v in JSON_TYPES if _json_type(v) != _json_type(original)]
                parent_of(broken, path)[path[-1]] = data.draw(st.sampled_from(others))
            if validator.is_valid(broken):  # a free-form object, an optional field: nothing to refuse
                continue
            with pytest.raises(DecodeError) as info:
                model.from_dict(broken)
            assert info.value.path[: len(path)] == path, (str(info.value), path)

    check()


# ---------------------------------------------------------------------------- arrays (never a list of characters)


@pytest.mark.parametrize(("index", "case"), list(enumerate(ARRAY_CASES)), ids=[str(c[2]) for c in ARRAY_CASES])
def test_a_non_array_where_an_array_belongs_is_refused_or_a_documented_quirk(
    index: int, case: tuple[str, Path, str]
) -> None:
    root, path, _ = case
    model = next(m for name, _, m in ROOTS if name == root)
    values = st.one_of(
        st.text(max_size=20), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(),
        st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
        st.lists(st.text(alphabet="abc0123456789", max_size=24), max_size=3).map(
            lambda items: "[ " + ", ".join(f"'{i}'" for i in items) + " ]"),
    )  # fmt: skip

    @settings(SETTINGS, max_examples=5)
    @given(case=strategies()[f"array-{index}"], value=values)
    def check(case: Any, value: Any) -> None:
        instance = case.body
        assume(isinstance(instance, dict))
        broken = copy.deepcopy(instance)
        parent_of(broken, path)[path[-1]] = value
        intended = list_literal_as_list(value) if isinstance(value, str) else None
        if path[-1] == "validOnProductIds" and isinstance(intended, list):
            assert at(model.from_dict(broken).to_dict(), path) == intended  # Q26
            return
        with pytest.raises(DecodeError) as info:
            model.from_dict(broken)
        assert info.value.path == path
        assert info.value.expected.startswith("array of ")

    check()
