"""The spec's ``webhooks`` section: the seven invoice events, their one body, and the QUIRKS rows behind it."""

from __future__ import annotations

import copy
import re
from typing import Any

import attrs
import pytest

from contract_tests import spec_tools
from contract_tests.seeds import all_blocks
from highlevel_conformance import vendor_diff
from highlevel_invoices_api.models import InvoiceEvent, InvoiceEventType
from highlevel_spec import spec_path

SPEC = spec_tools.load_spec()
EVENTS = ["InvoiceCreate", "InvoiceUpdate", "InvoiceSent", "InvoicePaid", "InvoicePartiallyPaid", "InvoiceVoid",
          "InvoiceDelete"]  # fmt: skip
ENVELOPE = {"type", "locationId", "timestamp", "webhookId"}


def body_pointer(event: str) -> str:
    return f"#/webhooks/{event}/post/requestBody/content/application~1json/schema"


def seed_event(event: str) -> dict[str, Any]:
    """The update page's invoice (seed 003:131) with its totals and an envelope: a body the vendor could send."""
    invoice = next(b.value for b in all_blocks()["003_15c2cf5722629fae"] if b.line == 131)
    return {
        **copy.deepcopy(invoice),
        "totalSummary": {"subTotal": 999, "discount": 0, "tax": 0},
        "type": event,
        "locationId": invoice["altId"],
        "timestamp": "2025-01-28T14:35:00Z",
        "webhookId": "abc123xyz",
    }


def test_webhooks_are_the_seven_invoice_events_in_their_own_section() -> None:
    assert list(SPEC["webhooks"]) == EVENTS
    keys = list(SPEC)
    assert keys.index("paths") < keys.index("webhooks") < keys.index("components")
    assert spec_tools.resolve("#/components/schemas/InvoiceEventType")["enum"] == EVENTS


@pytest.mark.parametrize("event", EVENTS)
def test_each_event_is_a_signed_post_of_the_shared_body_with_its_own_type(event: str) -> None:
    item = SPEC["webhooks"][event]
    assert list(item) == ["post"]
    op = item["post"]
    assert op["security"] == []
    assert [p["$ref"] for p in op["parameters"]] == [
        "#/components/parameters/GhlSignature",
        "#/components/parameters/WhSignature",
    ]
    schema = spec_tools.resolve(body_pointer(event))
    assert schema["allOf"][0] == {"$ref": "#/components/schemas/InvoiceEvent"}
    assert schema["allOf"][1]["properties"]["type"] == {"const": event}
    assert op["requestBody"]["required"] is True
    assert set(op["responses"]) == {"200"}
    assert op["summary"] and op["description"]


def test_signature_headers() -> None:
    current = spec_tools.resolve("#/components/parameters/GhlSignature")
    legacy = spec_tools.resolve("#/components/parameters/WhSignature")
    assert (current["name"], current["in"], current["required"]) == ("X-GHL-Signature", "header", True)
    assert (legacy["name"], legacy["in"], legacy["required"], legacy["deprecated"]) == (
        "X-WH-Signature",
        "header",
        False,
        True,
    )


def test_the_body_is_the_invoice_answer_plus_the_envelope() -> None:
    body = spec_tools.resolve("#/components/schemas/InvoiceEvent")
    assert body["allOf"] == [
        {"$ref": "#/components/schemas/InvoiceWithSummary"},
        {"$ref": "#/components/schemas/InvoiceEventEnvelope"},
    ]
    envelope = spec_tools.resolve("#/components/schemas/InvoiceEventEnvelope")
    assert set(envelope["required"]) == ENVELOPE == set(envelope["properties"])


@pytest.mark.parametrize("event", EVENTS)
def test_a_vendor_invoice_with_an_envelope_is_a_valid_body_of_its_own_event_only(event: str) -> None:
    body = seed_event(event)
    assert spec_tools.error_paths(body_pointer(event), body) == {}
    other = EVENTS[(EVENTS.index(event) + 1) % len(EVENTS)]
    assert set(spec_tools.error_paths(body_pointer(other), body)) == {"/type"}


@pytest.mark.parametrize("field", sorted(ENVELOPE))
def test_a_body_without_an_envelope_field_is_refused(field: str) -> None:
    """QUIRKS Q70: the vendor's examples lack them; the spec requires them."""
    body = seed_event("InvoicePaid")
    del body[field]
    errors = spec_tools.error_paths(body_pointer("InvoicePaid"), body)
    assert list(errors) == [""]
    assert repr(field) in errors[""]


def test_the_vendor_delete_example_status_is_outside_the_spec() -> None:
    """QUIRKS Q71: ``status: "delete"`` is not an ``InvoiceStatus``; the client tolerates it, the spec does not."""
    body = {**seed_event("InvoiceDelete"), "status": "delete"}
    assert set(spec_tools.error_paths(body_pointer("InvoiceDelete"), body)) == {"/status"}


def test_the_vendor_update_example_address_string_is_outside_the_spec() -> None:
    """QUIRKS Q72: a string ``businessDetails.address``; the client tolerates it (Q8), the spec does not."""
    body = seed_event("InvoiceUpdate")
    body["businessDetails"] = {**body["businessDetails"], "address": "9931 Beechwood, TX"}
    assert set(spec_tools.error_paths(body_pointer("InvoiceUpdate"), body)) == {"/businessDetails/address"}


def test_the_generated_event_model_carries_the_envelope() -> None:
    names = {f.name for f in attrs.fields(InvoiceEvent)}
    assert {"type_", "location_id", "timestamp", "webhook_id", "total_summary", "status"} <= names
    assert [member.value for member in InvoiceEventType] == sorted(EVENTS)
    assert InvoiceEventType.INVOICE_PARTIALLY_PAID.value == "InvoicePartiallyPaid"


def _quirk_rows() -> dict[str, list[str]]:
    """{id: the covers cell's pointers} for every row that has a fifth cell."""
    rows: dict[str, list[str]] = {}
    for line in spec_path("QUIRKS.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| (Q\d+) \|", line)
        if not match:
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) == 5:
            rows[match.group(1)] = re.findall(r"`(#/[^`]*)`", cells[4])
    return rows


def test_every_covers_pointer_names_a_node_of_the_spec() -> None:
    rows = _quirk_rows()
    assert {"Q70", "Q71", "Q72", "Q73"} <= set(rows)
    dangling = [(qid, p) for qid, pointers in rows.items() for p in pointers if not vendor_diff.names_a_node(SPEC, p)]
    assert dangling == []


def test_the_webhook_rows_cover_every_node_they_explain() -> None:
    rows = _quirk_rows()
    assert set(rows["Q70"]) == {
        "#/components/schemas/InvoiceEventEnvelope",
        "#/components/schemas/InvoiceEventType",
        "#/components/schemas/InvoiceEvent/allOf/1",
        *(f"{body_pointer(e)}/allOf/1/properties/type" for e in EVENTS),
    }
    assert rows["Q71"] == rows["Q72"] == ["#/components/schemas/InvoiceEvent/allOf/0"]
    assert rows["Q73"] == []
