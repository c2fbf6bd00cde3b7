from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="SepaDirectDebit")


@_attrs_define(on_setattr=setters.NO_OP)
class SepaDirectDebit:
    """
    Attributes:
        bank_code (str):  Example: 37040044.
        last4 (str):  Example: 3000.
        branch_code (str):  Example: 532.
    """

    bank_code: str
    last4: str
    branch_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.bank_code, Unset):
            bank_code = self.bank_code
            field_dict["bank_code"] = bank_code

        if not isinstance(self.last4, Unset):
            last4 = self.last4
            field_dict["last4"] = last4

        if not isinstance(self.branch_code, Unset):
            branch_code = self.branch_code
            field_dict["branch_code"] = branch_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("SepaDirectDebit", src_dict)
        d = dict(src_dict)
        try:
            bank_code: str = d.pop("bank_code")
            if bank_code.__class__ is not str and not isinstance(bank_code, str):
                raise TypeError
        except Exception as exc:
            bank_code = field_error(exc, src_dict, d, "bank_code", "string")

        try:
            last4: str = d.pop("last4")
            if last4.__class__ is not str and not isinstance(last4, str):
                raise TypeError
        except Exception as exc:
            last4 = field_error(exc, src_dict, d, "last4", "string")

        try:
            branch_code: str = d.pop("branch_code")
            if branch_code.__class__ is not str and not isinstance(branch_code, str):
                raise TypeError
        except Exception as exc:
            branch_code = field_error(exc, src_dict, d, "branch_code", "string")

        sepa_direct_debit = cls(
            bank_code=bank_code,
            last4=last4,
            branch_code=branch_code,
        )

        sepa_direct_debit.additional_properties = d
        return sepa_direct_debit

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
