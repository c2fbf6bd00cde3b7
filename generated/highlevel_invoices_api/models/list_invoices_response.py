from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="ListInvoicesResponse")


@_attrs_define(on_setattr=setters.NO_OP)
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

            field_dict["invoices"] = invoices

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

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
            for invoices_item_index, invoices_item_data in enumerate(_invoices):
                try:
                    invoices_item = Invoice.from_dict(invoices_item_data)

                except Exception as exc:
                    item_error(
                        exc, src_dict, d, "invoices", invoices_item_index, "object (Invoice)", invoices_item_data
                    )
                    continue
                invoices.append(invoices_item)

        except Exception as exc:
            invoices = field_error(exc, src_dict, d, "invoices", "array of object (Invoice)")

        try:
            total: int = d.pop("total")
            if total.__class__ is not int and (not isinstance(total, int) or isinstance(total, bool)):
                if not (isinstance(total, float) and float.is_integer(total)):
                    raise TypeError
                total = int(total)
        except Exception as exc:
            total = field_error(exc, src_dict, d, "total", "integer")

        list_invoices_response = cls(
            invoices=invoices,
            total=total,
        )

        list_invoices_response.additional_properties = d
        return list_invoices_response

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
