from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="UsBankAccount")


@_attrs_define(on_setattr=setters.NO_OP)
class UsBankAccount:
    """
    Attributes:
        bank_name (str):  Example: STRIPE TEST BANK.
        last4 (str):  Example: 6789.
    """

    bank_name: str
    last4: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.bank_name, Unset):
            bank_name = self.bank_name
            field_dict["bank_name"] = bank_name

        if not isinstance(self.last4, Unset):
            last4 = self.last4
            field_dict["last4"] = last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("UsBankAccount", src_dict)
        d = dict(src_dict)
        try:
            bank_name: str = d.pop("bank_name")
            if bank_name.__class__ is not str and not isinstance(bank_name, str):
                raise TypeError
        except Exception as exc:
            bank_name = field_error(exc, src_dict, d, "bank_name", "string")

        try:
            last4: str = d.pop("last4")
            if last4.__class__ is not str and not isinstance(last4, str):
                raise TypeError
        except Exception as exc:
            last4 = field_error(exc, src_dict, d, "last4", "string")

        us_bank_account = cls(
            bank_name=bank_name,
            last4=last4,
        )

        us_bank_account.additional_properties = d
        return us_bank_account

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
