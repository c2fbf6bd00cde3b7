from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, not_an_object

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
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        state = self.state

        country_code = self.country_code

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("Address", src_dict)
        d = dict(src_dict)
        address_line_1: str | Unset = UNSET
        try:
            _address_line_1 = d.pop("addressLine1", UNSET)
            if _address_line_1 is not UNSET:
                if _address_line_1.__class__ is not str and not isinstance(_address_line_1, str):
                    raise TypeError
                address_line_1 = _address_line_1

        except Exception as exc:
            field_error(exc, src_dict, "addressLine1", "string")

        address_line_2: str | Unset = UNSET
        try:
            _address_line_2 = d.pop("addressLine2", UNSET)
            if _address_line_2 is not UNSET:
                if _address_line_2.__class__ is not str and not isinstance(_address_line_2, str):
                    raise TypeError
                address_line_2 = _address_line_2

        except Exception as exc:
            field_error(exc, src_dict, "addressLine2", "string")

        city: str | Unset = UNSET
        try:
            _city = d.pop("city", UNSET)
            if _city is not UNSET:
                if _city.__class__ is not str and not isinstance(_city, str):
                    raise TypeError
                city = _city

        except Exception as exc:
            field_error(exc, src_dict, "city", "string")

        state: str | Unset = UNSET
        try:
            _state = d.pop("state", UNSET)
            if _state is not UNSET:
                if _state.__class__ is not str and not isinstance(_state, str):
                    raise TypeError
                state = _state

        except Exception as exc:
            field_error(exc, src_dict, "state", "string")

        country_code: str | Unset = UNSET
        try:
            _country_code = d.pop("countryCode", UNSET)
            if _country_code is not UNSET:
                if _country_code.__class__ is not str and not isinstance(_country_code, str):
                    raise TypeError
                country_code = _country_code

        except Exception as exc:
            field_error(exc, src_dict, "countryCode", "string")

        postal_code: str | Unset = UNSET
        try:
            _postal_code = d.pop("postalCode", UNSET)
            if _postal_code is not UNSET:
                if _postal_code.__class__ is not str and not isinstance(_postal_code, str):
                    raise TypeError
                postal_code = _postal_code

        except Exception as exc:
            field_error(exc, src_dict, "postalCode", "string")

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
