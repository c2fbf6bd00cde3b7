from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.item_tax_calculation import ItemTaxCalculation
from ..types import UNSET, Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="ItemTax")


def _calculation_member(value: ItemTaxCalculation | Literal["exclusive"] | Unset) -> ItemTaxCalculation | Unset:
    if isinstance(value, (ItemTaxCalculation, Unset)):
        return value
    return enum_member(ItemTaxCalculation, value, "ItemTax.calculation")


@_attrs_define(on_setattr=setters.NO_OP)
class ItemTax:
    """A tax applied to a line item

    Attributes:
        field_id (str): Tax Id Example: 6578278e879ad2646715ba9d.
        name (str): Tax name Example: Sales tax.
        rate (float): Tax rate in percent (no bound in the vendor's spec; its update page sends 123) Example: 8.25.
        calculation (ItemTaxCalculation | Unset): How the tax is calculated Example: exclusive.
        description (str | Unset): Tax description Example: Texas state sales tax.
        tax_id (str | Unset): Tax Id in the tax provider Example: txr_1OabcDEF.
    """

    field_id: str
    name: str
    rate: float
    calculation: ItemTaxCalculation | Unset = _attrs_field(default=UNSET, converter=_calculation_member)
    description: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.field_id, Unset):
            field_id = self.field_id
            field_dict["_id"] = field_id

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.rate, Unset):
            rate = self.rate
            field_dict["rate"] = rate

        calculation: str | Unset = UNSET
        if not isinstance(self.calculation, Unset):
            calculation = self.calculation.value

        if calculation is not UNSET:
            field_dict["calculation"] = calculation

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        tax_id = self.tax_id
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("ItemTax", src_dict)
        d = dict(src_dict)
        try:
            field_id: str = d.pop("_id")
            if field_id.__class__ is not str and not isinstance(field_id, str):
                raise TypeError
        except Exception as exc:
            field_id = field_error(exc, src_dict, d, "_id", "string")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            rate: float = d.pop("rate")
            if (
                rate.__class__ is not float
                and rate.__class__ is not int
                and (not isinstance(rate, (int, float)) or isinstance(rate, bool))
            ):
                raise TypeError
        except Exception as exc:
            rate = field_error(exc, src_dict, d, "rate", "number")

        calculation: ItemTaxCalculation | Unset = UNSET
        try:
            _calculation = d.pop("calculation", UNSET)
            if _calculation is not UNSET:
                calculation = ItemTaxCalculation(_calculation)

        except Exception as exc:
            calculation = field_error(exc, src_dict, d, "calculation", "string (ItemTaxCalculation)")

        try:
            description: str | Unset = d.pop("description", UNSET)
            if description is not UNSET and (description.__class__ is not str and not isinstance(description, str)):
                raise TypeError
        except Exception as exc:
            description = field_error(exc, src_dict, d, "description", "string")

        try:
            tax_id: str | Unset = d.pop("taxId", UNSET)
            if tax_id is not UNSET and (tax_id.__class__ is not str and not isinstance(tax_id, str)):
                raise TypeError
        except Exception as exc:
            tax_id = field_error(exc, src_dict, d, "taxId", "string")

        item_tax = cls(
            field_id=field_id,
            name=name,
            rate=rate,
            calculation=calculation,
            description=description,
            tax_id=tax_id,
        )

        item_tax.additional_properties = d
        return item_tax

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
