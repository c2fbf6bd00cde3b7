from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="TipsConfiguration")


@_attrs_define(on_setattr=setters.NO_OP)
class TipsConfiguration:
    """tips configuration for the invoice

    Attributes:
        tips_percentage (list[float | str]): Percentage of tips allowed: numbers, or numbers written as strings (the
            vendor's spec types them strings, its pages send numbers; QUIRKS Q4, Q29) Example: [5, 10, 15].
        tips_enabled (bool): Tips enabled status Example: True.
    """

    tips_percentage: list[float | str]
    tips_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.tips_percentage, Unset):
            tips_percentage = []
            for tips_percentage_item_data in self.tips_percentage:
                tips_percentage_item: float | str
                tips_percentage_item = tips_percentage_item_data
                tips_percentage.append(tips_percentage_item)

            field_dict["tipsPercentage"] = tips_percentage

        if not isinstance(self.tips_enabled, Unset):
            tips_enabled = self.tips_enabled
            field_dict["tipsEnabled"] = tips_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("TipsConfiguration", src_dict)
        d = dict(src_dict)
        tips_percentage: list[float | str] = []
        try:
            _tips_percentage = d.pop("tipsPercentage")
            if _tips_percentage.__class__ is not list and not isinstance(_tips_percentage, list):
                raise TypeError
            tips_percentage = []
            for tips_percentage_item_index, tips_percentage_item_data in enumerate(_tips_percentage):
                try:

                    def _parse_tips_percentage_item(data: object) -> float | str:
                        if isinstance(data, (float, int, str)) and not isinstance(data, bool):
                            return cast(float | str, data)
                        raise TypeError(f"expected float or int or str, got {type(data).__name__}")

                    tips_percentage_item = _parse_tips_percentage_item(tips_percentage_item_data)

                except Exception as exc:
                    item_error(
                        exc,
                        src_dict,
                        d,
                        "tipsPercentage",
                        tips_percentage_item_index,
                        "float | str",
                        tips_percentage_item_data,
                    )
                    continue
                tips_percentage.append(tips_percentage_item)

        except Exception as exc:
            tips_percentage = field_error(exc, src_dict, d, "tipsPercentage", "array of float | str")

        try:
            tips_enabled: bool = d.pop("tipsEnabled")
            if tips_enabled.__class__ is not bool and not isinstance(tips_enabled, bool):
                raise TypeError
        except Exception as exc:
            tips_enabled = field_error(exc, src_dict, d, "tipsEnabled", "boolean")

        tips_configuration = cls(
            tips_percentage=tips_percentage,
            tips_enabled=tips_enabled,
        )

        tips_configuration.additional_properties = d
        return tips_configuration

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
