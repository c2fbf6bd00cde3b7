from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import UNSET, Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="MiscellaneousCharges")


@_attrs_define(on_setattr=setters.NO_OP)
class MiscellaneousCharges:
    """Miscellaneous charges (processing fees)

    Attributes:
        charges (list[list[Any]]): charges for the processing fee Example: [[]].
        collected_miscellaneous_charges (float | Unset): collected miscellaneous charges Example: 10.
        paid_charges (list[PaidCharge] | Unset): paid miscellaneous charges
    """

    charges: list[list[Any]]
    collected_miscellaneous_charges: float | Unset = UNSET
    paid_charges: list[PaidCharge] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.charges, Unset):
            charges = []
            for charges_item_data in self.charges:
                charges_item = charges_item_data

                charges.append(charges_item)

            field_dict["charges"] = charges

        collected_miscellaneous_charges = self.collected_miscellaneous_charges
        if collected_miscellaneous_charges is not UNSET:
            field_dict["collectedMiscellaneousCharges"] = collected_miscellaneous_charges

        paid_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.paid_charges, Unset):
            paid_charges = []
            for paid_charges_item_data in self.paid_charges:
                paid_charges_item = paid_charges_item_data.to_dict()
                paid_charges.append(paid_charges_item)

        if paid_charges is not UNSET:
            field_dict["paidCharges"] = paid_charges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("MiscellaneousCharges", src_dict)
        d = dict(src_dict)
        charges: list[list[Any]] = []
        try:
            _charges = d.pop("charges")
            if _charges.__class__ is not list and not isinstance(_charges, list):
                raise TypeError
            charges = []
            for charges_item_index, charges_item_data in enumerate(_charges):
                try:
                    if charges_item_data.__class__ is not list and not isinstance(charges_item_data, list):
                        raise TypeError
                    charges_item = []
                    for charges_item_item_data in charges_item_data:
                        charges_item_item = charges_item_item_data

                        charges_item.append(charges_item_item)

                except Exception as exc:
                    item_error(exc, src_dict, d, "charges", charges_item_index, "array of Any", charges_item_data)
                    continue
                charges.append(charges_item)

        except Exception as exc:
            charges = field_error(exc, src_dict, d, "charges", "array of array of Any")

        try:
            collected_miscellaneous_charges: float | Unset = d.pop("collectedMiscellaneousCharges", UNSET)
            if collected_miscellaneous_charges is not UNSET and (
                collected_miscellaneous_charges.__class__ is not float
                and collected_miscellaneous_charges.__class__ is not int
                and (
                    not isinstance(collected_miscellaneous_charges, (int, float))
                    or isinstance(collected_miscellaneous_charges, bool)
                )
            ):
                raise TypeError
        except Exception as exc:
            collected_miscellaneous_charges = field_error(exc, src_dict, d, "collectedMiscellaneousCharges", "number")

        paid_charges: list[PaidCharge] | Unset = UNSET
        try:
            _paid_charges = d.pop("paidCharges", UNSET)
            if _paid_charges is not UNSET:
                if _paid_charges.__class__ is not list and not isinstance(_paid_charges, list):
                    raise TypeError
                paid_charges = []
                for paid_charges_item_index, paid_charges_item_data in enumerate(_paid_charges):
                    try:
                        paid_charges_item = PaidCharge.from_dict(paid_charges_item_data)

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "paidCharges",
                            paid_charges_item_index,
                            "object (PaidCharge)",
                            paid_charges_item_data,
                        )
                        continue
                    paid_charges.append(paid_charges_item)

        except Exception as exc:
            paid_charges = field_error(exc, src_dict, d, "paidCharges", "array of object (PaidCharge)")

        miscellaneous_charges = cls(
            charges=charges,
            collected_miscellaneous_charges=collected_miscellaneous_charges,
            paid_charges=paid_charges,
        )

        miscellaneous_charges.additional_properties = d
        return miscellaneous_charges

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
from ..models.paid_charge import PaidCharge
