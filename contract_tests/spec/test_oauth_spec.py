"""``spec/oauth.yaml``: valid OpenAPI 3.1, self-contained, the vendor's three operations, examples that validate."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from highlevel_spec import escape, load_spec, operations, pointer, spec_path

OAUTH = load_spec("oauth.yaml")
URI = "urn:highlevel-oauth-spec"

VENDOR_OPERATIONS = {
    ("post", "/oauth/token"): "get-access-token",
    ("post", "/oauth/locationToken"): "get-location-access-token",
    ("get", "/oauth/installedLocations"): "get-installed-location",
}


def _walk(node: Any, at: str = "#") -> Iterator[tuple[str, Any]]:
    yield at, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{at}/{escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{at}/{index}")


def _errors(schema_pointer: str, instance: Any) -> list[str]:
    registry: Registry[Any] = Registry().with_resource(
        URI, Resource.from_contents(OAUTH, default_specification=DRAFT202012)
    )
    validator = Draft202012Validator({"$ref": f"{URI}{schema_pointer}"}, registry=registry)
    return sorted(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance))


def _examples() -> list[tuple[str, str, Any]]:
    """(where, pointer of the schema, example) for every example of the document."""
    found = []
    for at, node in _walk(OAUTH):
        if not isinstance(node, dict):
            continue
        target = f"{at}/schema" if "schema" in node else at
        if "example" in node:
            found.append((at, target, node["example"]))
        for name, named in node.get("examples", {}).items() if isinstance(node.get("examples"), dict) else ():
            found.append((f"{at}/examples/{name}", target, named["value"]))
    return found


def test_openapi_spec_validator_accepts_it() -> None:
    validate(OAUTH)  # raises on any error


def test_is_openapi_3_1_and_self_contained() -> None:
    assert OAUTH["openapi"].startswith("3.1.")
    refs = [node["$ref"] for _, node in _walk(OAUTH) if isinstance(node, dict) and "$ref" in node]
    assert [r for r in refs if not r.startswith("#/")] == []
    for ref in refs:
        pointer(OAUTH, ref)  # raises KeyError on a dangling reference


def test_operations_are_exactly_the_vendor_ones_each_with_an_operation_id() -> None:
    found = {(method, path): op.get("operationId") for method, path, op in operations(OAUTH)}
    assert found == VENDOR_OPERATIONS


@pytest.mark.parametrize(("method", "path", "op"), operations(OAUTH), ids=lambda v: str(v)[:40])
def test_operation_shape(method: str, path: str, op: dict[str, Any]) -> None:
    assert {"200", "400", "401", "422"} <= set(op["responses"])
    for status, response in op["responses"].items():
        if status != "200":
            assert response["$ref"].startswith("#/components/responses/"), "errors use the shared responses"
    params = [p.get("$ref") for p in op.get("parameters", [])]
    # The token endpoint takes no Version header (the vendor's spec); the others require it.
    assert ("#/components/parameters/Version" in params) == (path != "/oauth/token")
    if method == "post":
        body = op["requestBody"]
        assert body["required"] is True
        assert list(body["content"]) == ["application/x-www-form-urlencoded"]
    assert op.get("description") and op.get("summary")


@pytest.mark.parametrize(("where", "schema", "example"), _examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_example_validates(where: str, schema: str, example: Any) -> None:
    assert _errors(schema, example) == []


def test_grant_specific_fields_are_required() -> None:
    """QUIRKS Q60: a grant without its credential is refused by the schema, naming the field."""
    body = "#/components/schemas/TokenRequest"
    base = {"client_id": "app", "client_secret": "secret"}
    assert _errors(body, {**base, "grant_type": "authorization_code"}) == [": 'code' is a required property"]
    assert _errors(body, {**base, "grant_type": "refresh_token"}) == [": 'refresh_token' is a required property"]
    assert _errors(body, {**base, "grant_type": "refresh_token", "refresh_token": "r"}) == []
    assert _errors(body, {**base, "grant_type": "client_credentials"}) == []


def test_error_response_is_the_same_node_as_in_invoices_yaml() -> None:
    """One error shape for the whole API: the copy in each self-contained document stays equal."""
    invoices = load_spec()
    assert OAUTH["components"]["schemas"]["ErrorResponse"] == invoices["components"]["schemas"]["ErrorResponse"]


def test_quirks_rows_of_the_oauth_range_cover_real_nodes() -> None:
    text = spec_path("QUIRKS.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (Q6\d) \|.*\| ([^|]*) \|$", text, flags=re.MULTILINE)
    assert [row_id for row_id, _ in rows] == ["Q60", "Q61", "Q62", "Q63"]
    for row_id, covers in rows:
        pointers = re.findall(r"`([^`]+)`", covers)
        assert pointers, row_id
        for ref in pointers:
            document, _, fragment = ref.partition("#")
            assert document == "oauth.yaml", (row_id, ref)
            pointer(OAUTH, f"#{fragment}")  # raises KeyError when the node is not there


def test_every_schema_is_used() -> None:
    text = spec_path("oauth.yaml").read_text(encoding="utf-8")
    unused = [name for name in OAUTH["components"]["schemas"] if f"#/components/schemas/{name}'" not in text]
    assert unused == []
