from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="UpdateInvoiceLastVisitedAtRequest")


@_attrs_define(on_setattr=setters.NO_OP)
class UpdateInvoiceLastVisitedAtRequest:
    """The invoice that was just visited

    Attributes:
        invoice_id (str): Invoice Id Example: 6578278e879ad2646715ba9c.
    """

    invoice_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.invoice_id, Unset):
            invoice_id = self.invoice_id
            field_dict["invoiceId"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("UpdateInvoiceLastVisitedAtRequest", src_dict)
        d = dict(src_dict)
        try:
            invoice_id: str = d.pop("invoiceId")
            if invoice_id.__class__ is not str and not isinstance(invoice_id, str):
                raise TypeError
        except Exception as exc:
            invoice_id = field_error(exc, src_dict, d, "invoiceId", "string")

        update_invoice_last_visited_at_request = cls(
            invoice_id=invoice_id,
        )

        update_invoice_last_visited_at_request.additional_properties = d
        return update_invoice_last_visited_at_request

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
