"""vendor-diff: small vendor-like documents made from our spec, each with known differences."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import highlevel_spec as specs
from contract_tests.shared import require
from highlevel_conformance import vendor_diff
from highlevel_conformance.vendor_diff import (
    Difference,
    Edition,
    EditionFile,
    Quirk,
    compare_files,
    load_edition,
    read_edition,
    read_quirks,
)
from highlevel_spec import INVOICES, load_spec, spec_path

S = "#/components/schemas"
QUIRKS_TEXT = spec_path("QUIRKS.md").read_text(encoding="utf-8")
EDITION = load_edition()


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
    new = sorted((d.pointer, d.text) for d in result.new)
    assert new == [
        # an estimate's item is our InvoiceItem plus attachments (allOf): a field the vendor's estimate item has
        # and ours lacks is named where ours would list it
        (f"{S}/EstimateItem/allOf/1/properties/unit", "field only in the vendor's"),
        (f"{S}/InvoiceItem/properties/unit", "field only in the vendor's"),  # not hidden by Q2
    ]


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


def test_a_difference_in_a_schema_of_ours_made_with_allof_is_named_in_its_own_branch(tmp_path: Path) -> None:
    vendor = ours()
    schemas = vendor["components"]["schemas"]
    schemas["EstimateItem"]["allOf"][1]["properties"]["unit"] = {"type": "string"}  # only the vendor's estimate items
    del schemas["InvoiceSettingsBusinessDetails"]["allOf"][1]["required"]  # the settings' business name optional
    result = compare_files(write(tmp_path / "vendor.json", vendor))
    assert sorted((d.pointer, d.text) for d in result.new) == [
        (f"{S}/EstimateItem/allOf/1/properties/unit", "field only in the vendor's"),  # not the shared InvoiceItem
        # and the flag where our branch sets it, not on the shared BusinessDetails
        (f"{S}/InvoiceSettingsBusinessDetails/allOf/1/required", "required: vendor no, ours yes"),
    ]
    spec = load_spec(INVOICES)
    assert all(vendor_diff.names_a_node(spec, d.pointer) for d in result.new)  # a QUIRKS row could cover each


def test_a_file_moved_below_the_folder_its_refs_start_from_is_read_from_the_folder_above(tmp_path: Path) -> None:
    # The vendor's apps/v3/invoices-v3.json keeps the "../common/common-schemas.json" refs of apps/invoices.json.
    vendor = ours()
    error = vendor["components"]["schemas"].pop("ErrorResponse")
    error["properties"]["statusCode"] = {"type": "number"}  # Q23
    write(tmp_path / "common" / "common-schemas.json", {"components": {"schemas": {"ErrorResponse": error}}})
    moved = tmp_path / "apps" / "v3" / "invoices-v3.json"
    moved.parent.mkdir(parents=True)
    moved.write_text(json.dumps(vendor).replace('"#/components/schemas/ErrorResponse"',
                                                '"../common/common-schemas.json#/components/schemas/ErrorResponse"'),
                     encoding="utf-8")  # fmt: skip
    result = compare_files(moved)
    assert result.new == []
    assert [(d.pointer, d.text, q) for d, q in result.explained] == [
        (f"{S}/ErrorResponse/properties/statusCode", "type: vendor number, ours integer", "Q23"),
    ]
    assert result.lines()[3] == (f"note: its relative $refs do not resolve from {moved.parent.resolve()}; read from "
                                 f"{(tmp_path / 'apps').resolve()}, as if the file were there")  # fmt: skip
    (tmp_path / "common" / "common-schemas.json").unlink()  # resolvable from nowhere: the first error, in one line
    failed = run_cli(str(moved))
    assert failed.returncode == 2
    assert failed.stderr.splitlines() == [
        f"highlevel-conformance: vendor-diff: {moved.resolve()}: cannot resolve $ref "
        f"'../common/common-schemas.json#/components/schemas/ErrorResponse': [Errno 2] No such file or directory: "
        f"'{(tmp_path / 'apps' / 'common' / 'common-schemas.json').resolve()}'"
    ]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_edition_record_names_each_vendor_file_once_by_commit_date_and_digest() -> None:
    assert EDITION.repository == "GoHighLevel/highlevel-api-docs"
    paths = [f.path for f in EDITION.files]
    assert len(paths) == len(set(paths)) and "apps/invoices.json" in paths
    for commit, date in [(EDITION.commit, EDITION.date), *((f.commit, f.date) for f in EDITION.files)]:
        assert re.fullmatch(r"[0-9a-f]{7,40}", commit), commit
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), date


@pytest.mark.parametrize("entry", EDITION.files, ids=lambda f: f.path)
def test_each_recorded_vendor_file_is_that_edition_and_has_no_new_difference(entry: EditionFile) -> None:
    # The vendor's documents as published (../shared/vendor beside the repository; not part of the project).
    path = require("vendor", entry.path, what="the vendor's published OpenAPI documents")
    assert sha256(path) == entry.sha256
    result = compare_files(path)
    assert (result.new, result.vendor_operations) == ([], entry.operations)
    assert result.lines()[2] == f"edition: this file is {entry.path} of that edition (same sha256)"
    document, _ = vendor_diff.load_vendor(path)
    versions = {str(value) for _, _, op in specs.operations(document)
                for param in op.get("parameters", []) if param.get("name") == "Version"
                for value in param["schema"]["enum"]}  # fmt: skip
    assert versions == {entry.version}


def test_the_output_names_the_recorded_edition_and_says_when_the_file_is_another(tmp_path: Path) -> None:
    main = write(tmp_path / "apps" / "invoices.json", ours())
    recorded = next(f for f in EDITION.files if f.path == "apps/invoices.json")
    lines = compare_files(main).lines()
    assert lines[1] == f"edition: spec/ was last reconciled with {EDITION.describe()} (spec/vendor-edition.yaml)"
    assert lines[2] == (f"edition: this file is not the apps/invoices.json the spec was reconciled with (sha256 "
                        f"{sha256(main)[:12]}, recorded {recorded.sha256[:12]}): a different edition; reconcile the "
                        "spec with it and update spec/vendor-edition.yaml")  # fmt: skip
    elsewhere = write(tmp_path / "vendor.json", ours())
    assert compare_files(elsewhere).lines()[2] == f"edition: this file is none of the recorded files (sha256 " \
                                                  f"{sha256(elsewhere)[:12]})"  # fmt: skip
    same = Edition("o/r", "abc1234", "2026-01-01", (EditionFile("apps/invoices.json", "abc1234", "2026-01-01",
                                                                sha256(main)),))  # fmt: skip
    assert compare_files(main, edition=same).lines()[1:3] == [
        "edition: spec/ was last reconciled with o/r at abc1234 (2026-01-01): apps/invoices.json as of abc1234 "
        "(2026-01-01) (spec/vendor-edition.yaml)",
        "edition: this file is apps/invoices.json of that edition (same sha256)",
    ]


GOOD_FILE = "{path: apps/invoices.json, version: v3, commit: abc1234, date: '2026-01-01', operations: 42, sha256: " + \
    "a" * 64 + "}"  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not: [yaml", "not valid YAML"),
        ("files: []", "files: expected a non-empty list of the vendor's files"),
        (f"repository: o/r\ncommit: abc1234\ndate: 2026-01-01\nfiles: [{GOOD_FILE}]",
         "date: expected a non-empty string, got datetime.date(2026, 1, 1)"),  # an unquoted date is not a string
        (f"repository: o/r\ncommit: abc1234\ndate: '2026-01-01'\nfiles: [{GOOD_FILE.replace('a' * 64, 'abc')}]",
         "files[0].sha256: expected 64 hexadecimal digits, got 'abc'"),
        (f"repository: o/r\ncommit: abc1234\ndate: '2026-01-01'\nfiles: [{GOOD_FILE.replace(', operations: 42', '')}]",
         "files[0].operations: expected a count of operations, got None"),
    ],
)  # fmt: skip
def test_a_malformed_edition_record_is_one_line_naming_the_field(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=r"^spec/vendor-edition\.yaml: ") as caught:
        read_edition(text)
    assert message in str(caught.value) and "\n" not in str(caught.value)


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
    # the edition the spec was reconciled with, and whether this file is it
    assert explained_only.stdout.splitlines()[1:3] == [
        f"edition: spec/ was last reconciled with {EDITION.describe()} (spec/vendor-edition.yaml)",
        f"edition: this file is none of the recorded files (sha256 {sha256(tmp_path / 'a.json')[:12]})",
    ]
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


def recursive_document(name_type: str) -> dict[str, Any]:
    """A node whose `parent` is a node, written the OpenAPI 3.0 way (a $ref wrapped in allOf)."""
    node = {"allOf": [{"type": "object", "properties": {
        "name": {"type": name_type}, "parent": {"allOf": [{"$ref": "#/components/schemas/Node"}]}}}]}  # fmt: skip
    answer = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}
    return {"paths": {"/nodes": {"get": {"operationId": "get-node", "responses": {"200": answer}}}},
            "components": {"schemas": {"Node": node}}}  # fmt: skip


def test_a_schema_that_contains_itself_through_allof_is_compared_once_around() -> None:
    found = vendor_diff.compare(recursive_document("number"), recursive_document("string"))
    assert [(d.pointer, d.text) for d in found] == [
        ("#/components/schemas/Node/allOf/0/properties/name", "type: vendor number, ours string"),
    ]


def test_comparing_leaves_both_documents_as_they_were() -> None:
    # A schema with fields of its own and allOf branches: merging the branches must not write into the document.
    document = recursive_document("string")
    document["components"]["schemas"]["Node"] = {"type": "object", "properties": {"id": {"type": "string"}},
                                                  "allOf": [{"properties": {"name": {"type": "string"}}}]}  # fmt: skip
    vendor, mine = copy.deepcopy(document), copy.deepcopy(document)
    assert vendor_diff.compare(vendor, mine) == []
    assert (vendor, mine) == (document, document)


def test_make_exits_2_where_the_command_exits_1_as_the_readme_says(tmp_path: Path) -> None:
    """GNU make exits 2 whenever its recipe fails: the README gives each entry point's own statuses."""
    vendor = ours()
    del vendor["components"]["schemas"]["Invoice"]["properties"]["automaticTaxesEnabled"]
    path = write(tmp_path / "new.json", vendor)
    assert run_cli(str(path)).returncode == 1  # the command: a new difference
    root = Path(__file__).resolve().parents[2]
    made = subprocess.run(["make", "-s", "vendor-diff", f"VENDOR_SPEC={path}"], cwd=root,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert made.returncode == 2, made.stderr
    assert "  NEW   DELETE /invoices/{invoiceId} response 200 body.automaticTaxesEnabled" in made.stdout
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "`make` itself exits 2 whenever the command it runs fails" in " ".join(readme.split())
