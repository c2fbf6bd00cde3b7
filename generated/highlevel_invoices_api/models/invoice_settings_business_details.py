from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import UNSET, Unset, field_error, item_error, model_repr, not_an_object, string_as_address

T = TypeVar("T", bound="InvoiceSettingsBusinessDetails")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceSettingsBusinessDetails:
    """The business details of a location's invoice settings: the shared `BusinessDetails`, whose `name` is required here
    (the vendor's `InvoiceSettingsBusinessDetailsDto`)

        Attributes:
            name (str): Business Name Example: ABC Corp..
            logo_url (str | Unset): Business Logo URL Example: https://example.com/logo.png.
            phone_no (str | Unset): Business Phone Number Example: +1-214-559-6993.
            address (Address | Unset): A postal address
            website (str | Unset): Business Website Link Example: www.example.com.
            custom_values (list[str] | Unset): Custom Values Example: ['Tax ID 12-3456789'].
    """

    name: str
    logo_url: str | Unset = UNSET
    phone_no: str | Unset = UNSET
    address: Address | Unset = UNSET
    website: str | Unset = UNSET
    custom_values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        logo_url = self.logo_url
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url

        phone_no = self.phone_no
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        if address is not UNSET:
            field_dict["address"] = address

        website = self.website
        if website is not UNSET:
            field_dict["website"] = website

        custom_values: list[str] | Unset = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = self.custom_values

        if custom_values is not UNSET:
            field_dict["customValues"] = custom_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettingsBusinessDetails", src_dict)
        d = dict(src_dict)
        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            logo_url: str | Unset = d.pop("logoUrl", UNSET)
            if logo_url is not UNSET and (logo_url.__class__ is not str and not isinstance(logo_url, str)):
                raise TypeError
        except Exception as exc:
            logo_url = field_error(exc, src_dict, d, "logoUrl", "string")

        try:
            phone_no: str | Unset = d.pop("phoneNo", UNSET)
            if phone_no is not UNSET and (phone_no.__class__ is not str and not isinstance(phone_no, str)):
                raise TypeError
        except Exception as exc:
            phone_no = field_error(exc, src_dict, d, "phoneNo", "string")

        # QUIRKS Q8: x-quirk in spec/invoices.yaml
        address: Address | Unset = UNSET
        try:
            _address = string_as_address(d.pop("address", UNSET))
            if _address is not UNSET:
                address = Address.from_dict(_address)

        except Exception as exc:
            address = field_error(exc, src_dict, d, "address", "object (Address)")

        try:
            website: str | Unset = d.pop("website", UNSET)
            if website is not UNSET and (website.__class__ is not str and not isinstance(website, str)):
                raise TypeError
        except Exception as exc:
            website = field_error(exc, src_dict, d, "website", "string")

        custom_values: list[str] | Unset = UNSET
        try:
            _custom_values = d.pop("customValues", UNSET)
            if _custom_values is not UNSET:
                if _custom_values.__class__ is not list and not isinstance(_custom_values, list):
                    raise TypeError
                custom_values = []
                for custom_values_item_index, custom_values_item_data in enumerate(_custom_values):
                    try:
                        if custom_values_item_data.__class__ is not str and not isinstance(
                            custom_values_item_data, str
                        ):
                            raise TypeError
                        custom_values_item = custom_values_item_data

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "customValues",
                            custom_values_item_index,
                            "string",
                            custom_values_item_data,
                        )
                        continue
                    custom_values.append(custom_values_item)

        except Exception as exc:
            custom_values = field_error(exc, src_dict, d, "customValues", "array of string")

        invoice_settings_business_details = cls(
            name=name,
            logo_url=logo_url,
            phone_no=phone_no,
            address=address,
            website=website,
            custom_values=custom_values,
        )

        invoice_settings_business_details.additional_properties = d
        return invoice_settings_business_details

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
from ..models.address import Address
