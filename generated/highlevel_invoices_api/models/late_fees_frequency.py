from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.late_fees_frequency_interval import LateFeesFrequencyInterval
from ..types import UNSET, Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="LateFeesFrequency")


def _interval_member(
    value: LateFeesFrequencyInterval | Literal["minute", "hour", "day", "week", "month", "one_time"],
) -> LateFeesFrequencyInterval:
    if isinstance(value, LateFeesFrequencyInterval):
        return value
    return enum_member(LateFeesFrequencyInterval, value, "LateFeesFrequency.interval")


@_attrs_define(on_setattr=setters.NO_OP)
class LateFeesFrequency:
    """Late Fees Frequency

    Attributes:
        interval (LateFeesFrequencyInterval): Late fees interval Example: day.
        interval_count (float | Unset): Late fees interval count Example: 10.
    """

    interval: LateFeesFrequencyInterval = _attrs_field(converter=_interval_member)
    interval_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.interval, Unset):
            interval = self.interval.value
            field_dict["interval"] = interval

        interval_count = self.interval_count
        if interval_count is not UNSET:
            field_dict["intervalCount"] = interval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("LateFeesFrequency", src_dict)
        d = dict(src_dict)
        try:
            _interval = d.pop("interval")
            interval = LateFeesFrequencyInterval(_interval)

        except Exception as exc:
            interval = field_error(exc, src_dict, d, "interval", "string (LateFeesFrequencyInterval)")

        try:
            interval_count: float | Unset = d.pop("intervalCount", UNSET)
            if interval_count is not UNSET and (
                interval_count.__class__ is not float
                and interval_count.__class__ is not int
                and (not isinstance(interval_count, (int, float)) or isinstance(interval_count, bool))
            ):
                raise TypeError
        except Exception as exc:
            interval_count = field_error(exc, src_dict, d, "intervalCount", "number")

        late_fees_frequency = cls(
            interval=interval,
            interval_count=interval_count,
        )

        late_fees_frequency.additional_properties = d
        return late_fees_frequency

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
