from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SentTo")


@_attrs_define
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
        email = self.email

        email_cc: list[str] | Unset = UNSET
        if not isinstance(self.email_cc, Unset):
            email_cc = self.email_cc

        email_bcc: list[str] | Unset = UNSET
        if not isinstance(self.email_bcc, Unset):
            email_bcc = self.email_bcc

        phone_no: list[str] | Unset = UNSET
        if not isinstance(self.phone_no, Unset):
            phone_no = self.phone_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if email_cc is not UNSET:
            field_dict["emailCc"] = email_cc
        if email_bcc is not UNSET:
            field_dict["emailBcc"] = email_bcc
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = cast(list[str], d.pop("email"))

        email_cc = cast(list[str], d.pop("emailCc", UNSET))

        email_bcc = cast(list[str], d.pop("emailBcc", UNSET))

        phone_no = cast(list[str], d.pop("phoneNo", UNSET))

        sent_to = cls(
            email=email,
            email_cc=email_cc,
            email_bcc=email_bcc,
            phone_no=phone_no,
        )

        sent_to.additional_properties = d
        return sent_to

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
