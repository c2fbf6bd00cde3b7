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
            _enabled = d.pop("enabled")
            if _enabled.__class__ is not bool and not isinstance(_enabled, bool):
                raise TypeError
            enabled = _enabled

        except Exception as exc:
            field_error(exc, src_dict, "enabled", "boolean")

        try:
            _email_template = d.pop("emailTemplate")
            if _email_template.__class__ is not str and not isinstance(_email_template, str):
                raise TypeError
            email_template = _email_template

        except Exception as exc:
            field_error(exc, src_dict, "emailTemplate", "string")

        try:
            _sms_template = d.pop("smsTemplate")
            if _sms_template.__class__ is not str and not isinstance(_sms_template, str):
                raise TypeError
            sms_template = _sms_template

        except Exception as exc:
            field_error(exc, src_dict, "smsTemplate", "string")

        from_name: str | Unset = UNSET
        try:
            _from_name = d.pop("fromName", UNSET)
            if _from_name is not UNSET:
                if _from_name.__class__ is not str and not isinstance(_from_name, str):
                    raise TypeError
                from_name = _from_name

        except Exception as exc:
            field_error(exc, src_dict, "fromName", "string")

        from_email: str | Unset = UNSET
        try:
            _from_email = d.pop("fromEmail", UNSET)
            if _from_email is not UNSET:
                if _from_email.__class__ is not str and not isinstance(_from_email, str):
                    raise TypeError
                from_email = _from_email

        except Exception as exc:
            field_error(exc, src_dict, "fromEmail", "string")

        email_subject: str | Unset = UNSET
        try:
            _email_subject = d.pop("emailSubject", UNSET)
            if _email_subject is not UNSET:
                if _email_subject.__class__ is not str and not isinstance(_email_subject, str):
                    raise TypeError
                email_subject = _email_subject

        except Exception as exc:
            field_error(exc, src_dict, "emailSubject", "string")

        default_email_template_id: str | Unset = UNSET
        try:
            _default_email_template_id = d.pop("defaultEmailTemplateId", UNSET)
            if _default_email_template_id is not UNSET:
                if _default_email_template_id.__class__ is not str and not isinstance(_default_email_template_id, str):
                    raise TypeError
                default_email_template_id = _default_email_template_id

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
