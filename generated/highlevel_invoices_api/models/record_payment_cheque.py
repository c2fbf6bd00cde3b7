from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="RecordPaymentCheque")


@_attrs_define(on_setattr=setters.NO_OP)
class RecordPaymentCheque:
    """Cheque details of a manual cheque payment

    Attributes:
        number (str):  Example: 129-129-129-912.
    """

    number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.number, Unset):
            number = self.number
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("RecordPaymentCheque", src_dict)
        d = dict(src_dict)
        try:
            number: str = d.pop("number")
            if number.__class__ is not str and not isinstance(number, str):
                raise TypeError
        except Exception as exc:
            number = field_error(exc, src_dict, d, "number", "string")

        record_payment_cheque = cls(
            number=number,
        )

        record_payment_cheque.additional_properties = d
        return record_payment_cheque

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
