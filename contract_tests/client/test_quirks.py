"""Each quirk patch: the raw generated behaviour on the vendor's payload, then the fixed one."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from contract_tests import spec_tools
from highlevel_invoices import models
from highlevel_invoices.quirks import business_address, error_message, invoice_number
from highlevel_invoices.quirks._patch import models_with_field, original_from_dict
from highlevel_invoices_api.types import DecodeError

from .conftest import INVOICE, INVOICE_WITH_SUMMARY, SCHEDULE, SEND_RESPONSE, Recorder, sync_client


def test_q25_unknown_enum_value_keeps_its_raw_string() -> None:
    payload = {**INVOICE, "status": "refunded"}  # a status the vendor may add tomorrow
    invoice = models.Invoice.from_dict(payload)
    assert invoice.status.value == "refunded"
    assert invoice.status not in list(models.InvoiceStatus)  # not mistaken for a known member
    assert invoice.to_dict()["status"] == "refunded"  # round-trips unchanged
    assert models.InvoiceStatus("sent") is models.InvoiceStatus.SENT


def test_q25_unknown_enum_through_the_client() -> None:
    recorder = Recorder(httpx.Response(200, json={**INVOICE_WITH_SUMMARY, "status": "scheduled"}))
    invoice = sync_client(recorder).get_invoice("i", alt_id="l", alt_type=models.AltType.LOCATION)
    assert str(invoice.status) == "scheduled"


def test_q1_numeric_invoice_number_becomes_a_string() -> None:
    payload = {**INVOICE, "invoiceNumber": 19}
    raw = original_from_dict(models.Invoice, invoice_number.__name__)
    with pytest.raises(DecodeError) as info:  # the generated model checks the spec's type: a string
        raw(payload)
    assert str(info.value) == "invoiceNumber: expected string, got integer 19"
    assert models.Invoice.from_dict(payload).invoice_number == "19"
    assert models.Invoice.from_dict({**INVOICE, "invoiceNumber": 7.0}).invoice_number == "7"
    assert models.Invoice.from_dict({**INVOICE, "invoiceNumber": "INV-19"}).invoice_number == "INV-19"


def test_q1_applies_to_every_model_with_an_invoice_number() -> None:
    patched = models_with_field("invoice_number")
    assert models.Invoice in patched and models.InvoiceWithSummary in patched
    for model in patched:
        assert invoice_number.__name__ in model.__dict__["__quirk_originals__"]
    nested = copy.deepcopy(SEND_RESPONSE)
    nested["invoice"]["invoiceNumber"] = 20
    assert models.SendInvoiceResponse.from_dict(nested).invoice.invoice_number == "20"


def test_q8_string_business_address_is_kept_as_address_line_1() -> None:
    payload = {**INVOICE, "businessDetails": {"name": "Alex", "address": "9931 Beechwood, TX"}}
    raw = original_from_dict(models.BusinessDetails, business_address.__name__)
    with pytest.raises((TypeError, ValueError, AttributeError)):
        raw(payload["businessDetails"])  # the generated decoder cannot take a string
    invoice = models.Invoice.from_dict(payload)
    assert isinstance(invoice.business_details.address, models.Address)
    assert invoice.business_details.address.address_line_1 == "9931 Beechwood, TX"
    unchanged = models.Invoice.from_dict(INVOICE).business_details.address  # objects stay objects
    assert isinstance(unchanged, models.Address) and unchanged.city == "St. Houston"


def test_q8_string_business_address_is_kept_in_the_settings_business_details_too() -> None:
    details = {"name": "Alex", "address": "9931 Beechwood, TX"}
    raw = original_from_dict(models.InvoiceSettingsBusinessDetails, business_address.__name__)
    with pytest.raises((TypeError, ValueError, AttributeError)):
        raw(details)
    settings = models.InvoiceSettings.from_dict({"businessDetails": details})
    assert isinstance(settings.business_details, models.InvoiceSettingsBusinessDetails)
    assert isinstance(settings.business_details.address, models.Address)
    assert settings.business_details.address.address_line_1 == "9931 Beechwood, TX"


@pytest.mark.parametrize(
    ("message", "expected"),
    [("Bad Request", ["Bad Request"]), (["a", "b"], ["a", "b"]), (None, []), (["a", 3], ["a", "3"]), (5, ["5"])],
)
def test_q17_error_message_is_always_a_list(message: Any, expected: list[str]) -> None:
    assert error_message.normalize(message) == expected
    # Both forms are valid against the spec's ErrorResponse, so the raw model holds either one; a number is
    # neither, so the model refuses it (naming the field) while ``normalize`` still makes a list of it.
    body = {"statusCode": 400, "message": message} if message is not None else {}
    if isinstance(message, (str, list)):
        assert models.ErrorResponse.from_dict(body).message == message
    elif message is not None:
        with pytest.raises(DecodeError, match="message"):
            models.ErrorResponse.from_dict(body)


def test_q2_line_items_in_responses_are_objects() -> None:
    vendor_type = {"type": "array", "items": {"type": "string"}}  # what the vendor's pages declare
    from jsonschema import Draft202012Validator

    assert not Draft202012Validator(vendor_type).is_valid(INVOICE["invoiceItems"])
    assert spec_tools.error_paths("#/components/schemas/Invoice/properties/invoiceItems", INVOICE["invoiceItems"]) == {}
    item = models.Invoice.from_dict(INVOICE).invoice_items[0]
    assert isinstance(item, models.InvoiceItem)
    assert (item.name, item.qty, item.amount, item.field_id) == ("Macbook Pro", 1, 999, "c6tZZU0rJBf30ZXx9Gli")
    schedule_item = models.InvoiceSchedule.from_dict(SCHEDULE).items[0]
    assert isinstance(schedule_item, models.InvoiceItem)


def test_installing_twice_is_harmless() -> None:
    invoice_number.install()
    business_address.install()
    assert models.Invoice.from_dict({**INVOICE, "invoiceNumber": 3}).invoice_number == "3"
