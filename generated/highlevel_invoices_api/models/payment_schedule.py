from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_schedule_type import PaymentScheduleType
from ..types import field_error, not_an_object

T = TypeVar("T", bound="PaymentSchedule")


@_attrs_define
class PaymentSchedule:
    """split invoice into payment schedule summing up to full invoice amount

    Attributes:
        type_ (PaymentScheduleType): Payment schedule type Example: percentage.
        schedules (list[str]): payment schedule item Example: ['6578278e879ad2646715ba9f'].
    """

    type_: PaymentScheduleType
    schedules: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        schedules = self.schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "schedules": schedules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("PaymentSchedule", src_dict)
        d = dict(src_dict)
        try:
            _type_ = d.pop("type")
            type_ = PaymentScheduleType(_type_)

        except Exception as exc:
            field_error(exc, src_dict, "type", "string (PaymentScheduleType)")

        schedules: list[str] = []
        try:
            _schedules = d.pop("schedules")
            if _schedules.__class__ is not list and not isinstance(_schedules, list):
                raise TypeError
            schedules = []
            for schedules_item_data in _schedules:
                if schedules_item_data.__class__ is not str and not isinstance(schedules_item_data, str):
                    raise TypeError
                schedules_item = schedules_item_data

                schedules.append(schedules_item)

        except Exception as exc:
            field_error(exc, src_dict, "schedules", "array of string", schedules, "string")

        payment_schedule = cls(
            type_=type_,
            schedules=schedules,
        )

        payment_schedule.additional_properties = d
        return payment_schedule

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
