from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="ScheduleOptions")


@_attrs_define
class ScheduleOptions:
    """When and how often a schedule generates invoices

    Attributes:
        execute_at (str | Unset): When the schedule runs next Example: 2024-02-01T20:45:00.000Z.
        rrule (RRule | Unset): Recurrence rule of a schedule
    """

    execute_at: str | Unset = UNSET
    rrule: RRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        execute_at = self.execute_at
        if execute_at is not UNSET:
            field_dict["executeAt"] = execute_at

        rrule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rrule, Unset):
            rrule = self.rrule.to_dict()
        if rrule is not UNSET:
            field_dict["rrule"] = rrule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("ScheduleOptions", src_dict)
        d = dict(src_dict)
        try:
            execute_at: str | Unset = d.pop("executeAt", UNSET)
            if execute_at is not UNSET and (execute_at.__class__ is not str and not isinstance(execute_at, str)):
                raise TypeError
        except Exception as exc:
            execute_at = field_error(exc, src_dict, d, "executeAt", "string")

        rrule: RRule | Unset = UNSET
        try:
            _rrule = d.pop("rrule", UNSET)
            if _rrule is not UNSET:
                rrule = RRule.from_dict(_rrule)

        except Exception as exc:
            rrule = field_error(exc, src_dict, d, "rrule", "object (RRule)")

        schedule_options = cls(
            execute_at=execute_at,
            rrule=rrule,
        )

        schedule_options.additional_properties = d
        return schedule_options

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
from ..models.r_rule import RRule
