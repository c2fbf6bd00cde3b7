from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="RecordPaymentCard")


@_attrs_define(on_setattr=setters.NO_OP)
class RecordPaymentCard:
    """Card details of a manual card payment

    Attributes:
        brand (str):  Example: visa.
        last4 (str):  Example: 4242.
    """

    brand: str
    last4: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.brand, Unset):
            brand = self.brand
            field_dict["brand"] = brand

        if not isinstance(self.last4, Unset):
            last4 = self.last4
            field_dict["last4"] = last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("RecordPaymentCard", src_dict)
        d = dict(src_dict)
        try:
            brand: str = d.pop("brand")
            if brand.__class__ is not str and not isinstance(brand, str):
                raise TypeError
        except Exception as exc:
            brand = field_error(exc, src_dict, d, "brand", "string")

        try:
            last4: str = d.pop("last4")
            if last4.__class__ is not str and not isinstance(last4, str):
                raise TypeError
        except Exception as exc:
            last4 = field_error(exc, src_dict, d, "last4", "string")

        record_payment_card = cls(
            brand=brand,
            last4=last4,
        )

        record_payment_card.additional_properties = d
        return record_payment_card

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
