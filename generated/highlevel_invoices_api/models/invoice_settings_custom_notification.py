from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import field_error, not_an_object

T = TypeVar("T", bound="InvoiceSettingsCustomNotification")


@_attrs_define
class InvoiceSettingsCustomNotification:
    """The location's notifications, by event

    Attributes:
        customer_send_invoice (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        team_payment_success (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        customer_payment_success (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        team_auto_payment_success (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        customer_auto_payment_success (InvoiceSettingsNotification): One notification the location sends (its templates
            and sender)
        team_payment_failure (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        customer_payment_failure (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        team_auto_payment_failure (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        customer_auto_payment_failure (InvoiceSettingsNotification): One notification the location sends (its templates
            and sender)
        customer_auto_payment_info (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        customer_auto_payment_amount_changed (InvoiceSettingsNotification): One notification the location sends (its
            templates and sender)
        team_auto_payment_skip (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        team_recurring_send_invoice_failed (InvoiceSettingsNotification): One notification the location sends (its
            templates and sender)
        customer_send_estimate (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        team_estimate_accepted (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
        team_estimate_declined (InvoiceSettingsNotification): One notification the location sends (its templates and
            sender)
    """

    customer_send_invoice: InvoiceSettingsNotification
    team_payment_success: InvoiceSettingsNotification
    customer_payment_success: InvoiceSettingsNotification
    team_auto_payment_success: InvoiceSettingsNotification
    customer_auto_payment_success: InvoiceSettingsNotification
    team_payment_failure: InvoiceSettingsNotification
    customer_payment_failure: InvoiceSettingsNotification
    team_auto_payment_failure: InvoiceSettingsNotification
    customer_auto_payment_failure: InvoiceSettingsNotification
    customer_auto_payment_info: InvoiceSettingsNotification
    customer_auto_payment_amount_changed: InvoiceSettingsNotification
    team_auto_payment_skip: InvoiceSettingsNotification
    team_recurring_send_invoice_failed: InvoiceSettingsNotification
    customer_send_estimate: InvoiceSettingsNotification
    team_estimate_accepted: InvoiceSettingsNotification
    team_estimate_declined: InvoiceSettingsNotification
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_send_invoice = self.customer_send_invoice.to_dict()

        team_payment_success = self.team_payment_success.to_dict()

        customer_payment_success = self.customer_payment_success.to_dict()

        team_auto_payment_success = self.team_auto_payment_success.to_dict()

        customer_auto_payment_success = self.customer_auto_payment_success.to_dict()

        team_payment_failure = self.team_payment_failure.to_dict()

        customer_payment_failure = self.customer_payment_failure.to_dict()

        team_auto_payment_failure = self.team_auto_payment_failure.to_dict()

        customer_auto_payment_failure = self.customer_auto_payment_failure.to_dict()

        customer_auto_payment_info = self.customer_auto_payment_info.to_dict()

        customer_auto_payment_amount_changed = self.customer_auto_payment_amount_changed.to_dict()

        team_auto_payment_skip = self.team_auto_payment_skip.to_dict()

        team_recurring_send_invoice_failed = self.team_recurring_send_invoice_failed.to_dict()

        customer_send_estimate = self.customer_send_estimate.to_dict()

        team_estimate_accepted = self.team_estimate_accepted.to_dict()

        team_estimate_declined = self.team_estimate_declined.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerSendInvoice": customer_send_invoice,
                "teamPaymentSuccess": team_payment_success,
                "customerPaymentSuccess": customer_payment_success,
                "teamAutoPaymentSuccess": team_auto_payment_success,
                "customerAutoPaymentSuccess": customer_auto_payment_success,
                "teamPaymentFailure": team_payment_failure,
                "customerPaymentFailure": customer_payment_failure,
                "teamAutoPaymentFailure": team_auto_payment_failure,
                "customerAutoPaymentFailure": customer_auto_payment_failure,
                "customerAutoPaymentInfo": customer_auto_payment_info,
                "customerAutoPaymentAmountChanged": customer_auto_payment_amount_changed,
                "teamAutoPaymentSkip": team_auto_payment_skip,
                "teamRecurringSendInvoiceFailed": team_recurring_send_invoice_failed,
                "customerSendEstimate": customer_send_estimate,
                "teamEstimateAccepted": team_estimate_accepted,
                "teamEstimateDeclined": team_estimate_declined,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettingsCustomNotification", src_dict)
        d = dict(src_dict)
        try:
            _customer_send_invoice = d.pop("customerSendInvoice")
            customer_send_invoice = InvoiceSettingsNotification.from_dict(_customer_send_invoice)

        except Exception as exc:
            field_error(exc, src_dict, "customerSendInvoice", "object (InvoiceSettingsNotification)")

        try:
            _team_payment_success = d.pop("teamPaymentSuccess")
            team_payment_success = InvoiceSettingsNotification.from_dict(_team_payment_success)

        except Exception as exc:
            field_error(exc, src_dict, "teamPaymentSuccess", "object (InvoiceSettingsNotification)")

        try:
            _customer_payment_success = d.pop("customerPaymentSuccess")
            customer_payment_success = InvoiceSettingsNotification.from_dict(_customer_payment_success)

        except Exception as exc:
            field_error(exc, src_dict, "customerPaymentSuccess", "object (InvoiceSettingsNotification)")

        try:
            _team_auto_payment_success = d.pop("teamAutoPaymentSuccess")
            team_auto_payment_success = InvoiceSettingsNotification.from_dict(_team_auto_payment_success)

        except Exception as exc:
            field_error(exc, src_dict, "teamAutoPaymentSuccess", "object (InvoiceSettingsNotification)")

        try:
            _customer_auto_payment_success = d.pop("customerAutoPaymentSuccess")
            customer_auto_payment_success = InvoiceSettingsNotification.from_dict(_customer_auto_payment_success)

        except Exception as exc:
            field_error(exc, src_dict, "customerAutoPaymentSuccess", "object (InvoiceSettingsNotification)")

        try:
            _team_payment_failure = d.pop("teamPaymentFailure")
            team_payment_failure = InvoiceSettingsNotification.from_dict(_team_payment_failure)

        except Exception as exc:
            field_error(exc, src_dict, "teamPaymentFailure", "object (InvoiceSettingsNotification)")

        try:
            _customer_payment_failure = d.pop("customerPaymentFailure")
            customer_payment_failure = InvoiceSettingsNotification.from_dict(_customer_payment_failure)

        except Exception as exc:
            field_error(exc, src_dict, "customerPaymentFailure", "object (InvoiceSettingsNotification)")

        try:
            _team_auto_payment_failure = d.pop("teamAutoPaymentFailure")
            team_auto_payment_failure = InvoiceSettingsNotification.from_dict(_team_auto_payment_failure)

        except Exception as exc:
            field_error(exc, src_dict, "teamAutoPaymentFailure", "object (InvoiceSettingsNotification)")

        try:
            _customer_auto_payment_failure = d.pop("customerAutoPaymentFailure")
            customer_auto_payment_failure = InvoiceSettingsNotification.from_dict(_customer_auto_payment_failure)

        except Exception as exc:
            field_error(exc, src_dict, "customerAutoPaymentFailure", "object (InvoiceSettingsNotification)")

        try:
            _customer_auto_payment_info = d.pop("customerAutoPaymentInfo")
            customer_auto_payment_info = InvoiceSettingsNotification.from_dict(_customer_auto_payment_info)

        except Exception as exc:
            field_error(exc, src_dict, "customerAutoPaymentInfo", "object (InvoiceSettingsNotification)")

        try:
            _customer_auto_payment_amount_changed = d.pop("customerAutoPaymentAmountChanged")
            customer_auto_payment_amount_changed = InvoiceSettingsNotification.from_dict(
                _customer_auto_payment_amount_changed
            )

        except Exception as exc:
            field_error(exc, src_dict, "customerAutoPaymentAmountChanged", "object (InvoiceSettingsNotification)")

        try:
            _team_auto_payment_skip = d.pop("teamAutoPaymentSkip")
            team_auto_payment_skip = InvoiceSettingsNotification.from_dict(_team_auto_payment_skip)

        except Exception as exc:
            field_error(exc, src_dict, "teamAutoPaymentSkip", "object (InvoiceSettingsNotification)")

        try:
            _team_recurring_send_invoice_failed = d.pop("teamRecurringSendInvoiceFailed")
            team_recurring_send_invoice_failed = InvoiceSettingsNotification.from_dict(
                _team_recurring_send_invoice_failed
            )

        except Exception as exc:
            field_error(exc, src_dict, "teamRecurringSendInvoiceFailed", "object (InvoiceSettingsNotification)")

        try:
            _customer_send_estimate = d.pop("customerSendEstimate")
            customer_send_estimate = InvoiceSettingsNotification.from_dict(_customer_send_estimate)

        except Exception as exc:
            field_error(exc, src_dict, "customerSendEstimate", "object (InvoiceSettingsNotification)")

        try:
            _team_estimate_accepted = d.pop("teamEstimateAccepted")
            team_estimate_accepted = InvoiceSettingsNotification.from_dict(_team_estimate_accepted)

        except Exception as exc:
            field_error(exc, src_dict, "teamEstimateAccepted", "object (InvoiceSettingsNotification)")

        try:
            _team_estimate_declined = d.pop("teamEstimateDeclined")
            team_estimate_declined = InvoiceSettingsNotification.from_dict(_team_estimate_declined)

        except Exception as exc:
            field_error(exc, src_dict, "teamEstimateDeclined", "object (InvoiceSettingsNotification)")

        invoice_settings_custom_notification = cls(
            customer_send_invoice=customer_send_invoice,
            team_payment_success=team_payment_success,
            customer_payment_success=customer_payment_success,
            team_auto_payment_success=team_auto_payment_success,
            customer_auto_payment_success=customer_auto_payment_success,
            team_payment_failure=team_payment_failure,
            customer_payment_failure=customer_payment_failure,
            team_auto_payment_failure=team_auto_payment_failure,
            customer_auto_payment_failure=customer_auto_payment_failure,
            customer_auto_payment_info=customer_auto_payment_info,
            customer_auto_payment_amount_changed=customer_auto_payment_amount_changed,
            team_auto_payment_skip=team_auto_payment_skip,
            team_recurring_send_invoice_failed=team_recurring_send_invoice_failed,
            customer_send_estimate=customer_send_estimate,
            team_estimate_accepted=team_estimate_accepted,
            team_estimate_declined=team_estimate_declined,
        )

        invoice_settings_custom_notification.additional_properties = d
        return invoice_settings_custom_notification

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
from ..models.invoice_settings_notification import InvoiceSettingsNotification
