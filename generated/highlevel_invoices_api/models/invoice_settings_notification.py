from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSettingsNotification")


@_attrs_define(on_setattr=setters.NO_OP)
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.enabled, Unset):
            enabled = self.enabled
            field_dict["enabled"] = enabled

        if not isinstance(self.email_template, Unset):
            email_template = self.email_template
            field_dict["emailTemplate"] = email_template

        if not isinstance(self.sms_template, Unset):
            sms_template = self.sms_template
            field_dict["smsTemplate"] = sms_template

        from_name = self.from_name
        if from_name is not UNSET:
            field_dict["fromName"] = from_name

        from_email = self.from_email
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email

        email_subject = self.email_subject
        if email_subject is not UNSET:
            field_dict["emailSubject"] = email_subject

        default_email_template_id = self.default_email_template_id
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
            enabled = field_error(exc, src_dict, d, "enabled", "boolean")

        try:
            email_template: str = d.pop("emailTemplate")
            if email_template.__class__ is not str and not isinstance(email_template, str):
                raise TypeError
        except Exception as exc:
            email_template = field_error(exc, src_dict, d, "emailTemplate", "string")

        try:
            sms_template: str = d.pop("smsTemplate")
            if sms_template.__class__ is not str and not isinstance(sms_template, str):
                raise TypeError
        except Exception as exc:
            sms_template = field_error(exc, src_dict, d, "smsTemplate", "string")

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

        try:
            email_subject: str | Unset = d.pop("emailSubject", UNSET)
            if email_subject is not UNSET and (
                email_subject.__class__ is not str and not isinstance(email_subject, str)
            ):
                raise TypeError
        except Exception as exc:
            email_subject = field_error(exc, src_dict, d, "emailSubject", "string")

        try:
            default_email_template_id: str | Unset = d.pop("defaultEmailTemplateId", UNSET)
            if default_email_template_id is not UNSET and (
                default_email_template_id.__class__ is not str and not isinstance(default_email_template_id, str)
            ):
                raise TypeError
        except Exception as exc:
            default_email_template_id = field_error(exc, src_dict, d, "defaultEmailTemplateId", "string")

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
