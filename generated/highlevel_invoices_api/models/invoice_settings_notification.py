from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, not_an_object

T = TypeVar("T", bound="InvoiceSettingsNotification")


@_attrs_define
class InvoiceSettingsNotification:
    """One notification the location sends (its templates and sender)

    Attributes:
        enabled (bool):  Example: True.
        email_template (str):  Example: <p>Your invoice is ready</p>.
        sms_template (str):  Example: Your invoice is ready.
        from_name (str | Unset):  Example: ABC Corp..
        from_email (str | Unset):  Example: billing@example.com.
        email_subject (str | Unset):  Example: Your invoice.
        default_email_template_id (str | Unset):  Example: 6578278e879ad2646715ba9c.
    """

    enabled: bool
    email_template: str
    sms_template: str
    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET
    email_subject: str | Unset = UNSET
    default_email_template_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        email_template = self.email_template

        sms_template = self.sms_template

        from_name = self.from_name

        from_email = self.from_email

        email_subject = self.email_subject

        default_email_template_id = self.default_email_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "emailTemplate": email_template,
                "smsTemplate": sms_template,
            }
        )
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email
        if email_subject is not UNSET:
            field_dict["emailSubject"] = email_subject
        if default_email_template_id is not UNSET:
            field_dict["defaultEmailTemplateId"] = default_email_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettingsNotification", src_dict)
        d = dict(src_dict)
        try:
            enabled: bool = d.pop("enabled")
            if enabled.__class__ is not bool and not isinstance(enabled, bool):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "enabled", "boolean")

        try:
            email_template: str = d.pop("emailTemplate")
            if email_template.__class__ is not str and not isinstance(email_template, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "emailTemplate", "string")

        try:
            sms_template: str = d.pop("smsTemplate")
            if sms_template.__class__ is not str and not isinstance(sms_template, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "smsTemplate", "string")

        try:
            from_name: str | Unset = d.pop("fromName", UNSET)
            if from_name is not UNSET and (from_name.__class__ is not str and not isinstance(from_name, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "fromName", "string")

        try:
            from_email: str | Unset = d.pop("fromEmail", UNSET)
            if from_email is not UNSET and (from_email.__class__ is not str and not isinstance(from_email, str)):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "fromEmail", "string")

        try:
            email_subject: str | Unset = d.pop("emailSubject", UNSET)
            if email_subject is not UNSET and (
                email_subject.__class__ is not str and not isinstance(email_subject, str)
            ):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "emailSubject", "string")

        try:
            default_email_template_id: str | Unset = d.pop("defaultEmailTemplateId", UNSET)
            if default_email_template_id is not UNSET and (
                default_email_template_id.__class__ is not str and not isinstance(default_email_template_id, str)
            ):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "defaultEmailTemplateId", "string")

        invoice_settings_notification = cls(
            enabled=enabled,
            email_template=email_template,
            sms_template=sms_template,
            from_name=from_name,
            from_email=from_email,
            email_subject=email_subject,
            default_email_template_id=default_email_template_id,
        )

        invoice_settings_notification.additional_properties = d
        return invoice_settings_notification

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
