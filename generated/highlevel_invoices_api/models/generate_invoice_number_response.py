from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, model_repr, not_an_object, number_as_string

T = TypeVar("T", bound="GenerateInvoiceNumberResponse")


@_attrs_define
class GenerateInvoiceNumberResponse:
    """
    Attributes:
        invoice_number (str | Unset): The next invoice number of the location, without prefix (QUIRKS Q101) Example: 19.
    """

    invoice_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        invoice_number = self.invoice_number
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("GenerateInvoiceNumberResponse", src_dict)
        d = dict(src_dict)
        # QUIRKS Q1: x-quirk in spec/invoices.yaml
        try:
            invoice_number: str | Unset = number_as_string(d.pop("invoiceNumber", UNSET))
            if invoice_number is not UNSET and (
                invoice_number.__class__ is not str and not isinstance(invoice_number, str)
            ):
                raise TypeError
        except Exception as exc:
            invoice_number = field_error(exc, src_dict, d, "invoiceNumber", "string")

        generate_invoice_number_response = cls(
            invoice_number=invoice_number,
        )

        generate_invoice_number_response.additional_properties = d
        return generate_invoice_number_response

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
