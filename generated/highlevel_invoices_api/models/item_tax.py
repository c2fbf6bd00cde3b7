from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_tax_calculation import ItemTaxCalculation
from ..types import UNSET, Unset, field_error, not_an_object

T = TypeVar("T", bound="ItemTax")


@_attrs_define
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
    calculation: ItemTaxCalculation | Unset = UNSET
    description: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        rate = self.rate

        calculation: str | Unset = UNSET
        if not isinstance(self.calculation, Unset):
            calculation = self.calculation.value

        description = self.description

        tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "rate": rate,
            }
        )
        if calculation is not UNSET:
            field_dict["calculation"] = calculation
        if description is not UNSET:
            field_dict["description"] = description
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
            field_error(exc, src_dict, "_id", "string")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "name", "string")

        try:
            rate: float = d.pop("rate")
            if (
                rate.__class__ is not float
                and rate.__class__ is not int
                and (not isinstance(rate, (int, float)) or isinstance(rate, bool))
            ):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "rate", "number")

        calculation: ItemTaxCalculation | Unset = UNSET
        try:
            _calculation = d.pop("calculation", UNSET)
            if _calculation is not UNSET:
                calculation = ItemTaxCalculation(_calculation)

        except Exception as exc:
            field_error(exc, src_dict, "calculation", "string (ItemTaxCalculation)")

        try:
            description: str | Unset = d.pop("description", UNSET)
            if description is not UNSET and (description.__class__ is not str and not isinstance(description, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "description", "string")

        try:
            tax_id: str | Unset = d.pop("taxId", UNSET)
            if tax_id is not UNSET and (tax_id.__class__ is not str and not isinstance(tax_id, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "taxId", "string")

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
