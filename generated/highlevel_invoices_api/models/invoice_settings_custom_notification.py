from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSettingsCustomNotification")


@_attrs_define(on_setattr=setters.NO_OP)
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.customer_send_invoice, Unset):
            customer_send_invoice = self.customer_send_invoice.to_dict()
            field_dict["customerSendInvoice"] = customer_send_invoice

        if not isinstance(self.team_payment_success, Unset):
            team_payment_success = self.team_payment_success.to_dict()
            field_dict["teamPaymentSuccess"] = team_payment_success

        if not isinstance(self.customer_payment_success, Unset):
            customer_payment_success = self.customer_payment_success.to_dict()
            field_dict["customerPaymentSuccess"] = customer_payment_success

        if not isinstance(self.team_auto_payment_success, Unset):
            team_auto_payment_success = self.team_auto_payment_success.to_dict()
            field_dict["teamAutoPaymentSuccess"] = team_auto_payment_success

        if not isinstance(self.customer_auto_payment_success, Unset):
            customer_auto_payment_success = self.customer_auto_payment_success.to_dict()
            field_dict["customerAutoPaymentSuccess"] = customer_auto_payment_success

        if not isinstance(self.team_payment_failure, Unset):
            team_payment_failure = self.team_payment_failure.to_dict()
            field_dict["teamPaymentFailure"] = team_payment_failure

        if not isinstance(self.customer_payment_failure, Unset):
            customer_payment_failure = self.customer_payment_failure.to_dict()
            field_dict["customerPaymentFailure"] = customer_payment_failure

        if not isinstance(self.team_auto_payment_failure, Unset):
            team_auto_payment_failure = self.team_auto_payment_failure.to_dict()
            field_dict["teamAutoPaymentFailure"] = team_auto_payment_failure

        if not isinstance(self.customer_auto_payment_failure, Unset):
            customer_auto_payment_failure = self.customer_auto_payment_failure.to_dict()
            field_dict["customerAutoPaymentFailure"] = customer_auto_payment_failure

        if not isinstance(self.customer_auto_payment_info, Unset):
            customer_auto_payment_info = self.customer_auto_payment_info.to_dict()
            field_dict["customerAutoPaymentInfo"] = customer_auto_payment_info

        if not isinstance(self.customer_auto_payment_amount_changed, Unset):
            customer_auto_payment_amount_changed = self.customer_auto_payment_amount_changed.to_dict()
            field_dict["customerAutoPaymentAmountChanged"] = customer_auto_payment_amount_changed

        if not isinstance(self.team_auto_payment_skip, Unset):
            team_auto_payment_skip = self.team_auto_payment_skip.to_dict()
            field_dict["teamAutoPaymentSkip"] = team_auto_payment_skip

        if not isinstance(self.team_recurring_send_invoice_failed, Unset):
            team_recurring_send_invoice_failed = self.team_recurring_send_invoice_failed.to_dict()
            field_dict["teamRecurringSendInvoiceFailed"] = team_recurring_send_invoice_failed

        if not isinstance(self.customer_send_estimate, Unset):
            customer_send_estimate = self.customer_send_estimate.to_dict()
            field_dict["customerSendEstimate"] = customer_send_estimate

        if not isinstance(self.team_estimate_accepted, Unset):
            team_estimate_accepted = self.team_estimate_accepted.to_dict()
            field_dict["teamEstimateAccepted"] = team_estimate_accepted

        if not isinstance(self.team_estimate_declined, Unset):
            team_estimate_declined = self.team_estimate_declined.to_dict()
            field_dict["teamEstimateDeclined"] = team_estimate_declined

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
            customer_send_invoice = field_error(
                exc, src_dict, d, "customerSendInvoice", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_payment_success = d.pop("teamPaymentSuccess")
            team_payment_success = InvoiceSettingsNotification.from_dict(_team_payment_success)

        except Exception as exc:
            team_payment_success = field_error(
                exc, src_dict, d, "teamPaymentSuccess", "object (InvoiceSettingsNotification)"
            )

        try:
            _customer_payment_success = d.pop("customerPaymentSuccess")
            customer_payment_success = InvoiceSettingsNotification.from_dict(_customer_payment_success)

        except Exception as exc:
            customer_payment_success = field_error(
                exc, src_dict, d, "customerPaymentSuccess", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_auto_payment_success = d.pop("teamAutoPaymentSuccess")
            team_auto_payment_success = InvoiceSettingsNotification.from_dict(_team_auto_payment_success)

        except Exception as exc:
            team_auto_payment_success = field_error(
                exc, src_dict, d, "teamAutoPaymentSuccess", "object (InvoiceSettingsNotification)"
            )

        try:
            _customer_auto_payment_success = d.pop("customerAutoPaymentSuccess")
            customer_auto_payment_success = InvoiceSettingsNotification.from_dict(_customer_auto_payment_success)

        except Exception as exc:
            customer_auto_payment_success = field_error(
                exc, src_dict, d, "customerAutoPaymentSuccess", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_payment_failure = d.pop("teamPaymentFailure")
            team_payment_failure = InvoiceSettingsNotification.from_dict(_team_payment_failure)

        except Exception as exc:
            team_payment_failure = field_error(
                exc, src_dict, d, "teamPaymentFailure", "object (InvoiceSettingsNotification)"
            )

        try:
            _customer_payment_failure = d.pop("customerPaymentFailure")
            customer_payment_failure = InvoiceSettingsNotification.from_dict(_customer_payment_failure)

        except Exception as exc:
            customer_payment_failure = field_error(
                exc, src_dict, d, "customerPaymentFailure", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_auto_payment_failure = d.pop("teamAutoPaymentFailure")
            team_auto_payment_failure = InvoiceSettingsNotification.from_dict(_team_auto_payment_failure)

        except Exception as exc:
            team_auto_payment_failure = field_error(
                exc, src_dict, d, "teamAutoPaymentFailure", "object (InvoiceSettingsNotification)"
            )

        try:
            _customer_auto_payment_failure = d.pop("customerAutoPaymentFailure")
            customer_auto_payment_failure = InvoiceSettingsNotification.from_dict(_customer_auto_payment_failure)

        except Exception as exc:
            customer_auto_payment_failure = field_error(
                exc, src_dict, d, "customerAutoPaymentFailure", "object (InvoiceSettingsNotification)"
            )

        try:
            _customer_auto_payment_info = d.pop("customerAutoPaymentInfo")
            customer_auto_payment_info = InvoiceSettingsNotification.from_dict(_customer_auto_payment_info)

        except Exception as exc:
            customer_auto_payment_info = field_error(
                exc, src_dict, d, "customerAutoPaymentInfo", "object (InvoiceSettingsNotification)"
            )

        try:
            _customer_auto_payment_amount_changed = d.pop("customerAutoPaymentAmountChanged")
            customer_auto_payment_amount_changed = InvoiceSettingsNotification.from_dict(
                _customer_auto_payment_amount_changed
            )

        except Exception as exc:
            customer_auto_payment_amount_changed = field_error(
                exc, src_dict, d, "customerAutoPaymentAmountChanged", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_auto_payment_skip = d.pop("teamAutoPaymentSkip")
            team_auto_payment_skip = InvoiceSettingsNotification.from_dict(_team_auto_payment_skip)

        except Exception as exc:
            team_auto_payment_skip = field_error(
                exc, src_dict, d, "teamAutoPaymentSkip", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_recurring_send_invoice_failed = d.pop("teamRecurringSendInvoiceFailed")
            team_recurring_send_invoice_failed = InvoiceSettingsNotification.from_dict(
                _team_recurring_send_invoice_failed
            )

        except Exception as exc:
            team_recurring_send_invoice_failed = field_error(
                exc, src_dict, d, "teamRecurringSendInvoiceFailed", "object (InvoiceSettingsNotification)"
            )

        try:
            _customer_send_estimate = d.pop("customerSendEstimate")
            customer_send_estimate = InvoiceSettingsNotification.from_dict(_customer_send_estimate)

        except Exception as exc:
            customer_send_estimate = field_error(
                exc, src_dict, d, "customerSendEstimate", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_estimate_accepted = d.pop("teamEstimateAccepted")
            team_estimate_accepted = InvoiceSettingsNotification.from_dict(_team_estimate_accepted)

        except Exception as exc:
            team_estimate_accepted = field_error(
                exc, src_dict, d, "teamEstimateAccepted", "object (InvoiceSettingsNotification)"
            )

        try:
            _team_estimate_declined = d.pop("teamEstimateDeclined")
            team_estimate_declined = InvoiceSettingsNotification.from_dict(_team_estimate_declined)

        except Exception as exc:
            team_estimate_declined = field_error(
                exc, src_dict, d, "teamEstimateDeclined", "object (InvoiceSettingsNotification)"
            )

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
from ..models.invoice_settings_notification import InvoiceSettingsNotification
