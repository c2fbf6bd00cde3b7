from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.max_late_fees_type import MaxLateFeesType
from ..types import Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="MaxLateFees")


def _type__member(value: MaxLateFeesType | Literal["fixed"]) -> MaxLateFeesType:
    if isinstance(value, MaxLateFeesType):
        return value
    return enum_member(MaxLateFeesType, value, "MaxLateFees.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class MaxLateFees:
    """Max late fees payable

    Attributes:
        type_ (MaxLateFeesType):  Example: fixed.
        value (float): Max late fees to pay Example: 10.
    """

    type_: MaxLateFeesType = _attrs_field(converter=_type__member)
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.value, Unset):
            value = self.value
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("MaxLateFees", src_dict)
        d = dict(src_dict)
        try:
            _type_ = d.pop("type")
            type_ = MaxLateFeesType(_type_)

        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string (MaxLateFeesType)")

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

        max_late_fees = cls(
            type_=type_,
            value=value,
        )

        max_late_fees.additional_properties = d
        return max_late_fees

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
