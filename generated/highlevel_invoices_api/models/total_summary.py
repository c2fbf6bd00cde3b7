from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="TotalSummary")


@_attrs_define(on_setattr=setters.NO_OP)
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.sub_total, Unset):
            sub_total = self.sub_total
            field_dict["subTotal"] = sub_total

        if not isinstance(self.discount, Unset):
            discount = self.discount
            field_dict["discount"] = discount

        if not isinstance(self.tax, Unset):
            tax = self.tax
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("TotalSummary", src_dict)
        d = dict(src_dict)
        try:
            sub_total: float = d.pop("subTotal")
            if (
                sub_total.__class__ is not float
                and sub_total.__class__ is not int
                and (not isinstance(sub_total, (int, float)) or isinstance(sub_total, bool))
            ):
                raise TypeError
        except Exception as exc:
            sub_total = field_error(exc, src_dict, d, "subTotal", "number")

        try:
            discount: float = d.pop("discount")
            if (
                discount.__class__ is not float
                and discount.__class__ is not int
                and (not isinstance(discount, (int, float)) or isinstance(discount, bool))
            ):
                raise TypeError
        except Exception as exc:
            discount = field_error(exc, src_dict, d, "discount", "number")

        try:
            tax: float = d.pop("tax")
            if (
                tax.__class__ is not float
                and tax.__class__ is not int
                and (not isinstance(tax, (int, float)) or isinstance(tax, bool))
            ):
                raise TypeError
        except Exception as exc:
            tax = field_error(exc, src_dict, d, "tax", "number")

        total_summary = cls(
            sub_total=sub_total,
            discount=discount,
            tax=tax,
        )

        total_summary.additional_properties = d
        return total_summary

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
