from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address

    Attributes:
        address_line_1 (str | Unset): Address Line 1 Example: 9931 Beechwood.
        address_line_2 (str | Unset): Address Line 2 Example: Beechwood.
        city (str | Unset): City Example: St. Houston.
        state (str | Unset): State Example: TX.
        country_code (str | Unset): Country Code (free text; the vendor's examples use both `US` and `USA`) Example: US.
        postal_code (str | Unset): Postal Code Example: 77001.
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country_code: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        address_line_1 = self.address_line_1
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1

        address_line_2 = self.address_line_2
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2

        city = self.city
        if city is not UNSET:
            field_dict["city"] = city

        state = self.state
        if state is not UNSET:
            field_dict["state"] = state

        country_code = self.country_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        postal_code = self.postal_code
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("Address", src_dict)
        d = dict(src_dict)
        try:
            address_line_1: str | Unset = d.pop("addressLine1", UNSET)
            if address_line_1 is not UNSET and (
                address_line_1.__class__ is not str and not isinstance(address_line_1, str)
            ):
                raise TypeError
        except Exception as exc:
            address_line_1 = field_error(exc, src_dict, d, "addressLine1", "string")

        try:
            address_line_2: str | Unset = d.pop("addressLine2", UNSET)
            if address_line_2 is not UNSET and (
                address_line_2.__class__ is not str and not isinstance(address_line_2, str)
            ):
                raise TypeError
        except Exception as exc:
            address_line_2 = field_error(exc, src_dict, d, "addressLine2", "string")

        try:
            city: str | Unset = d.pop("city", UNSET)
            if city is not UNSET and (city.__class__ is not str and not isinstance(city, str)):
                raise TypeError
        except Exception as exc:
            city = field_error(exc, src_dict, d, "city", "string")

        try:
            state: str | Unset = d.pop("state", UNSET)
            if state is not UNSET and (state.__class__ is not str and not isinstance(state, str)):
                raise TypeError
        except Exception as exc:
            state = field_error(exc, src_dict, d, "state", "string")

        try:
            country_code: str | Unset = d.pop("countryCode", UNSET)
            if country_code is not UNSET and (country_code.__class__ is not str and not isinstance(country_code, str)):
                raise TypeError
        except Exception as exc:
            country_code = field_error(exc, src_dict, d, "countryCode", "string")

        try:
            postal_code: str | Unset = d.pop("postalCode", UNSET)
            if postal_code is not UNSET and (postal_code.__class__ is not str and not isinstance(postal_code, str)):
                raise TypeError
        except Exception as exc:
            postal_code = field_error(exc, src_dict, d, "postalCode", "string")

        address = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            state=state,
            country_code=country_code,
            postal_code=postal_code,
        )

        address.additional_properties = d
        return address

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
