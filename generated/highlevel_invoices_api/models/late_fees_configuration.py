from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.late_fees_configuration_type import LateFeesConfigurationType
from ..types import UNSET, Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="LateFeesConfiguration")


def _type__member(value: LateFeesConfigurationType | Literal["fixed", "percentage"]) -> LateFeesConfigurationType:
    if isinstance(value, LateFeesConfigurationType):
        return value
    return enum_member(LateFeesConfigurationType, value, "LateFeesConfiguration.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class LateFeesConfiguration:
    """late fees configuration

    Attributes:
        enable (bool): Enable late fees Example: True.
        value (float): Late Fees Value Example: 10.
        type_ (LateFeesConfigurationType): Late Fees Type Example: fixed.
        frequency (LateFeesFrequency): Late Fees Frequency
        grace (LateFeesGrace | Unset): Late Fees Grace
        max_late_fees (MaxLateFees | Unset): Max late fees payable
    """

    enable: bool
    value: float
    type_: LateFeesConfigurationType = _attrs_field(converter=_type__member)
    frequency: LateFeesFrequency
    grace: LateFeesGrace | Unset = UNSET
    max_late_fees: MaxLateFees | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.enable, Unset):
            enable = self.enable
            field_dict["enable"] = enable

        if not isinstance(self.value, Unset):
            value = self.value
            field_dict["value"] = value

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.to_dict()
            field_dict["frequency"] = frequency

        grace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grace, Unset):
            grace = self.grace.to_dict()
        if grace is not UNSET:
            field_dict["grace"] = grace

        max_late_fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_late_fees, Unset):
            max_late_fees = self.max_late_fees.to_dict()
        if max_late_fees is not UNSET:
            field_dict["maxLateFees"] = max_late_fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("LateFeesConfiguration", src_dict)
        d = dict(src_dict)
        try:
            enable: bool = d.pop("enable")
            if enable.__class__ is not bool and not isinstance(enable, bool):
                raise TypeError
        except Exception as exc:
            enable = field_error(exc, src_dict, d, "enable", "boolean")

        try:
            value: float = d.pop("value")
            if (
                value.__class__ is not float
                and value.__class__ is not int
                and (not isinstance(value, (int, float)) or isinstance(value, bool))
            ):
                raise TypeError
        except Exception as exc:
            value = field_error(exc, src_dict, d, "value", "number")

        try:
            _type_ = d.pop("type")
            type_ = LateFeesConfigurationType(_type_)

        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string (LateFeesConfigurationType)")

        try:
            _frequency = d.pop("frequency")
            frequency = LateFeesFrequency.from_dict(_frequency)

        except Exception as exc:
            frequency = field_error(exc, src_dict, d, "frequency", "object (LateFeesFrequency)")

        grace: LateFeesGrace | Unset = UNSET
        try:
            _grace = d.pop("grace", UNSET)
            if _grace is not UNSET:
                grace = LateFeesGrace.from_dict(_grace)

        except Exception as exc:
            grace = field_error(exc, src_dict, d, "grace", "object (LateFeesGrace)")

        max_late_fees: MaxLateFees | Unset = UNSET
        try:
            _max_late_fees = d.pop("maxLateFees", UNSET)
            if _max_late_fees is not UNSET:
                max_late_fees = MaxLateFees.from_dict(_max_late_fees)

        except Exception as exc:
            max_late_fees = field_error(exc, src_dict, d, "maxLateFees", "object (MaxLateFees)")

        late_fees_configuration = cls(
            enable=enable,
            value=value,
            type_=type_,
            frequency=frequency,
            grace=grace,
            max_late_fees=max_late_fees,
        )

        late_fees_configuration.additional_properties = d
        return late_fees_configuration

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
from ..models.late_fees_frequency import LateFeesFrequency
from ..models.late_fees_grace import LateFeesGrace
from ..models.max_late_fees import MaxLateFees
