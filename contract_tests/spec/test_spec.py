"""The curated spec is valid OpenAPI 3.1, self-contained, and says what the issues ask of it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from contract_tests import spec_tools
from highlevel_spec import spec_path

SPEC = spec_tools.load_spec()

VENDOR_OPERATIONS = {
    ("post", "/invoices/{invoiceId}/send"): "send-invoice",
    ("post", "/invoices/text2pay"): "text2pay-invoice",
    ("put", "/invoices/{invoiceId}"): "update-invoice",
    ("post", "/invoices/schedule/{scheduleId}/schedule"): "schedule-invoice-schedule",
    ("post", "/invoices/"): "create-invoice",
    ("get", "/invoices/"): "list-invoices",
    ("get", "/invoices/{invoiceId}"): "get-invoice",
    ("delete", "/invoices/{invoiceId}"): "delete-invoice",
    ("post", "/invoices/{invoiceId}/void"): "void-invoice",
    ("post", "/invoices/{invoiceId}/record-payment"): "record-invoice",
    ("post", "/invoices/schedule"): "create-invoice-schedule",
    ("get", "/invoices/schedule/{scheduleId}"): "get-invoice-schedule",
    ("post", "/invoices/schedule/{scheduleId}/cancel"): "cancel-invoice-schedule",
    ("post", "/invoices/estimate"): "create-new-estimate",
    ("put", "/invoices/estimate/{estimateId}"): "update-estimate",
    ("delete", "/invoices/estimate/{estimateId}"): "delete-estimate",
    ("get", "/invoices/estimate/number/generate"): "generate-estimate-number",
    ("post", "/invoices/estimate/{estimateId}/send"): "send-estimate",
    ("post", "/invoices/estimate/{estimateId}/invoice"): "create-invoice-from-estimate",
    ("get", "/invoices/estimate/list"): "list-estimates",
    ("patch", "/invoices/estimate/stats/last-visited-at"): "update-estimate-last-visited-at",
    # schedule editing, settings, numbering, late fees, visits
    ("get", "/invoices/schedule"): "list-invoice-schedules",
    ("put", "/invoices/schedule/{scheduleId}"): "update-invoice-schedule",
    ("delete", "/invoices/schedule/{scheduleId}"): "delete-invoice-schedule",
    ("post", "/invoices/schedule/{scheduleId}/updateAndSchedule"): "update-and-schedule-invoice-schedule",
    ("post", "/invoices/schedule/{scheduleId}/auto-payment"): "auto-payment-invoice-schedule",
    ("get", "/invoices/generate-invoice-number"): "generate-invoice-number",
    ("get", "/invoices/settings"): "get-invoice-settings",
    ("patch", "/invoices/{invoiceId}/late-fees-configuration"): "update-invoice-late-fees-configuration",
    ("patch", "/invoices/stats/last-visited-at"): "update-invoice-last-visited-at",
}
TEMPLATE_OPERATIONS = {
    ("post", "/invoices/template"): "create-invoice-template",
    ("get", "/invoices/template"): "list-invoice-templates",
    ("get", "/invoices/template/{templateId}"): "get-invoice-template",
    ("put", "/invoices/template/{templateId}"): "update-invoice-template",
    ("delete", "/invoices/template/{templateId}"): "delete-invoice-template",
    ("patch", "/invoices/template/{templateId}/late-fees-configuration"):
        "update-invoice-template-late-fees-configuration",
    ("patch", "/invoices/template/{templateId}/payment-methods-configuration"):
        "update-invoice-payment-methods-configuration",
    ("get", "/invoices/estimate/template"): "list-estimate-templates",
    ("post", "/invoices/estimate/template"): "create-estimate-template",
    ("put", "/invoices/estimate/template/{templateId}"): "update-estimate-template",
    ("delete", "/invoices/estimate/template/{templateId}"): "delete-estimate-template",
    ("get", "/invoices/estimate/template/preview"): "preview-estimate-template",
}  # fmt: skip
VENDOR_OPERATIONS |= TEMPLATE_OPERATIONS
# The vendor documents 201 for these (NestJS's default for a POST); every other success is 200.
CREATED_201 = {"create-estimate-template", "create-new-estimate", "send-estimate"}
# Operations whose body the vendor does not document, so the spec cannot require one (QUIRKS Q100).
OPTIONAL_BODY = {"update-and-schedule-invoice-schedule"}

SHARED_COMPONENTS = {
    "Invoice", "InvoiceItem", "ItemTax", "ContactDetails", "Address", "BusinessDetails", "Discount",
    "SentTo", "SentFrom", "AutoPayment", "AutoPaymentCard", "UsBankAccount", "SepaDirectDebit",
    "BacsDirectDebit", "BecsDirectDebit", "PaymentSchedule", "LateFeesConfiguration", "TipsConfiguration",
    "PaymentMethods", "Attachment", "MiscellaneousCharges", "InvoiceSchedule", "ScheduleOptions", "RRule",
    "TotalSummary", "ErrorResponse",
}  # fmt: skip

PLACEHOLDER = re.compile(r"<(string|array|token|version|number|boolean)>", re.IGNORECASE)


def _walk(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def test_openapi_spec_validator_accepts_it() -> None:
    spec_dict, base_uri = read_from_filename(str(spec_tools.SPEC_PATH))
    validate(spec_dict, base_uri=base_uri)  # raises on any error


def test_is_openapi_3_1_and_self_contained() -> None:
    assert SPEC["openapi"].startswith("3.1.")
    refs = [node["$ref"] for _, node in _walk(SPEC) if isinstance(node, dict) and "$ref" in node]
    assert refs, "the spec is expected to share components"
    assert [r for r in refs if not r.startswith("#/")] == []
    for ref in refs:
        spec_tools.resolve(ref)  # raises KeyError on a dangling reference


def test_operations_are_exactly_the_vendor_ones() -> None:
    found = {(method, path): op["operationId"] for method, path, op in spec_tools.operations()}
    assert found == VENDOR_OPERATIONS


@pytest.mark.parametrize(("method", "path", "op"), list(spec_tools.operations()), ids=lambda v: str(v)[:40])
def test_operation_shape(method: str, path: str, op: dict[str, Any]) -> None:
    params = [p.get("$ref") for p in op.get("parameters", [])]
    assert "#/components/parameters/Version" in params
    documented = set(op["responses"])
    success = "201" if op["operationId"] in CREATED_201 else "200"
    assert {success, "400", "401", "403", "422", "429"} <= documented
    assert {"200", "201"} & documented == {success}
    if "{" in path:
        assert "404" in documented
    for status, response in op["responses"].items():
        if status != success:
            assert response["$ref"].startswith("#/components/responses/"), "errors use the shared responses"
    if method in ("post", "put", "patch") and op["operationId"] not in OPTIONAL_BODY:
        assert op["requestBody"]["required"] is True
    assert op.get("description") and op.get("summary")


def test_every_shared_component_is_defined_once_and_used() -> None:
    schemas = SPEC["components"]["schemas"]
    assert set(schemas) >= SHARED_COMPONENTS
    text = spec_tools.SPEC_PATH.read_text(encoding="utf-8")
    unused = [name for name in schemas if f"#/components/schemas/{name}'" not in text]
    assert unused == []


def test_no_placeholder_values_anywhere() -> None:
    for pointer, node in _walk(SPEC):
        if isinstance(node, str):
            assert not PLACEHOLDER.search(node), f"placeholder at {pointer}: {node!r}"


def _examples() -> list[tuple[str, Any]]:
    """(pointer of the schema, example) for every schema-level example."""
    found = []
    for pointer, node in _walk(SPEC):
        if not isinstance(node, dict) or "example" not in node:
            continue
        # A parameter, media type or header object keeps its example beside its schema.
        target = f"{pointer}/schema" if "schema" in node else pointer
        found.append((target, node["example"]))
    return found


@pytest.mark.parametrize(("pointer", "example"), _examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_example_in_the_spec_validates(pointer: str, example: Any) -> None:
    assert spec_tools.error_paths(pointer, example) == {}


def test_every_request_and_response_body_has_a_real_example_for_each_property() -> None:
    """Every leaf property (string, number, boolean) carries an example."""
    missing = []
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, sub in schema.get("properties", {}).items():
            if sub.get("type") in ("string", "number", "integer", "boolean") and "example" not in sub:
                missing.append(f"{name}.{prop}")
    assert missing == []


def test_links_name_real_operations_and_parameters() -> None:
    by_id = {op["operationId"]: op for _, _, op in spec_tools.operations()}
    links = []
    for _, _, op in spec_tools.operations():
        for response in op["responses"].values():
            for link_name, link in response.get("links", {}).items():
                links.append((op["operationId"], link_name, link))
    for source, name, link in links:
        target = by_id[link["operationId"]]
        names = set()
        for param in target.get("parameters", []):
            names.add(spec_tools.resolve(param["$ref"])["name"] if "$ref" in param else param["name"])
        assert set(link["parameters"]) <= names, f"{source} -> {name}"
    edges = {(source, link["operationId"]) for source, _, link in links}
    expected = {
        ("create-invoice", t)
        for t in ("get-invoice", "update-invoice", "send-invoice", "void-invoice", "delete-invoice", "record-invoice")
    }
    expected |= {("text2pay-invoice", "get-invoice"), ("text2pay-invoice", "send-invoice")}
    expected |= {("list-invoices", "get-invoice")}  # a read-only run reads the location's own invoices
    expected |= {("create-invoice-schedule", t) for t in ("schedule-invoice-schedule", "get-invoice-schedule",
                                                          "cancel-invoice-schedule")}  # fmt: skip
    template_targets = (
        "get-invoice-template",
        "update-invoice-template",
        "delete-invoice-template",
        "update-invoice-template-late-fees-configuration",
        "update-invoice-payment-methods-configuration",
    )
    estimate_targets = ("update-estimate-template", "delete-estimate-template", "preview-estimate-template")
    expected |= {(s, t) for s in ("create-invoice-template", "list-invoice-templates") for t in template_targets}
    expected |= {(s, t) for s in ("create-estimate-template", "list-estimate-templates") for t in estimate_targets}
    estimate_ops = ("update-estimate", "send-estimate", "create-invoice-from-estimate", "delete-estimate")
    expected |= {(source, t) for source in ("create-new-estimate", "list-estimates") for t in estimate_ops}
    expected |= {("send-estimate", "create-invoice-from-estimate"), ("send-estimate", "update-estimate")}
    # every schedule operation is reached from create and from list; late fees from create.
    editing = ("update-invoice-schedule", "delete-invoice-schedule", "update-and-schedule-invoice-schedule",
               "auto-payment-invoice-schedule")  # fmt: skip
    expected |= {("create-invoice-schedule", t) for t in editing}
    expected |= {("list-invoice-schedules", t) for t in ("get-invoice-schedule", *editing)}
    expected |= {("create-invoice", "update-invoice-late-fees-configuration")}
    assert edges == expected


def test_version_header_is_one_shared_parameter() -> None:
    version = SPEC["components"]["parameters"]["Version"]
    assert version["in"] == "header" and version["required"] is True
    assert spec_tools.resolve(version["schema"]["$ref"])["enum"] == ["2021-07-28", "v3"]  # QUIRKS Q27
    inline = [p for _, _, op in spec_tools.operations() for p in op["parameters"] if p.get("name") == "Version"]
    assert inline == []


def test_quirks_rows_are_numbered_once() -> None:
    # Some subjects number their rows in a range of their own (Q60-Q69: OAuth), so
    # the ids are not contiguous across ranges; they stay unique and in order.
    text = spec_path("QUIRKS.md").read_text(encoding="utf-8")
    numbers = [int(n) for n in re.findall(r"^\| Q(\d+) \|", text, flags=re.MULTILINE)]
    assert numbers == sorted(set(numbers))
    assert numbers[:17] == list(range(1, 18))
