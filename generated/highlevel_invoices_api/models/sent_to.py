from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import UNSET, Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="SentTo")


@_attrs_define(on_setattr=setters.NO_OP)
class SentTo:
    """Where the invoice is sent

    Attributes:
        email (list[str]): Email Address Example: ['alex@example.com'].
        email_cc (list[str] | Unset): cc to be kept in any sent out emails Example: ['alex@example.com'].
        email_bcc (list[str] | Unset): bcc to be kept in any sent out emails Example: ['alex@example.com'].
        phone_no (list[str] | Unset): Contact Phone Number Example: ['+1-214-559-6993'].
    """

    email: list[str]
    email_cc: list[str] | Unset = UNSET
    email_bcc: list[str] | Unset = UNSET
    phone_no: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.email, Unset):
            email = self.email

            field_dict["email"] = email

        email_cc: list[str] | Unset = UNSET
        if not isinstance(self.email_cc, Unset):
            email_cc = self.email_cc

        if email_cc is not UNSET:
            field_dict["emailCc"] = email_cc

        email_bcc: list[str] | Unset = UNSET
        if not isinstance(self.email_bcc, Unset):
            email_bcc = self.email_bcc

        if email_bcc is not UNSET:
            field_dict["emailBcc"] = email_bcc

        phone_no: list[str] | Unset = UNSET
        if not isinstance(self.phone_no, Unset):
            phone_no = self.phone_no

        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("SentTo", src_dict)
        d = dict(src_dict)
        email: list[str] = []
        try:
            _email = d.pop("email")
            if _email.__class__ is not list and not isinstance(_email, list):
                raise TypeError
            email = []
            for email_item_index, email_item_data in enumerate(_email):
                try:
                    if email_item_data.__class__ is not str and not isinstance(email_item_data, str):
                        raise TypeError
                    email_item = email_item_data

                except Exception as exc:
                    item_error(exc, src_dict, d, "email", email_item_index, "string", email_item_data)
                    continue
                email.append(email_item)

        except Exception as exc:
            email = field_error(exc, src_dict, d, "email", "array of string")

        email_cc: list[str] | Unset = UNSET
        try:
            _email_cc = d.pop("emailCc", UNSET)
            if _email_cc is not UNSET:
                if _email_cc.__class__ is not list and not isinstance(_email_cc, list):
                    raise TypeError
                email_cc = []
                for email_cc_item_index, email_cc_item_data in enumerate(_email_cc):
                    try:
                        if email_cc_item_data.__class__ is not str and not isinstance(email_cc_item_data, str):
                            raise TypeError
                        email_cc_item = email_cc_item_data

                    except Exception as exc:
                        item_error(exc, src_dict, d, "emailCc", email_cc_item_index, "string", email_cc_item_data)
                        continue
                    email_cc.append(email_cc_item)

        except Exception as exc:
            email_cc = field_error(exc, src_dict, d, "emailCc", "array of string")

        email_bcc: list[str] | Unset = UNSET
        try:
            _email_bcc = d.pop("emailBcc", UNSET)
            if _email_bcc is not UNSET:
                if _email_bcc.__class__ is not list and not isinstance(_email_bcc, list):
                    raise TypeError
                email_bcc = []
                for email_bcc_item_index, email_bcc_item_data in enumerate(_email_bcc):
                    try:
                        if email_bcc_item_data.__class__ is not str and not isinstance(email_bcc_item_data, str):
                            raise TypeError
                        email_bcc_item = email_bcc_item_data

                    except Exception as exc:
                        item_error(exc, src_dict, d, "emailBcc", email_bcc_item_index, "string", email_bcc_item_data)
                        continue
                    email_bcc.append(email_bcc_item)

        except Exception as exc:
            email_bcc = field_error(exc, src_dict, d, "emailBcc", "array of string")

        phone_no: list[str] | Unset = UNSET
        try:
            _phone_no = d.pop("phoneNo", UNSET)
            if _phone_no is not UNSET:
                if _phone_no.__class__ is not list and not isinstance(_phone_no, list):
                    raise TypeError
                phone_no = []
                for phone_no_item_index, phone_no_item_data in enumerate(_phone_no):
                    try:
                        if phone_no_item_data.__class__ is not str and not isinstance(phone_no_item_data, str):
                            raise TypeError
                        phone_no_item = phone_no_item_data

                    except Exception as exc:
                        item_error(exc, src_dict, d, "phoneNo", phone_no_item_index, "string", phone_no_item_data)
                        continue
                    phone_no.append(phone_no_item)

        except Exception as exc:
            phone_no = field_error(exc, src_dict, d, "phoneNo", "array of string")

        sent_to = cls(
            email=email,
            email_cc=email_cc,
            email_bcc=email_bcc,
            phone_no=phone_no,
        )

        sent_to.additional_properties = d
        return sent_to

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
