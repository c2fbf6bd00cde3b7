from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="Text2PayResponse")


@_attrs_define(on_setattr=setters.NO_OP)
class Text2PayResponse:
    """
    Attributes:
        invoice (Invoice): An invoice
        invoice_url (str): preview url of generated invoice Example:
            https://link.example.com/invoice/6578278e879ad2646715ba9c.
    """

    invoice: Invoice
    invoice_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()
            field_dict["invoice"] = invoice

        if not isinstance(self.invoice_url, Unset):
            invoice_url = self.invoice_url
            field_dict["invoiceUrl"] = invoice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("Text2PayResponse", src_dict)
        d = dict(src_dict)
        try:
            _invoice = d.pop("invoice")
            invoice = Invoice.from_dict(_invoice)

        except Exception as exc:
            invoice = field_error(exc, src_dict, d, "invoice", "object (Invoice)")

        try:
            invoice_url: str = d.pop("invoiceUrl")
            if invoice_url.__class__ is not str and not isinstance(invoice_url, str):
                raise TypeError
        except Exception as exc:
            invoice_url = field_error(exc, src_dict, d, "invoiceUrl", "string")

        text_2_pay_response = cls(
            invoice=invoice,
            invoice_url=invoice_url,
        )

        text_2_pay_response.additional_properties = d
        return text_2_pay_response

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
