from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_schedule_type import PaymentScheduleType

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
        d = dict(src_dict)
        type_ = PaymentScheduleType(d.pop("type"))

        schedules = cast(list[str], d.pop("schedules"))

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
