from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="RemindersConfiguration")


@_attrs_define(on_setattr=setters.NO_OP)
class RemindersConfiguration:
    """The payment reminders of an invoice, and what was done with them

    Attributes:
        reminder_execution_details_list (RemindersConfigurationReminderExecutionDetailsList): The reminders sent so far
            (shape not documented) Example: {}.
        reminder_settings (InvoiceSettingsReminderSettings): Payment reminders (a location's, in its settings; an
            invoice's, in its `remindersConfiguration`)
    """

    reminder_execution_details_list: RemindersConfigurationReminderExecutionDetailsList
    reminder_settings: InvoiceSettingsReminderSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.reminder_execution_details_list, Unset):
            reminder_execution_details_list = self.reminder_execution_details_list.to_dict()
            field_dict["reminderExecutionDetailsList"] = reminder_execution_details_list

        if not isinstance(self.reminder_settings, Unset):
            reminder_settings = self.reminder_settings.to_dict()
            field_dict["reminderSettings"] = reminder_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("RemindersConfiguration", src_dict)
        d = dict(src_dict)
        try:
            _reminder_execution_details_list = d.pop("reminderExecutionDetailsList")
            reminder_execution_details_list = RemindersConfigurationReminderExecutionDetailsList.from_dict(
                _reminder_execution_details_list
            )

        except Exception as exc:
            reminder_execution_details_list = field_error(
                exc,
                src_dict,
                d,
                "reminderExecutionDetailsList",
                "object (RemindersConfigurationReminderExecutionDetailsList)",
            )

        try:
            _reminder_settings = d.pop("reminderSettings")
            reminder_settings = InvoiceSettingsReminderSettings.from_dict(_reminder_settings)

        except Exception as exc:
            reminder_settings = field_error(
                exc, src_dict, d, "reminderSettings", "object (InvoiceSettingsReminderSettings)"
            )

        reminders_configuration = cls(
            reminder_execution_details_list=reminder_execution_details_list,
            reminder_settings=reminder_settings,
        )

        reminders_configuration.additional_properties = d
        return reminders_configuration

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
from ..models.invoice_settings_reminder_settings import InvoiceSettingsReminderSettings
from ..models.reminders_configuration_reminder_execution_details_list import (
    RemindersConfigurationReminderExecutionDetailsList,
)
