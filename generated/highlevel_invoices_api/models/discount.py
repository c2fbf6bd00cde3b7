from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Discount")


@_attrs_define
class Discount:
    """Discount

    Attributes:
        type_ (DiscountType): Discount type Default: DiscountType.PERCENTAGE. Example: percentage.
        value (float | Unset): Discount Value (a percentage or a fixed amount, per `type`) Default: 0.0. Example: 10.
        valid_on_product_ids (list[str] | Unset): Product Ids on which discount is applicable Example:
            ['6579751d56f60276e5bd4154'].
    """

    type_: DiscountType = DiscountType.PERCENTAGE
    value: float | Unset = 0.0
    valid_on_product_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        valid_on_product_ids: list[str] | Unset = UNSET
        if not isinstance(self.valid_on_product_ids, Unset):
            valid_on_product_ids = self.valid_on_product_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if valid_on_product_ids is not UNSET:
            field_dict["validOnProductIds"] = valid_on_product_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DiscountType(d.pop("type"))

        value = d.pop("value", UNSET)

        valid_on_product_ids = cast(list[str], d.pop("validOnProductIds", UNSET))

        discount = cls(
            type_=type_,
            value=value,
            valid_on_product_ids=valid_on_product_ids,
        )

        discount.additional_properties = d
        return discount

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
