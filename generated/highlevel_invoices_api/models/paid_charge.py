from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="PaidCharge")


@_attrs_define(on_setattr=setters.NO_OP)
class PaidCharge:
    """A paid miscellaneous charge

    Attributes:
        name (str):  Example: Processing Fee.
        charge (float):  Example: 10.
        amount (float):  Example: 10.
        field_id (str):  Example: 673d01d7d547648a8dab6211.
    """

    name: str
    charge: float
    amount: float
    field_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.charge, Unset):
            charge = self.charge
            field_dict["charge"] = charge

        if not isinstance(self.amount, Unset):
            amount = self.amount
            field_dict["amount"] = amount

        if not isinstance(self.field_id, Unset):
            field_id = self.field_id
            field_dict["_id"] = field_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("PaidCharge", src_dict)
        d = dict(src_dict)
        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            charge: float = d.pop("charge")
            if (
                charge.__class__ is not float
                and charge.__class__ is not int
                and (not isinstance(charge, (int, float)) or isinstance(charge, bool))
            ):
                raise TypeError
        except Exception as exc:
            charge = field_error(exc, src_dict, d, "charge", "number")

        try:
            amount: float = d.pop("amount")
            if (
                amount.__class__ is not float
                and amount.__class__ is not int
                and (not isinstance(amount, (int, float)) or isinstance(amount, bool))
            ):
                raise TypeError
        except Exception as exc:
            amount = field_error(exc, src_dict, d, "amount", "number")

        try:
            field_id: str = d.pop("_id")
            if field_id.__class__ is not str and not isinstance(field_id, str):
                raise TypeError
        except Exception as exc:
            field_id = field_error(exc, src_dict, d, "_id", "string")

        paid_charge = cls(
            name=name,
            charge=charge,
            amount=amount,
            field_id=field_id,
        )

        paid_charge.additional_properties = d
        return paid_charge

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
