from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import UNSET, Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="ContactDetails")


@_attrs_define(on_setattr=setters.NO_OP)
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.phone_no, Unset):
            phone_no = self.phone_no
            field_dict["phoneNo"] = phone_no

        if not isinstance(self.email, Unset):
            email = self.email
            field_dict["email"] = email

        additional_emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_emails, Unset):
            additional_emails = []
            for additional_emails_item_data in self.additional_emails:
                additional_emails_item = additional_emails_item_data.to_dict()
                additional_emails.append(additional_emails_item)

        if additional_emails is not UNSET:
            field_dict["additionalEmails"] = additional_emails

        company_name = self.company_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        if address is not UNSET:
            field_dict["address"] = address

        custom_fields: list[str] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

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
            id = field_error(exc, src_dict, d, "id", "string")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            phone_no: str = d.pop("phoneNo")
            if phone_no.__class__ is not str and not isinstance(phone_no, str):
                raise TypeError
        except Exception as exc:
            phone_no = field_error(exc, src_dict, d, "phoneNo", "string")

        try:
            email: str = d.pop("email")
            if email.__class__ is not str and not isinstance(email, str):
                raise TypeError
        except Exception as exc:
            email = field_error(exc, src_dict, d, "email", "string")

        additional_emails: list[AdditionalEmail] | Unset = UNSET
        try:
            _additional_emails = d.pop("additionalEmails", UNSET)
            if _additional_emails is not UNSET:
                if _additional_emails.__class__ is not list and not isinstance(_additional_emails, list):
                    raise TypeError
                additional_emails = []
                for additional_emails_item_index, additional_emails_item_data in enumerate(_additional_emails):
                    try:
                        additional_emails_item = AdditionalEmail.from_dict(additional_emails_item_data)

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "additionalEmails",
                            additional_emails_item_index,
                            "object (AdditionalEmail)",
                            additional_emails_item_data,
                        )
                        continue
                    additional_emails.append(additional_emails_item)

        except Exception as exc:
            additional_emails = field_error(exc, src_dict, d, "additionalEmails", "array of object (AdditionalEmail)")

        try:
            company_name: str | Unset = d.pop("companyName", UNSET)
            if company_name is not UNSET and (company_name.__class__ is not str and not isinstance(company_name, str)):
                raise TypeError
        except Exception as exc:
            company_name = field_error(exc, src_dict, d, "companyName", "string")

        address: Address | Unset = UNSET
        try:
            _address = d.pop("address", UNSET)
            if _address is not UNSET:
                address = Address.from_dict(_address)

        except Exception as exc:
            address = field_error(exc, src_dict, d, "address", "object (Address)")

        custom_fields: list[str] | Unset = UNSET
        try:
            _custom_fields = d.pop("customFields", UNSET)
            if _custom_fields is not UNSET:
                if _custom_fields.__class__ is not list and not isinstance(_custom_fields, list):
                    raise TypeError
                custom_fields = []
                for custom_fields_item_index, custom_fields_item_data in enumerate(_custom_fields):
                    try:
                        if custom_fields_item_data.__class__ is not str and not isinstance(
                            custom_fields_item_data, str
                        ):
                            raise TypeError
                        custom_fields_item = custom_fields_item_data

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "customFields",
                            custom_fields_item_index,
                            "string",
                            custom_fields_item_data,
                        )
                        continue
                    custom_fields.append(custom_fields_item)

        except Exception as exc:
            custom_fields = field_error(exc, src_dict, d, "customFields", "array of string")

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
from ..models.additional_email import AdditionalEmail
from ..models.address import Address
