from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="StripePaymentMethod")


@_attrs_define(on_setattr=setters.NO_OP)
class StripePaymentMethod:
    """Payment Method

    Attributes:
        enable_bank_debit_only (bool): Enable Bank Debit Only Example: False.
    """

    enable_bank_debit_only: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.enable_bank_debit_only, Unset):
            enable_bank_debit_only = self.enable_bank_debit_only
            field_dict["enableBankDebitOnly"] = enable_bank_debit_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("StripePaymentMethod", src_dict)
        d = dict(src_dict)
        try:
            enable_bank_debit_only: bool = d.pop("enableBankDebitOnly")
            if enable_bank_debit_only.__class__ is not bool and not isinstance(enable_bank_debit_only, bool):
                raise TypeError
        except Exception as exc:
            enable_bank_debit_only = field_error(exc, src_dict, d, "enableBankDebitOnly", "boolean")

        stripe_payment_method = cls(
            enable_bank_debit_only=enable_bank_debit_only,
        )

        stripe_payment_method.additional_properties = d
        return stripe_payment_method

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
