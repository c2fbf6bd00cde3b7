from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSettingsReminderSettings")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceSettingsReminderSettings:
    """Payment reminders (a location's, in its settings; an invoice's, in its `remindersConfiguration`)

    Attributes:
        default_email_template_id (str):  Example: 6578278e879ad2646715ba9c.
        reminders (list[InvoiceSettingsReminder]):
    """

    default_email_template_id: str
    reminders: list[InvoiceSettingsReminder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.default_email_template_id, Unset):
            default_email_template_id = self.default_email_template_id
            field_dict["defaultEmailTemplateId"] = default_email_template_id

        if not isinstance(self.reminders, Unset):
            reminders = []
            for reminders_item_data in self.reminders:
                reminders_item = reminders_item_data.to_dict()
                reminders.append(reminders_item)

            field_dict["reminders"] = reminders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettingsReminderSettings", src_dict)
        d = dict(src_dict)
        try:
            default_email_template_id: str = d.pop("defaultEmailTemplateId")
            if default_email_template_id.__class__ is not str and not isinstance(default_email_template_id, str):
                raise TypeError
        except Exception as exc:
            default_email_template_id = field_error(exc, src_dict, d, "defaultEmailTemplateId", "string")

        reminders: list[InvoiceSettingsReminder] = []
        try:
            _reminders = d.pop("reminders")
            if _reminders.__class__ is not list and not isinstance(_reminders, list):
                raise TypeError
            reminders = []
            for reminders_item_index, reminders_item_data in enumerate(_reminders):
                try:
                    reminders_item = InvoiceSettingsReminder.from_dict(reminders_item_data)

                except Exception as exc:
                    item_error(
                        exc,
                        src_dict,
                        d,
                        "reminders",
                        reminders_item_index,
                        "object (InvoiceSettingsReminder)",
                        reminders_item_data,
                    )
                    continue
                reminders.append(reminders_item)

        except Exception as exc:
            reminders = field_error(exc, src_dict, d, "reminders", "array of object (InvoiceSettingsReminder)")

        invoice_settings_reminder_settings = cls(
            default_email_template_id=default_email_template_id,
            reminders=reminders,
        )

        invoice_settings_reminder_settings.additional_properties = d
        return invoice_settings_reminder_settings

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
from ..models.invoice_settings_reminder import InvoiceSettingsReminder
