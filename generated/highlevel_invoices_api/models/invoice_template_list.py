from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceTemplateList")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceTemplateList:
    """
    Attributes:
        data (list[InvoiceTemplate]):
        total_count (int): Total number of templates that match the filters Example: 1.
    """

    data: list[InvoiceTemplate]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data

        if not isinstance(self.total_count, Unset):
            total_count = self.total_count
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceTemplateList", src_dict)
        d = dict(src_dict)
        data: list[InvoiceTemplate] = []
        try:
            _data = d.pop("data")
            if _data.__class__ is not list and not isinstance(_data, list):
                raise TypeError
            data = []
            for data_item_index, data_item_data in enumerate(_data):
                try:
                    data_item = InvoiceTemplate.from_dict(data_item_data)

                except Exception as exc:
                    item_error(exc, src_dict, d, "data", data_item_index, "object (InvoiceTemplate)", data_item_data)
                    continue
                data.append(data_item)

        except Exception as exc:
            data = field_error(exc, src_dict, d, "data", "array of object (InvoiceTemplate)")

        try:
            total_count: int = d.pop("totalCount")
            if total_count.__class__ is not int and (not isinstance(total_count, int) or isinstance(total_count, bool)):
                if not (isinstance(total_count, float) and float.is_integer(total_count)):
                    raise TypeError
                total_count = int(total_count)
        except Exception as exc:
            total_count = field_error(exc, src_dict, d, "totalCount", "integer")

        invoice_template_list = cls(
            data=data,
            total_count=total_count,
        )

        invoice_template_list.additional_properties = d
        return invoice_template_list

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
from ..models.invoice_template import InvoiceTemplate
