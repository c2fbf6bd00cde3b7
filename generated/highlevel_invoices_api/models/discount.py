from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset, enum_member, field_error, item_error, list_literal_as_list, model_repr, not_an_object

T = TypeVar("T", bound="Discount")


def _type__member(value: DiscountType | Literal["percentage", "fixed"]) -> DiscountType:
    if isinstance(value, DiscountType):
        return value
    return enum_member(DiscountType, value, "Discount.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class Discount:
    """Discount

    Attributes:
        type_ (DiscountType): Discount type Default: DiscountType.PERCENTAGE. Example: percentage.
        value (float | Unset): Discount Value (a percentage or a fixed amount, per `type`) Default: 0.0. Example: 10.
        valid_on_product_ids (list[str] | Unset): Product Ids on which discount is applicable Example:
            ['6579751d56f60276e5bd4154'].
    """

    type_: DiscountType = _attrs_field(default=DiscountType.PERCENTAGE, converter=_type__member)
    value: float | Unset = 0.0
    valid_on_product_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        valid_on_product_ids: list[str] | Unset = UNSET
        if not isinstance(self.valid_on_product_ids, Unset):
            valid_on_product_ids = self.valid_on_product_ids

        if valid_on_product_ids is not UNSET:
            field_dict["validOnProductIds"] = valid_on_product_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("Discount", src_dict)
        d = dict(src_dict)
        try:
            _type_ = d.pop("type")
            type_ = DiscountType(_type_)

        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string (DiscountType)")

        try:
            value: float | Unset = d.pop("value", UNSET)
            if value is not UNSET and (
                value.__class__ is not float
                and value.__class__ is not int
                and (not isinstance(value, (int, float)) or isinstance(value, bool))
            ):
                raise TypeError
        except Exception as exc:
            value = field_error(exc, src_dict, d, "value", "number")

        # QUIRKS Q26: x-quirk in spec/invoices.yaml
        valid_on_product_ids: list[str] | Unset = UNSET
        try:
            _valid_on_product_ids = list_literal_as_list(d.pop("validOnProductIds", UNSET))
            if _valid_on_product_ids is not UNSET:
                if _valid_on_product_ids.__class__ is not list and not isinstance(_valid_on_product_ids, list):
                    raise TypeError
                valid_on_product_ids = []
                for valid_on_product_ids_item_index, valid_on_product_ids_item_data in enumerate(_valid_on_product_ids):
                    try:
                        if valid_on_product_ids_item_data.__class__ is not str and not isinstance(
                            valid_on_product_ids_item_data, str
                        ):
                            raise TypeError
                        valid_on_product_ids_item = valid_on_product_ids_item_data

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "validOnProductIds",
                            valid_on_product_ids_item_index,
                            "string",
                            valid_on_product_ids_item_data,
                        )
                        continue
                    valid_on_product_ids.append(valid_on_product_ids_item)

        except Exception as exc:
            valid_on_product_ids = field_error(exc, src_dict, d, "validOnProductIds", "array of string")

        discount = cls(
            type_=type_,
            value=value,
            valid_on_product_ids=valid_on_product_ids,
        )

        discount.additional_properties = d
        return discount

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
