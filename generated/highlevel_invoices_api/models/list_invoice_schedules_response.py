from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="ListInvoiceSchedulesResponse")


@_attrs_define(on_setattr=setters.NO_OP)
class ListInvoiceSchedulesResponse:
    """
    Attributes:
        schedules (list[InvoiceSchedule]):
        total (int): Total number of schedules that match the filters Example: 1.
    """

    schedules: list[InvoiceSchedule]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

            field_dict["schedules"] = schedules

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("ListInvoiceSchedulesResponse", src_dict)
        d = dict(src_dict)
        schedules: list[InvoiceSchedule] = []
        try:
            _schedules = d.pop("schedules")
            if _schedules.__class__ is not list and not isinstance(_schedules, list):
                raise TypeError
            schedules = []
            for schedules_item_index, schedules_item_data in enumerate(_schedules):
                try:
                    schedules_item = InvoiceSchedule.from_dict(schedules_item_data)

                except Exception as exc:
                    item_error(
                        exc,
                        src_dict,
                        d,
                        "schedules",
                        schedules_item_index,
                        "object (InvoiceSchedule)",
                        schedules_item_data,
                    )
                    continue
                schedules.append(schedules_item)

        except Exception as exc:
            schedules = field_error(exc, src_dict, d, "schedules", "array of object (InvoiceSchedule)")

        try:
            total: int = d.pop("total")
            if total.__class__ is not int and (not isinstance(total, int) or isinstance(total, bool)):
                if not (isinstance(total, float) and float.is_integer(total)):
                    raise TypeError
                total = int(total)
        except Exception as exc:
            total = field_error(exc, src_dict, d, "total", "integer")

        list_invoice_schedules_response = cls(
            schedules=schedules,
            total=total,
        )

        list_invoice_schedules_response.additional_properties = d
        return list_invoice_schedules_response

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
from ..models.invoice_schedule import InvoiceSchedule
