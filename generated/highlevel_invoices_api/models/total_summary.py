from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import field_error, not_an_object

T = TypeVar("T", bound="TotalSummary")


@_attrs_define
class TotalSummary:
    """Totals of an invoice

    Attributes:
        sub_total (float): An amount of money in the invoice's currency Example: 999.
        discount (float): An amount of money in the invoice's currency Example: 999.
        tax (float): An amount of money in the invoice's currency Example: 999.
    """

    sub_total: float
    discount: float
    tax: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_total = self.sub_total

        discount = self.discount

        tax = self.tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subTotal": sub_total,
                "discount": discount,
                "tax": tax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("TotalSummary", src_dict)
        d = dict(src_dict)
        try:
            _sub_total = d.pop("subTotal")
            if (
                _sub_total.__class__ is not float
                and _sub_total.__class__ is not int
                and (not isinstance(_sub_total, (int, float)) or isinstance(_sub_total, bool))
            ):
                raise TypeError
            sub_total = _sub_total

        except Exception as exc:
            field_error(exc, src_dict, "subTotal", "number")

        try:
            _discount = d.pop("discount")
            if (
                _discount.__class__ is not float
                and _discount.__class__ is not int
                and (not isinstance(_discount, (int, float)) or isinstance(_discount, bool))
            ):
                raise TypeError
            discount = _discount

        except Exception as exc:
            field_error(exc, src_dict, "discount", "number")

        try:
            _tax = d.pop("tax")
            if (
                _tax.__class__ is not float
                and _tax.__class__ is not int
                and (not isinstance(_tax, (int, float)) or isinstance(_tax, bool))
            ):
                raise TypeError
            tax = _tax

        except Exception as exc:
            field_error(exc, src_dict, "tax", "number")

        total_summary = cls(
            sub_total=sub_total,
            discount=discount,
            tax=tax,
        )

        total_summary.additional_properties = d
        return total_summary

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
