from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateFrequencySettings")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateFrequencySettings:
    """Whether and how often the estimate recurs

    Attributes:
        enabled (bool): Enable recurring estimates Example: False.
        schedule (ScheduleOptions): When and how often a schedule generates invoices
    """

    enabled: bool
    schedule: ScheduleOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.enabled, Unset):
            enabled = self.enabled
            field_dict["enabled"] = enabled

        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateFrequencySettings", src_dict)
        d = dict(src_dict)
        try:
            enabled: bool = d.pop("enabled")
            if enabled.__class__ is not bool and not isinstance(enabled, bool):
                raise TypeError
        except Exception as exc:
            enabled = field_error(exc, src_dict, d, "enabled", "boolean")

        try:
            _schedule = d.pop("schedule")
            schedule = ScheduleOptions.from_dict(_schedule)

        except Exception as exc:
            schedule = field_error(exc, src_dict, d, "schedule", "object (ScheduleOptions)")

        estimate_frequency_settings = cls(
            enabled=enabled,
            schedule=schedule,
        )

        estimate_frequency_settings.additional_properties = d
        return estimate_frequency_settings

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
from ..models.schedule_options import ScheduleOptions
