from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.payment_schedule_type import PaymentScheduleType
from ..types import Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="PaymentSchedule")


def _type__member(value: PaymentScheduleType | Literal["fixed", "percentage"]) -> PaymentScheduleType:
    if isinstance(value, PaymentScheduleType):
        return value
    return enum_member(PaymentScheduleType, value, "PaymentSchedule.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class PaymentSchedule:
    """split invoice into payment schedule summing up to full invoice amount

    Attributes:
        type_ (PaymentScheduleType): Payment schedule type Example: percentage.
        schedules (list[str]): payment schedule item Example: ['6578278e879ad2646715ba9f'].
    """

    type_: PaymentScheduleType = _attrs_field(converter=_type__member)
    schedules: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.schedules, Unset):
            schedules = self.schedules

            field_dict["schedules"] = schedules

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
            type_ = field_error(exc, src_dict, d, "type", "string (PaymentScheduleType)")

        schedules: list[str] = []
        try:
            _schedules = d.pop("schedules")
            if _schedules.__class__ is not list and not isinstance(_schedules, list):
                raise TypeError
            schedules = []
            for schedules_item_index, schedules_item_data in enumerate(_schedules):
                try:
                    if schedules_item_data.__class__ is not str and not isinstance(schedules_item_data, str):
                        raise TypeError
                    schedules_item = schedules_item_data

                except Exception as exc:
                    item_error(exc, src_dict, d, "schedules", schedules_item_index, "string", schedules_item_data)
                    continue
                schedules.append(schedules_item)

        except Exception as exc:
            schedules = field_error(exc, src_dict, d, "schedules", "array of string")

        payment_schedule = cls(
            type_=type_,
            schedules=schedules,
        )

        payment_schedule.additional_properties = d
        return payment_schedule

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
