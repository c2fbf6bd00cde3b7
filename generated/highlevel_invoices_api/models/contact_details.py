from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, not_an_object

T = TypeVar("T", bound="ContactDetails")


@_attrs_define
class ContactDetails:
    """Contact information to send the invoice to

    Attributes:
        id (str): Contact ID Example: c6tZZU0rJBf30ZXx9Gli.
        name (str): Contact Name Example: Alex.
        phone_no (str): Contact Phone Number Example: +1234567890.
        email (str): Contact Email Example: alex@example.com.
        additional_emails (list[AdditionalEmail] | Unset): Secondary email addresses for the contact to be saved
        company_name (str | Unset): Contact Company Name Example: ABC Corp..
        address (Address | Unset): A postal address
        custom_fields (list[str] | Unset): Custom Values Example: ['VIP'].
    """

    id: str
    name: str
    phone_no: str
    email: str
    additional_emails: list[AdditionalEmail] | Unset = UNSET
    company_name: str | Unset = UNSET
    address: Address | Unset = UNSET
    custom_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone_no = self.phone_no

        email = self.email

        additional_emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_emails, Unset):
            additional_emails = []
            for additional_emails_item_data in self.additional_emails:
                additional_emails_item = additional_emails_item_data.to_dict()
                additional_emails.append(additional_emails_item)

        company_name = self.company_name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        custom_fields: list[str] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "phoneNo": phone_no,
                "email": email,
            }
        )
        if additional_emails is not UNSET:
            field_dict["additionalEmails"] = additional_emails
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if address is not UNSET:
            field_dict["address"] = address
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("ContactDetails", src_dict)
        d = dict(src_dict)
        try:
            id: str = d.pop("id")
            if id.__class__ is not str and not isinstance(id, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "id", "string")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "name", "string")

        try:
            phone_no: str = d.pop("phoneNo")
            if phone_no.__class__ is not str and not isinstance(phone_no, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "phoneNo", "string")

        try:
            email: str = d.pop("email")
            if email.__class__ is not str and not isinstance(email, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "email", "string")

        additional_emails: list[AdditionalEmail] | Unset = UNSET
        try:
            _additional_emails = d.pop("additionalEmails", UNSET)
            if _additional_emails is not UNSET:
                if _additional_emails.__class__ is not list and not isinstance(_additional_emails, list):
                    raise TypeError
                additional_emails = []
                for additional_emails_item_data in _additional_emails:
                    additional_emails_item = AdditionalEmail.from_dict(additional_emails_item_data)

                    additional_emails.append(additional_emails_item)

        except Exception as exc:
            field_error(
                exc,
                src_dict,
                "additionalEmails",
                "array of object (AdditionalEmail)",
                additional_emails,
                "object (AdditionalEmail)",
            )

        try:
            company_name: str | Unset = d.pop("companyName", UNSET)
            if company_name is not UNSET and (company_name.__class__ is not str and not isinstance(company_name, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "companyName", "string")

        address: Address | Unset = UNSET
        try:
            _address = d.pop("address", UNSET)
            if _address is not UNSET:
                address = Address.from_dict(_address)

        except Exception as exc:
            field_error(exc, src_dict, "address", "object (Address)")

        custom_fields: list[str] | Unset = UNSET
        try:
            _custom_fields = d.pop("customFields", UNSET)
            if _custom_fields is not UNSET:
                if _custom_fields.__class__ is not list and not isinstance(_custom_fields, list):
                    raise TypeError
                custom_fields = []
                for custom_fields_item_data in _custom_fields:
                    if custom_fields_item_data.__class__ is not str and not isinstance(custom_fields_item_data, str):
                        raise TypeError
                    custom_fields_item = custom_fields_item_data

                    custom_fields.append(custom_fields_item)

        except Exception as exc:
            field_error(exc, src_dict, "customFields", "array of string", custom_fields, "string")

        contact_details = cls(
            id=id,
            name=name,
            phone_no=phone_no,
            email=email,
            additional_emails=additional_emails,
            company_name=company_name,
            address=address,
            custom_fields=custom_fields,
        )

        contact_details.additional_properties = d
        return contact_details

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
from ..models.additional_email import AdditionalEmail
from ..models.address import Address
