from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.estimate_payment_schedule_config_type import EstimatePaymentScheduleConfigType
from ..types import Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimatePaymentScheduleConfig")


def _type__member(
    value: EstimatePaymentScheduleConfigType | Literal["fixed", "percentage"],
) -> EstimatePaymentScheduleConfigType:
    if isinstance(value, EstimatePaymentScheduleConfigType):
        return value
    return enum_member(EstimatePaymentScheduleConfigType, value, "EstimatePaymentScheduleConfig.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimatePaymentScheduleConfig:
    """Payment schedule of the invoice made from the estimate

    Attributes:
        type_ (EstimatePaymentScheduleConfigType):  Example: percentage.
        date_config (EstimatePaymentScheduleDates): When the deposit and the scheduled payments fall due
        schedules (list[Any]): The scheduled payments (shape not documented, QUIRKS Q92) Example: [].
    """

    type_: EstimatePaymentScheduleConfigType = _attrs_field(converter=_type__member)
    date_config: EstimatePaymentScheduleDates
    schedules: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.date_config, Unset):
            date_config = self.date_config.to_dict()
            field_dict["dateConfig"] = date_config

        if not isinstance(self.schedules, Unset):
            schedules = self.schedules

            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimatePaymentScheduleConfig", src_dict)
        d = dict(src_dict)
        try:
            _type_ = d.pop("type")
            type_ = EstimatePaymentScheduleConfigType(_type_)

        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string (EstimatePaymentScheduleConfigType)")

        try:
            _date_config = d.pop("dateConfig")
            date_config = EstimatePaymentScheduleDates.from_dict(_date_config)

        except Exception as exc:
            date_config = field_error(exc, src_dict, d, "dateConfig", "object (EstimatePaymentScheduleDates)")

        schedules: list[Any] = []
        try:
            _schedules = d.pop("schedules")
            if _schedules.__class__ is not list and not isinstance(_schedules, list):
                raise TypeError
            schedules = []
            for schedules_item_index, schedules_item_data in enumerate(_schedules):
                try:
                    schedules_item = schedules_item_data

                except Exception as exc:
                    item_error(exc, src_dict, d, "schedules", schedules_item_index, "Any", schedules_item_data)
                    continue
                schedules.append(schedules_item)

        except Exception as exc:
            schedules = field_error(exc, src_dict, d, "schedules", "array of Any")

        estimate_payment_schedule_config = cls(
            type_=type_,
            date_config=date_config,
            schedules=schedules,
        )

        estimate_payment_schedule_config.additional_properties = d
        return estimate_payment_schedule_config

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
from ..models.estimate_payment_schedule_dates import EstimatePaymentScheduleDates
