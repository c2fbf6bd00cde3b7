"""vendor-diff: small vendor-like documents made from our spec, each with known differences."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from highlevel_conformance import vendor_diff
from highlevel_conformance.vendor_diff import Difference, Quirk, compare_files, read_quirks
from highlevel_sandbox.specs import INVOICES, load_spec, spec_path

S = "#/components/schemas"
QUIRKS_TEXT = spec_path("QUIRKS.md").read_text(encoding="utf-8")


def ours() -> dict[str, Any]:
    return copy.deepcopy(load_spec())


def write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document) if path.suffix == ".json" else yaml.safe_dump(document), encoding="utf-8")
    return path


def test_our_own_spec_has_no_difference(tmp_path: Path) -> None:
    result = compare_files(write(tmp_path / "same.yaml", ours()))
    assert (result.explained, result.new) == ([], [])
    assert result.lines()[-1] == "summary: 0 differences: 0 explained by spec/QUIRKS.md, 0 new"


def test_a_documented_quirk_is_explained_by_its_row(tmp_path: Path) -> None:
    vendor = ours()
    vendor["components"]["schemas"]["Invoice"]["properties"]["invoiceNumber"] = {"type": "number"}  # Q1
    result = compare_files(write(tmp_path / "vendor.json", vendor))
    assert result.new == []
    assert [(d.pointer, d.text, q) for d, q in result.explained] == [
        (f"{S}/Invoice/properties/invoiceNumber", "type: vendor number, ours string", "Q1"),
    ]


def test_a_use_typed_differently_is_explained_at_the_use_and_the_component_still_drifts(tmp_path: Path) -> None:
    vendor = ours()
    schemas = vendor["components"]["schemas"]
    schemas["Invoice"]["properties"]["invoiceItems"]["items"] = {"type": "string"}  # Q2: a use typed loosely
    schemas["Estimate"]["properties"]["contactDetails"] = {"type": "object"}  # Q93: a use left free-form
    schemas["InvoiceItem"]["properties"]["unit"] = {"type": "string"}  # the shared component's own drift
    result = compare_files(write(tmp_path / "vendor.json", vendor))
    assert sorted((d.pointer, d.text, q) for d, q in result.explained) == [
        (f"{S}/Estimate/properties/contactDetails",
         "fields: ours lists ['additionalEmails', 'address', 'companyName', 'customFields', 'email', 'id', 'name', "
         "'phoneNo'], the vendor's is free-form", "Q93"),
        (f"{S}/Invoice/properties/invoiceItems/items", "type: vendor string, ours object", "Q2"),
    ]  # fmt: skip
    new = [(d.pointer, d.text) for d in result.new]
    assert new == [(f"{S}/InvoiceItem/properties/unit", "field only in the vendor's")]  # not hidden by Q2


def test_every_kind_of_new_difference_is_reported_and_fails(tmp_path: Path) -> None:
    vendor = ours()
    schemas = vendor["components"]["schemas"]
    del schemas["Invoice"]["properties"]["automaticTaxesEnabled"]  # a field only in ours
    schemas["RecordPaymentRequest"]["properties"]["mode"]["enum"].append("crypto")  # an enum value only theirs
    schemas["RecordPaymentRequest"]["properties"]["memo"] = {"type": "string"}  # a field only theirs
    schemas["RecordPaymentRequest"]["required"].remove("mode")  # a required flag
    del vendor["paths"]["/invoices/{invoiceId}"]["delete"]  # an operation only in ours
    vendor["paths"]["/invoices/stats"] = {"get": {"operationId": "stats", "responses": {"200": {"description": "ok"}}}}
    vendor["paths"]["/invoices/"]["get"]["parameters"][3]["required"] = False  # limit, a parameter's flag
    del vendor["paths"]["/invoices/{invoiceId}"]["get"]["responses"]["403"]  # documented by us only (Q17)
    result = compare_files(write(tmp_path / "vendor.yaml", vendor))
    record = f"{S}/RecordPaymentRequest/properties"
    assert sorted((d.pointer, d.text) for d in result.new) == sorted([
        ("#/paths/~1invoices~1stats/get", "operation only in the vendor's"),
        ("#/paths/~1invoices~1{invoiceId}/delete", "operation only in ours"),
        ("#/paths/~1invoices~1/get/parameters/3", "required: vendor no, ours yes"),
        (f"{record}/mode", "enum: only the vendor's has ['crypto'], only ours has []"),
        (f"{record}/mode", "required: vendor no, ours yes"),
        (f"{record}/memo", "field only in the vendor's"),
        (f"{S}/Invoice/properties/automaticTaxesEnabled", "field only in ours"),
    ])  # fmt: skip
    assert [(d.pointer, d.text, q) for d, q in result.explained] == [
        ("#/components/responses/Forbidden", "status only in ours", "Q17"),
    ]
    assert result.lines()[-2] == "summary: 8 differences: 1 explained by spec/QUIRKS.md (Q17 x1), 7 new"


def test_a_split_spec_with_an_external_ref_is_read_relative_to_its_file(tmp_path: Path) -> None:
    vendor = ours()
    error = vendor["components"]["schemas"].pop("ErrorResponse")
    error["properties"]["statusCode"] = {"type": "number"}  # Q23 (integers where the vendor says number)
    totals = vendor["components"]["schemas"].pop("TotalSummary")
    totals["properties"]["shipping"] = {"$ref": "#/components/schemas/Money"}  # new; a ref local to the common file
    common = {"components": {"schemas": {"ErrorResponse": error, "TotalSummary": totals, "Money": {"type": "number"}}}}
    write(tmp_path / "common" / "common-schemas.json", common)
    text = json.dumps(vendor)
    for name in ("ErrorResponse", "TotalSummary"):
        text = text.replace(
            f'"#/components/schemas/{name}"', f'"../common/common-schemas.json#/components/schemas/{name}"'
        )
    main = tmp_path / "apps" / "invoices.json"
    main.parent.mkdir()
    main.write_text(text, encoding="utf-8")
    result = compare_files(main)
    assert {(d.pointer, d.text, q) for d, q in result.explained} == {
        (f"{S}/ErrorResponse/properties/statusCode", "type: vendor number, ours integer", "Q23"),
    }
    assert {(d.pointer, d.text) for d in result.new} == {
        (f"{S}/TotalSummary/properties/shipping", "field only in the vendor's"),
    }


def test_the_most_specific_row_wins() -> None:
    quirks = [Quirk("Q17", (f"{S}/ErrorResponse",)), Quirk("Q23", (f"{S}/ErrorResponse/properties/statusCode",))]
    diffs = [Difference(f"{S}/ErrorResponse/properties/statusCode", "x", "y"),
             Difference(f"{S}/ErrorResponse/properties/message", "x", "y"),
             Difference(f"{S}/ErrorResponseX", "x", "y")]  # fmt: skip
    explained, new = vendor_diff.explain(diffs, quirks)
    assert [q for _, q in explained] == ["Q23", "Q17"]
    assert new == [diffs[2]]  # a pointer covers its subtree, not a sibling sharing a prefix


def test_quirks_table_has_the_covers_column_and_every_pointer_is_a_node_of_our_spec() -> None:
    assert (
        "| id | what the vendor's pages say | what the spec says | why | covers |\n|---|---|---|---|---|" in QUIRKS_TEXT
    )
    rows = read_quirks(QUIRKS_TEXT)
    numbers = [int(r.id[1:]) for r in rows]
    assert numbers == sorted(set(numbers))  # unique and ascending; each stream numbers in its own range
    dangling = []
    for row in rows:
        for cover in row.covers:
            document, _, node = cover.rpartition("#")  # "#/..." is ours; "oauth.yaml#/..." the OAuth document
            if not vendor_diff.names_a_node(load_spec(document or INVOICES), f"#{node}"):
                dangling.append((row.id, cover))
    assert dangling == []


def test_a_left_out_field_is_named_under_a_properties_node_of_ours() -> None:
    spec = load_spec(INVOICES)
    assert vendor_diff.names_a_node(spec, "#/components/schemas/Invoice/properties/invoiceNumber")
    assert vendor_diff.names_a_node(spec, "#/components/schemas/Invoice/properties/noSuchField")
    assert not vendor_diff.names_a_node(spec, "#/components/schemas/NoSuchSchema/properties/noSuchField")
    assert not vendor_diff.names_a_node(spec, "#/components/schemas/Invoice/noSuchKeyword")
    assert not vendor_diff.names_a_node(spec, "#/components/schemas/NoSuchSchema")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "highlevel_conformance", "vendor-diff", *args],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


def test_command_exit_status_is_1_when_something_is_new(tmp_path: Path) -> None:
    vendor = ours()
    vendor["components"]["schemas"]["Invoice"]["properties"]["invoiceNumber"] = {"type": "number"}
    explained_only = run_cli(str(write(tmp_path / "a.json", vendor)))
    assert explained_only.returncode == 0, explained_only.stdout
    del vendor["components"]["schemas"]["Invoice"]["properties"]["automaticTaxesEnabled"]
    with_new = run_cli(str(write(tmp_path / "b.json", vendor)))
    assert with_new.returncode == 1
    assert (
        "  NEW   DELETE /invoices/{invoiceId} response 200 body.automaticTaxesEnabled: field only in ours  "
        in with_new.stdout
    )


@pytest.mark.parametrize("content", [None, "{not json", "[1, 2]"])
def test_command_refuses_what_is_not_a_document_in_one_line(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "vendor.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run_cli(str(path))
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"highlevel-conformance: vendor-diff: {path}")
