"""Each quirk fix: the raw vendor payload against the decoder with the fix off, then the fixed decode.

The fixes live in the generated package: a field whose schema in ``spec/invoices.yaml`` carries
``x-quirk: Qn`` goes through the fix of that row (``highlevel_invoices_api.types``) before its type
check (``overrides/templates/quirks.jinja``). "The fix off" is the same generated decoder with that
one name bound to a function that changes nothing (``quirk_off``); a field of the same type without
the extension shows the same refusal on the generic path.
"""

from __future__ import annotations

import copy
import inspect
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest

import highlevel_invoices as hl_pkg
from contract_tests import spec_tools
from highlevel_invoices import models
from highlevel_invoices._errors import error_messages
from highlevel_invoices_api import types
from highlevel_invoices_api.types import DecodeError

from . import helpers
from .helpers import Recorder, sync_client

S = "#/components/schemas"
FIXES = {"Q1": types.number_as_string, "Q8": types.string_as_address, "Q26": types.list_literal_as_list}


def quirk_off(monkeypatch: pytest.MonkeyPatch, fix: Callable[[Any], Any], *classes: type[Any]) -> None:
    """The generated decoders of ``classes`` with ``fix`` replaced by a function that changes nothing."""
    for cls in classes:
        module = sys.modules[cls.__module__]
        assert getattr(module, fix.__name__) is fix, f"{cls.__name__} does not decode through {fix.__name__}"
        monkeypatch.setattr(module, fix.__name__, lambda value: value)


