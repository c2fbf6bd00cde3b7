from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.estimate_payment_schedule_dates_deposit_date_type import EstimatePaymentScheduleDatesDepositDateType
from ..models.estimate_payment_schedule_dates_schedule_date_type import EstimatePaymentScheduleDatesScheduleDateType
from ..types import Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimatePaymentScheduleDates")


def _deposit_date_type_member(
    value: EstimatePaymentScheduleDatesDepositDateType | Literal["estimate_accepted", "custom"],
) -> EstimatePaymentScheduleDatesDepositDateType:
    if isinstance(value, EstimatePaymentScheduleDatesDepositDateType):
        return value
    return enum_member(
        EstimatePaymentScheduleDatesDepositDateType, value, "EstimatePaymentScheduleDates.deposit_date_type"
    )


def _schedule_date_type_member(
    value: EstimatePaymentScheduleDatesScheduleDateType | Literal["regular_interval", "custom"],
) -> EstimatePaymentScheduleDatesScheduleDateType:
    if isinstance(value, EstimatePaymentScheduleDatesScheduleDateType):
        return value
    return enum_member(
        EstimatePaymentScheduleDatesScheduleDateType, value, "EstimatePaymentScheduleDates.schedule_date_type"
    )


@_attrs_define(on_setattr=setters.NO_OP)
class EstimatePaymentScheduleDates:
    """When the deposit and the scheduled payments fall due

    Attributes:
        deposit_date_type (EstimatePaymentScheduleDatesDepositDateType):  Example: estimate_accepted.
        schedule_date_type (EstimatePaymentScheduleDatesScheduleDateType):  Example: regular_interval.
    """

    deposit_date_type: EstimatePaymentScheduleDatesDepositDateType = _attrs_field(converter=_deposit_date_type_member)
    schedule_date_type: EstimatePaymentScheduleDatesScheduleDateType = _attrs_field(
        converter=_schedule_date_type_member
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.deposit_date_type, Unset):
            deposit_date_type = self.deposit_date_type.value
            field_dict["depositDateType"] = deposit_date_type

        if not isinstance(self.schedule_date_type, Unset):
            schedule_date_type = self.schedule_date_type.value
            field_dict["scheduleDateType"] = schedule_date_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimatePaymentScheduleDates", src_dict)
        d = dict(src_dict)
        try:
            _deposit_date_type = d.pop("depositDateType")
            deposit_date_type = EstimatePaymentScheduleDatesDepositDateType(_deposit_date_type)

        except Exception as exc:
            deposit_date_type = field_error(
                exc, src_dict, d, "depositDateType", "string (EstimatePaymentScheduleDatesDepositDateType)"
            )

        try:
            _schedule_date_type = d.pop("scheduleDateType")
            schedule_date_type = EstimatePaymentScheduleDatesScheduleDateType(_schedule_date_type)

        except Exception as exc:
            schedule_date_type = field_error(
                exc, src_dict, d, "scheduleDateType", "string (EstimatePaymentScheduleDatesScheduleDateType)"
            )

        estimate_payment_schedule_dates = cls(
            deposit_date_type=deposit_date_type,
            schedule_date_type=schedule_date_type,
        )

        estimate_payment_schedule_dates.additional_properties = d
        return estimate_payment_schedule_dates

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
