from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="SendInvoiceResponse")


@_attrs_define(on_setattr=setters.NO_OP)
class SendInvoiceResponse:
    """
    Attributes:
        invoice (Invoice): An invoice
        sms_data (SendInvoiceResponseSmsData): What was sent by SMS Example: {}.
        email_data (SendInvoiceResponseEmailData): What was sent by email Example: {}.
    """

    invoice: Invoice
    sms_data: SendInvoiceResponseSmsData
    email_data: SendInvoiceResponseEmailData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()
            field_dict["invoice"] = invoice

        if not isinstance(self.sms_data, Unset):
            sms_data = self.sms_data.to_dict()
            field_dict["smsData"] = sms_data

        if not isinstance(self.email_data, Unset):
            email_data = self.email_data.to_dict()
            field_dict["emailData"] = email_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("SendInvoiceResponse", src_dict)
        d = dict(src_dict)
        try:
            _invoice = d.pop("invoice")
            invoice = Invoice.from_dict(_invoice)

        except Exception as exc:
            invoice = field_error(exc, src_dict, d, "invoice", "object (Invoice)")

        try:
            _sms_data = d.pop("smsData")
            sms_data = SendInvoiceResponseSmsData.from_dict(_sms_data)

        except Exception as exc:
            sms_data = field_error(exc, src_dict, d, "smsData", "object (SendInvoiceResponseSmsData)")

        try:
            _email_data = d.pop("emailData")
            email_data = SendInvoiceResponseEmailData.from_dict(_email_data)

        except Exception as exc:
            email_data = field_error(exc, src_dict, d, "emailData", "object (SendInvoiceResponseEmailData)")

        send_invoice_response = cls(
            invoice=invoice,
            sms_data=sms_data,
            email_data=email_data,
        )

        send_invoice_response.additional_properties = d
        return send_invoice_response

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: these models may import this one in turn.
from ..models.invoice import Invoice
from ..models.send_invoice_response_email_data import SendInvoiceResponseEmailData
from ..models.send_invoice_response_sms_data import SendInvoiceResponseSmsData
