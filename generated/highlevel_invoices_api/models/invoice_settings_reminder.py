from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.invoice_settings_reminder_interval_type import InvoiceSettingsReminderIntervalType
from ..models.invoice_settings_reminder_reminder_invoice_condition import (
    InvoiceSettingsReminderReminderInvoiceCondition,
)
from ..models.invoice_settings_reminder_reminder_time import InvoiceSettingsReminderReminderTime
from ..types import UNSET, Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSettingsReminder")


def _reminder_time_member(
    value: InvoiceSettingsReminderReminderTime | Literal["before", "after"],
) -> InvoiceSettingsReminderReminderTime:
    if isinstance(value, InvoiceSettingsReminderReminderTime):
        return value
    return enum_member(InvoiceSettingsReminderReminderTime, value, "InvoiceSettingsReminder.reminder_time")


def _interval_type_member(
    value: InvoiceSettingsReminderIntervalType
    | Literal["yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly"],
) -> InvoiceSettingsReminderIntervalType:
    if isinstance(value, InvoiceSettingsReminderIntervalType):
        return value
    return enum_member(InvoiceSettingsReminderIntervalType, value, "InvoiceSettingsReminder.interval_type")


def _reminder_invoice_condition_member(
    value: InvoiceSettingsReminderReminderInvoiceCondition | Literal["invoice_sent", "invoice_overdue"],
) -> InvoiceSettingsReminderReminderInvoiceCondition:
    if isinstance(value, InvoiceSettingsReminderReminderInvoiceCondition):
        return value
    return enum_member(
        InvoiceSettingsReminderReminderInvoiceCondition, value, "InvoiceSettingsReminder.reminder_invoice_condition"
    )


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceSettingsReminder:
    """One payment reminder

    Attributes:
        enabled (bool):  Example: True.
        email_template (str):  Example: <p>Your invoice is due</p>.
        sms_template (str):  Example: Your invoice is due.
        email_subject (str):  Example: Reminder.
        reminder_id (str):  Example: 6578278e879ad2646715ba9c.
        reminder_name (str):  Example: Due soon.
        reminder_time (InvoiceSettingsReminderReminderTime):  Example: before.
        interval_type (InvoiceSettingsReminderIntervalType):  Example: daily.
        max_reminders (float):  Example: 3.
        reminder_invoice_condition (InvoiceSettingsReminderReminderInvoiceCondition):  Example: invoice_overdue.
        reminder_number (float):  Example: 1.
        start_time (str | Unset):  Example: 09:00:00.
        end_time (str | Unset):  Example: 17:00:00.
        timezone (str | Unset):  Example: America/Chicago.
    """

    enabled: bool
    email_template: str
    sms_template: str
    email_subject: str
    reminder_id: str
    reminder_name: str
    reminder_time: InvoiceSettingsReminderReminderTime = _attrs_field(converter=_reminder_time_member)
    interval_type: InvoiceSettingsReminderIntervalType = _attrs_field(converter=_interval_type_member)
    max_reminders: float
    reminder_invoice_condition: InvoiceSettingsReminderReminderInvoiceCondition = _attrs_field(
        converter=_reminder_invoice_condition_member
    )
    reminder_number: float
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    timezone: str | Unset = UNSET
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

        if not isinstance(self.email_subject, Unset):
            email_subject = self.email_subject
            field_dict["emailSubject"] = email_subject

        if not isinstance(self.reminder_id, Unset):
            reminder_id = self.reminder_id
            field_dict["reminderId"] = reminder_id

        if not isinstance(self.reminder_name, Unset):
            reminder_name = self.reminder_name
            field_dict["reminderName"] = reminder_name

        if not isinstance(self.reminder_time, Unset):
            reminder_time = self.reminder_time.value
            field_dict["reminderTime"] = reminder_time

        if not isinstance(self.interval_type, Unset):
            interval_type = self.interval_type.value
            field_dict["intervalType"] = interval_type

        if not isinstance(self.max_reminders, Unset):
            max_reminders = self.max_reminders
            field_dict["maxReminders"] = max_reminders

        if not isinstance(self.reminder_invoice_condition, Unset):
            reminder_invoice_condition = self.reminder_invoice_condition.value
            field_dict["reminderInvoiceCondition"] = reminder_invoice_condition

        if not isinstance(self.reminder_number, Unset):
            reminder_number = self.reminder_number
            field_dict["reminderNumber"] = reminder_number

        start_time = self.start_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        end_time = self.end_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettingsReminder", src_dict)
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
            email_subject: str = d.pop("emailSubject")
            if email_subject.__class__ is not str and not isinstance(email_subject, str):
                raise TypeError
        except Exception as exc:
            email_subject = field_error(exc, src_dict, d, "emailSubject", "string")

        try:
            reminder_id: str = d.pop("reminderId")
            if reminder_id.__class__ is not str and not isinstance(reminder_id, str):
                raise TypeError
        except Exception as exc:
            reminder_id = field_error(exc, src_dict, d, "reminderId", "string")

        try:
            reminder_name: str = d.pop("reminderName")
            if reminder_name.__class__ is not str and not isinstance(reminder_name, str):
                raise TypeError
        except Exception as exc:
            reminder_name = field_error(exc, src_dict, d, "reminderName", "string")

        try:
            _reminder_time = d.pop("reminderTime")
            reminder_time = InvoiceSettingsReminderReminderTime(_reminder_time)

        except Exception as exc:
            reminder_time = field_error(
                exc, src_dict, d, "reminderTime", "string (InvoiceSettingsReminderReminderTime)"
            )

        try:
            _interval_type = d.pop("intervalType")
            interval_type = InvoiceSettingsReminderIntervalType(_interval_type)

        except Exception as exc:
            interval_type = field_error(
                exc, src_dict, d, "intervalType", "string (InvoiceSettingsReminderIntervalType)"
            )

        try:
            max_reminders: float = d.pop("maxReminders")
            if (
                max_reminders.__class__ is not float
                and max_reminders.__class__ is not int
                and (not isinstance(max_reminders, (int, float)) or isinstance(max_reminders, bool))
            ):
                raise TypeError
        except Exception as exc:
            max_reminders = field_error(exc, src_dict, d, "maxReminders", "number")

        try:
            _reminder_invoice_condition = d.pop("reminderInvoiceCondition")
            reminder_invoice_condition = InvoiceSettingsReminderReminderInvoiceCondition(_reminder_invoice_condition)

        except Exception as exc:
            reminder_invoice_condition = field_error(
                exc, src_dict, d, "reminderInvoiceCondition", "string (InvoiceSettingsReminderReminderInvoiceCondition)"
            )

        try:
            reminder_number: float = d.pop("reminderNumber")
            if (
                reminder_number.__class__ is not float
                and reminder_number.__class__ is not int
                and (not isinstance(reminder_number, (int, float)) or isinstance(reminder_number, bool))
            ):
                raise TypeError
        except Exception as exc:
            reminder_number = field_error(exc, src_dict, d, "reminderNumber", "number")

        try:
            start_time: str | Unset = d.pop("startTime", UNSET)
            if start_time is not UNSET and (start_time.__class__ is not str and not isinstance(start_time, str)):
                raise TypeError
        except Exception as exc:
            start_time = field_error(exc, src_dict, d, "startTime", "string")

        try:
            end_time: str | Unset = d.pop("endTime", UNSET)
            if end_time is not UNSET and (end_time.__class__ is not str and not isinstance(end_time, str)):
                raise TypeError
        except Exception as exc:
            end_time = field_error(exc, src_dict, d, "endTime", "string")

        try:
            timezone: str | Unset = d.pop("timezone", UNSET)
            if timezone is not UNSET and (timezone.__class__ is not str and not isinstance(timezone, str)):
                raise TypeError
        except Exception as exc:
            timezone = field_error(exc, src_dict, d, "timezone", "string")

        invoice_settings_reminder = cls(
            enabled=enabled,
            email_template=email_template,
            sms_template=sms_template,
            email_subject=email_subject,
            reminder_id=reminder_id,
            reminder_name=reminder_name,
            reminder_time=reminder_time,
            interval_type=interval_type,
            max_reminders=max_reminders,
            reminder_invoice_condition=reminder_invoice_condition,
            reminder_number=reminder_number,
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
        )

        invoice_settings_reminder.additional_properties = d
        return invoice_settings_reminder

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