def x_quirks(node: Any = None, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    """(JSON pointer, value) of every ``x-quirk`` in the spec."""
    node = spec_tools.load_spec() if node is None else node
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-quirk":
                yield pointer, value
            else:
                yield from x_quirks(value, f"{pointer}/{spec_tools.escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from x_quirks(value, f"{pointer}/{index}")


def test_every_x_quirk_of_the_spec_is_a_quirks_row_with_a_fix() -> None:
    found = dict(x_quirks())
    assert sorted(set(found.values())) == ["Q1", "Q26", "Q8"]
    assert set(found.values()) <= set(FIXES)
    assert f"{S}/BusinessDetails/properties/address" in found
    assert f"{S}/Discount/properties/validOnProductIds" in found
    assert f"{S}/Invoice/properties/invoiceNumber" in found


def test_the_generated_package_alone_decodes_with_the_fixes() -> None:
    """No import of ``highlevel_invoices`` patches anything: ``highlevel_invoices_api`` decodes the same by itself."""
    payload = {
        **helpers.INVOICE,
        "invoiceNumber": 19,
        "businessDetails": {"name": "Alex", "address": "9931 Beechwood, TX"},
        "discount": {"type": "percentage", "value": 10, "validOnProductIds": "[ 'p1', 'p2' ]"},
    }
    script = (
        "import json, sys\n"
        "from highlevel_invoices_api.models import Invoice\n"
        "invoice = Invoice.from_dict(json.loads(sys.stdin.read()))\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'highlevel_invoices'], 'the client was imported'\n"
        "print(json.dumps([invoice.invoice_number, invoice.business_details.address.address_line_1,"
        " invoice.discount.valid_on_product_ids]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps(payload), capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["19", "9931 Beechwood, TX", ["p1", "p2"]]


def test_q25_unknown_enum_value_keeps_its_raw_string() -> None:
    payload = {**helpers.INVOICE, "status": "refunded"}  # a status the vendor may add tomorrow
    invoice = models.Invoice.from_dict(payload)
    assert invoice.status.value == "refunded"
    assert invoice.status not in list(models.InvoiceStatus)  # not mistaken for a known member
    assert invoice.to_dict()["status"] == "refunded"  # round-trips unchanged
    assert models.InvoiceStatus("sent") is models.InvoiceStatus.SENT


@pytest.mark.filterwarnings("ignore::highlevel_invoices.ResponseDriftWarning")  # reported on purpose: found below
def test_q25_unknown_enum_through_the_client() -> None:
    recorder = Recorder(httpx.Response(200, json={**helpers.INVOICE_WITH_SUMMARY, "status": "scheduled"}))
    found: list[hl_pkg.Departure] = []
    # the tolerant client (the default) keeps it and reports it
    invoice = sync_client(recorder, strict=False, on_departure=found.append).get_invoice(
        "i", alt_id="l", alt_type=models.AltType.LOCATION
    )
    assert str(invoice.status) == "scheduled"
    assert [(d.path, d.kind, d.got) for d in found] == [("status", "enum", "string 'scheduled'")]
    with pytest.raises(hl_pkg.ResponseValidationError) as strict:  # a strict client (the tests') refuses it
        sync_client(recorder).get_invoice("i", alt_id="l", alt_type=models.AltType.LOCATION)
    assert strict.value.json_path == "status"


def test_q1_numeric_invoice_number_becomes_a_string(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = {**helpers.INVOICE, "invoiceNumber": 19}
    assert spec_tools.error_paths(f"{S}/Invoice", payload) == {"/invoiceNumber": "19 is not of type 'string'"}
    with monkeypatch.context() as off:
        quirk_off(off, types.number_as_string, models.Invoice)
        with pytest.raises(DecodeError) as info:  # the generated model checks the spec's type: a string
            models.Invoice.from_dict(payload)
    assert str(info.value) == "invoiceNumber: expected string, got integer 19"
    assert models.Invoice.from_dict(payload).invoice_number == "19"
    assert models.Invoice.from_dict({**helpers.INVOICE, "invoiceNumber": 7.0}).invoice_number == "7"
    assert models.Invoice.from_dict({**helpers.INVOICE, "invoiceNumber": 7.5}).invoice_number == "7.5"
    assert models.Invoice.from_dict({**helpers.INVOICE, "invoiceNumber": "INV-19"}).invoice_number == "INV-19"
    with pytest.raises(DecodeError, match="invoiceNumber: expected string, got boolean True"):
        models.Invoice.from_dict({**helpers.INVOICE, "invoiceNumber": True})  # not a number either: still refused
    # A string field without the extension refuses the same number (the generic path).
    with pytest.raises(DecodeError, match="^invoiceNumberPrefix: expected string, got integer 19$"):
        models.InvoiceSettings.from_dict({"invoiceNumberPrefix": 19})


def test_q1_applies_to_every_model_with_an_invoice_number() -> None:
    with_field = [m for m in _all_models() if "invoice_number" in {f.name for f in attrs.fields(m)}]
    assert models.Invoice in with_field and models.InvoiceWithSummary in with_field
    assert models.InvoiceEvent in with_field  # takes the field through allOf, and the extension with it
    for model in with_field:  # each decodes its invoice number through the fix
        source = inspect.getsource(model.from_dict)
        assert 'number_as_string(d.pop("invoiceNumber"' in source, model.__name__
    nested = copy.deepcopy(helpers.SEND_RESPONSE)
    nested["invoice"]["invoiceNumber"] = 20
    assert models.SendInvoiceResponse.from_dict(nested).invoice.invoice_number == "20"
    envelope = {"type": "InvoiceCreate", "locationId": "l", "timestamp": "2025-01-28T14:35:00Z", "webhookId": "w"}
    event = {**helpers.INVOICE_WITH_SUMMARY, **envelope, "invoiceNumber": 21}
    assert models.InvoiceEvent.from_dict(event).invoice_number == "21"
    assert models.GenerateInvoiceNumberResponse.from_dict({"invoiceNumber": 22}).invoice_number == "22"


def test_q8_string_business_address_is_kept_as_address_line_1(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = {**helpers.INVOICE, "businessDetails": {"name": "Alex", "address": "9931 Beechwood, TX"}}
    assert spec_tools.error_paths(f"{S}/Invoice", payload) == {
        "/businessDetails/address": "'9931 Beechwood, TX' is not of type 'object'"
    }
    with monkeypatch.context() as off:
        quirk_off(off, types.string_as_address, models.BusinessDetails)
        with pytest.raises((TypeError, ValueError, AttributeError)):
            models.BusinessDetails.from_dict(payload["businessDetails"])  # the generated decoder cannot take a string
    invoice = models.Invoice.from_dict(payload)
    assert isinstance(invoice.business_details.address, models.Address)
    assert invoice.business_details.address.address_line_1 == "9931 Beechwood, TX"
    unchanged = models.Invoice.from_dict(helpers.INVOICE).business_details.address  # objects stay objects
    assert isinstance(unchanged, models.Address) and unchanged.city == "St. Houston"
    # The contact's address has no extension: a string there is refused, naming its path.
    contact = {
        **helpers.INVOICE,
        "contactDetails": {**helpers.INVOICE["contactDetails"], "address": "9931 Beechwood, TX"},
    }
    with pytest.raises(DecodeError) as info:
        models.Invoice.from_dict(contact)
    assert info.value.path == ("contactDetails", "address")


def test_q26_product_ids_written_as_a_list_literal(monkeypatch: pytest.MonkeyPatch) -> None:
    vendor = {"type": "percentage", "value": 10, "validOnProductIds": "[ '6579751d56f60276e5bd4154' ]"}
    assert spec_tools.error_paths(f"{S}/Discount", vendor) == {
        "/validOnProductIds": "\"[ '6579751d56f60276e5bd4154' ]\" is not of type 'array'"
    }
    with monkeypatch.context() as off:
        quirk_off(off, types.list_literal_as_list, models.Discount)
        with pytest.raises(DecodeError) as info:
            models.Discount.from_dict(vendor)
    assert str(info.value) == (
        "validOnProductIds: expected array of string, got string \"[ '6579751d56f60276e5bd4154' ]\""
    )
    assert models.Discount.from_dict(vendor).valid_on_product_ids == ["6579751d56f60276e5bd4154"]
    with pytest.raises(DecodeError) as other:
        models.Discount.from_dict({**vendor, "validOnProductIds": "6579751d56f60276e5bd4154"})
    assert other.value.path == ("validOnProductIds",)
    # Another array of strings, without the extension, refuses the same text (the generic path).
    with pytest.raises(DecodeError) as generic:
        models.BusinessDetails.from_dict({"customValues": vendor["validOnProductIds"]})
    assert generic.value.path == ("customValues",)


def test_q8_string_business_address_is_kept_in_the_settings_business_details_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    details = {"name": "Alex", "address": "9931 Beechwood, TX"}
    with monkeypatch.context() as off:
        quirk_off(off, types.string_as_address, models.InvoiceSettingsBusinessDetails)
        with pytest.raises((TypeError, ValueError, AttributeError)):
            models.InvoiceSettingsBusinessDetails.from_dict(details)  # the generated decoder cannot take a string
    settings = models.InvoiceSettings.from_dict({"businessDetails": details})
    assert isinstance(settings.business_details, models.InvoiceSettingsBusinessDetails)
    assert isinstance(settings.business_details.address, models.Address)
    assert settings.business_details.address.address_line_1 == "9931 Beechwood, TX"


@pytest.mark.parametrize(
    ("message", "expected"),
    [("Bad Request", ["Bad Request"]), (["a", "b"], ["a", "b"]), (None, []), (["a", 3], ["a", "3"]), (5, ["5"])],
)
def test_q17_error_message_is_always_a_list(message: Any, expected: list[str]) -> None:
    assert error_messages(message) == expected
    # Both forms are valid against the spec's ErrorResponse, so the raw model holds either one; a number is
    # neither, so the model refuses it (naming the field) while ``error_messages`` still makes a list of it.
    body = {"statusCode": 400, "message": message} if message is not None else {}
    if isinstance(message, (str, list)):
        assert models.ErrorResponse.from_dict(body).message == message
    elif message is not None:
        with pytest.raises(DecodeError, match="message"):
            models.ErrorResponse.from_dict(body)


def test_q2_line_items_in_responses_are_objects() -> None:
    vendor_type = {"type": "array", "items": {"type": "string"}}  # what the vendor's pages declare
    from jsonschema import Draft202012Validator

    assert not Draft202012Validator(vendor_type).is_valid(helpers.INVOICE["invoiceItems"])
    assert (
        spec_tools.error_paths("#/components/schemas/Invoice/properties/invoiceItems", helpers.INVOICE["invoiceItems"])
        == {}
    )
    item = models.Invoice.from_dict(helpers.INVOICE).invoice_items[0]
    assert isinstance(item, models.InvoiceItem)
    assert (item.name, item.qty, item.amount, item.field_id) == ("Macbook Pro", 1, 999, "c6tZZU0rJBf30ZXx9Gli")
    schedule_item = models.InvoiceSchedule.from_dict(helpers.SCHEDULE).items[0]
    assert isinstance(schedule_item, models.InvoiceItem)


def test_decoding_twice_is_harmless() -> None:
    # The fixes are plain functions called by the decoder: nothing is installed, nothing accumulates.
    first = models.Invoice.from_dict({**helpers.INVOICE, "invoiceNumber": 3})
    assert models.Invoice.from_dict(first.to_dict()) == first
    assert models.Invoice.from_dict({**helpers.INVOICE, "invoiceNumber": 3}).invoice_number == "3"


def _all_models() -> list[type[Any]]:
    return [v for v in vars(models).values() if isinstance(v, type) and attrs.has(v)]
