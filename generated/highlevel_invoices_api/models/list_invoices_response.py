from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import field_error, not_an_object

T = TypeVar("T", bound="ListInvoicesResponse")


@_attrs_define
class ListInvoicesResponse:
    """
    Attributes:
        invoices (list[Invoice]):
        total (int): Total number of invoices that match the filters Example: 1.
    """

    invoices: list[Invoice]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoices": invoices,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("ListInvoicesResponse", src_dict)
        d = dict(src_dict)
        invoices: list[Invoice] = []
        try:
            _invoices = d.pop("invoices")
            if _invoices.__class__ is not list and not isinstance(_invoices, list):
                raise TypeError
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = Invoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        except Exception as exc:
            field_error(exc, src_dict, "invoices", "array of object (Invoice)", invoices, "object (Invoice)")

        try:
            total: int = d.pop("total")
            if total.__class__ is not int and (not isinstance(total, int) or isinstance(total, bool)):
                if not (isinstance(total, float) and float.is_integer(total)):
                    raise TypeError
                total = int(total)
        except Exception as exc:
            field_error(exc, src_dict, "total", "integer")

        list_invoices_response = cls(
            invoices=invoices,
            total=total,
        )

        list_invoices_response.additional_properties = d
        return list_invoices_response

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
