from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSettingsSenderConfiguration")


@_attrs_define
class InvoiceSettingsSenderConfiguration:
    """Who invoice emails come from

    Attributes:
        from_name (str | Unset):  Example: ABC Corp..
        from_email (str | Unset):  Example: billing@example.com.
    """

    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        from_name = self.from_name
        if from_name is not UNSET:
            field_dict["fromName"] = from_name

        from_email = self.from_email
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettingsSenderConfiguration", src_dict)
        d = dict(src_dict)
        try:
            from_name: str | Unset = d.pop("fromName", UNSET)
            if from_name is not UNSET and (from_name.__class__ is not str and not isinstance(from_name, str)):
                raise TypeError
        except Exception as exc:
            from_name = field_error(exc, src_dict, d, "fromName", "string")

        try:
            from_email: str | Unset = d.pop("fromEmail", UNSET)
            if from_email is not UNSET and (from_email.__class__ is not str and not isinstance(from_email, str)):
                raise TypeError
        except Exception as exc:
            from_email = field_error(exc, src_dict, d, "fromEmail", "string")

        invoice_settings_sender_configuration = cls(
            from_name=from_name,
            from_email=from_email,
        )

        invoice_settings_sender_configuration.additional_properties = d
        return invoice_settings_sender_configuration

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
