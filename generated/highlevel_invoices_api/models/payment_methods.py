from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="PaymentMethods")


@_attrs_define(on_setattr=setters.NO_OP)
class PaymentMethods:
    """Payment Methods for Invoices

    Attributes:
        stripe (StripePaymentMethod): Payment Method
    """

    stripe: StripePaymentMethod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()
            field_dict["stripe"] = stripe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("PaymentMethods", src_dict)
        d = dict(src_dict)
        try:
            _stripe = d.pop("stripe")
            stripe = StripePaymentMethod.from_dict(_stripe)

        except Exception as exc:
            stripe = field_error(exc, src_dict, d, "stripe", "object (StripePaymentMethod)")

        payment_methods = cls(
            stripe=stripe,
        )

        payment_methods.additional_properties = d
        return payment_methods

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
from ..models.stripe_payment_method import StripePaymentMethod
