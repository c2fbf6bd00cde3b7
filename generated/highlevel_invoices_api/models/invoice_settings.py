from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSettings")


def _alt_type_member(value: AltType | Literal["location"] | Unset) -> AltType | Unset:
    if isinstance(value, (AltType, Unset)):
        return value
    return enum_member(AltType, value, "InvoiceSettings.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceSettings:
    """The invoice settings of a location: the defaults of its invoices (title, terms, number prefix, days until due) and
    estimates, its notifications and reminders.

        Attributes:
            alt_id (str | Unset): Location Id Example: 6578278e879ad2646715ba9c.
            alt_type (AltType | Unset): Alt Type Example: location.
            terms_note (str | Unset): Default terms notes of new invoices Example: <p>This is a default terms.</p>.
            estimates_terms_note (str | Unset): Default terms notes of new estimates Example: <p>This is a default
                terms.</p>.
            title (str | Unset): Default title of new invoices Example: INVOICE.
            estimates_title (str | Unset): Default title of new estimates Example: ESTIMATE.
            invoice_number_prefix (str | Unset): Default invoice number prefix Example: INV-.
            estimate_number_prefix (str | Unset): Default estimate number prefix Example: EST-.
            due_after_x_days (float | Unset): Days from the issue date to the default due date Example: 14.
            estimates_expire_after_x_days (float | Unset): Days until a new estimate expires Example: 30.
            minimum_percentage_partial_payment (float | Unset): Smallest partial payment allowed, in percent of the total
                Example: 10.
            custom_fields (list[str] | Unset):  Example: ['PO number'].
            custom_notification (InvoiceSettingsCustomNotification | Unset): The location's notifications, by event
            business_details (InvoiceSettingsBusinessDetails | Unset): The business details of a location's invoice
                settings: the shared `BusinessDetails`, whose `name` is required here (the vendor's
                `InvoiceSettingsBusinessDetailsDto`)
            sender_configuration (InvoiceSettingsSenderConfiguration | Unset): Who invoice emails come from
            product_settings (InvoiceSettingsProductSettings | Unset): How products become invoice items
            reminder_settings (InvoiceSettingsReminderSettings | Unset): Payment reminders (a location's, in its settings;
                an invoice's, in its `remindersConfiguration`)
            late_fees_configuration (LateFeesConfiguration | Unset): late fees configuration
            tips_configuration (TipsConfiguration | Unset): tips configuration for the invoice
            payment_methods (PaymentMethods | Unset): Payment Methods for Invoices
    """

    alt_id: str | Unset = UNSET
    alt_type: AltType | Unset = _attrs_field(default=UNSET, converter=_alt_type_member)
    terms_note: str | Unset = UNSET
    estimates_terms_note: str | Unset = UNSET
    title: str | Unset = UNSET
    estimates_title: str | Unset = UNSET
    invoice_number_prefix: str | Unset = UNSET
    estimate_number_prefix: str | Unset = UNSET
    due_after_x_days: float | Unset = UNSET
    estimates_expire_after_x_days: float | Unset = UNSET
    minimum_percentage_partial_payment: float | Unset = UNSET
    custom_fields: list[str] | Unset = UNSET
    custom_notification: InvoiceSettingsCustomNotification | Unset = UNSET
    business_details: InvoiceSettingsBusinessDetails | Unset = UNSET
    sender_configuration: InvoiceSettingsSenderConfiguration | Unset = UNSET
    product_settings: InvoiceSettingsProductSettings | Unset = UNSET
    reminder_settings: InvoiceSettingsReminderSettings | Unset = UNSET
    late_fees_configuration: LateFeesConfiguration | Unset = UNSET
    tips_configuration: TipsConfiguration | Unset = UNSET
    payment_methods: PaymentMethods | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        alt_id = self.alt_id
        if alt_id is not UNSET:
            field_dict["altId"] = alt_id

        alt_type: str | Unset = UNSET
        if not isinstance(self.alt_type, Unset):
            alt_type = self.alt_type.value

        if alt_type is not UNSET:
            field_dict["altType"] = alt_type

        terms_note = self.terms_note
        if terms_note is not UNSET:
            field_dict["termsNote"] = terms_note

        estimates_terms_note = self.estimates_terms_note
        if estimates_terms_note is not UNSET:
            field_dict["estimatesTermsNote"] = estimates_terms_note

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        estimates_title = self.estimates_title
        if estimates_title is not UNSET:
            field_dict["estimatesTitle"] = estimates_title

        invoice_number_prefix = self.invoice_number_prefix
        if invoice_number_prefix is not UNSET:
            field_dict["invoiceNumberPrefix"] = invoice_number_prefix

        estimate_number_prefix = self.estimate_number_prefix
        if estimate_number_prefix is not UNSET:
            field_dict["estimateNumberPrefix"] = estimate_number_prefix

        due_after_x_days = self.due_after_x_days
        if due_after_x_days is not UNSET:
            field_dict["dueAfterXDays"] = due_after_x_days

        estimates_expire_after_x_days = self.estimates_expire_after_x_days
        if estimates_expire_after_x_days is not UNSET:
            field_dict["estimatesExpireAfterXDays"] = estimates_expire_after_x_days

        minimum_percentage_partial_payment = self.minimum_percentage_partial_payment
        if minimum_percentage_partial_payment is not UNSET:
            field_dict["minimumPercentagePartialPayment"] = minimum_percentage_partial_payment

        custom_fields: list[str] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        custom_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_notification, Unset):
            custom_notification = self.custom_notification.to_dict()
        if custom_notification is not UNSET:
            field_dict["customNotification"] = custom_notification

        business_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()
        if business_details is not UNSET:
            field_dict["businessDetails"] = business_details

        sender_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender_configuration, Unset):
            sender_configuration = self.sender_configuration.to_dict()
        if sender_configuration is not UNSET:
            field_dict["senderConfiguration"] = sender_configuration

        product_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_settings, Unset):
            product_settings = self.product_settings.to_dict()
        if product_settings is not UNSET:
            field_dict["productSettings"] = product_settings

        reminder_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminder_settings, Unset):
            reminder_settings = self.reminder_settings.to_dict()
        if reminder_settings is not UNSET:
            field_dict["reminderSettings"] = reminder_settings

        late_fees_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.late_fees_configuration, Unset):
            late_fees_configuration = self.late_fees_configuration.to_dict()
        if late_fees_configuration is not UNSET:
            field_dict["lateFeesConfiguration"] = late_fees_configuration

        tips_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips_configuration, Unset):
            tips_configuration = self.tips_configuration.to_dict()
        if tips_configuration is not UNSET:
            field_dict["tipsConfiguration"] = tips_configuration

        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSettings", src_dict)
        d = dict(src_dict)
        try:
            alt_id: str | Unset = d.pop("altId", UNSET)
            if alt_id is not UNSET and (alt_id.__class__ is not str and not isinstance(alt_id, str)):
                raise TypeError
        except Exception as exc:
            alt_id = field_error(exc, src_dict, d, "altId", "string")

        alt_type: AltType | Unset = UNSET
        try:
            _alt_type = d.pop("altType", UNSET)
            if _alt_type is not UNSET:
                alt_type = AltType(_alt_type)

        except Exception as exc:
            alt_type = field_error(exc, src_dict, d, "altType", "string (AltType)")

        try:
            terms_note: str | Unset = d.pop("termsNote", UNSET)
            if terms_note is not UNSET and (terms_note.__class__ is not str and not isinstance(terms_note, str)):
                raise TypeError
        except Exception as exc:
            terms_note = field_error(exc, src_dict, d, "termsNote", "string")

        try:
            estimates_terms_note: str | Unset = d.pop("estimatesTermsNote", UNSET)
            if estimates_terms_note is not UNSET and (
                estimates_terms_note.__class__ is not str and not isinstance(estimates_terms_note, str)
            ):
                raise TypeError
        except Exception as exc:
            estimates_terms_note = field_error(exc, src_dict, d, "estimatesTermsNote", "string")

        try:
            title: str | Unset = d.pop("title", UNSET)
            if title is not UNSET and (title.__class__ is not str and not isinstance(title, str)):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        try:
            estimates_title: str | Unset = d.pop("estimatesTitle", UNSET)
            if estimates_title is not UNSET and (
                estimates_title.__class__ is not str and not isinstance(estimates_title, str)
            ):
                raise TypeError
        except Exception as exc:
            estimates_title = field_error(exc, src_dict, d, "estimatesTitle", "string")

        try:
            invoice_number_prefix: str | Unset = d.pop("invoiceNumberPrefix", UNSET)
            if invoice_number_prefix is not UNSET and (
                invoice_number_prefix.__class__ is not str and not isinstance(invoice_number_prefix, str)
            ):
                raise TypeError
        except Exception as exc:
            invoice_number_prefix = field_error(exc, src_dict, d, "invoiceNumberPrefix", "string")

        try:
            estimate_number_prefix: str | Unset = d.pop("estimateNumberPrefix", UNSET)
            if estimate_number_prefix is not UNSET and (
                estimate_number_prefix.__class__ is not str and not isinstance(estimate_number_prefix, str)
            ):
                raise TypeError
        except Exception as exc:
            estimate_number_prefix = field_error(exc, src_dict, d, "estimateNumberPrefix", "string")

        try:
            due_after_x_days: float | Unset = d.pop("dueAfterXDays", UNSET)
            if due_after_x_days is not UNSET and (
                due_after_x_days.__class__ is not float
                and due_after_x_days.__class__ is not int
                and (not isinstance(due_after_x_days, (int, float)) or isinstance(due_after_x_days, bool))
            ):
                raise TypeError
        except Exception as exc:
            due_after_x_days = field_error(exc, src_dict, d, "dueAfterXDays", "number")

        try:
            estimates_expire_after_x_days: float | Unset = d.pop("estimatesExpireAfterXDays", UNSET)
            if estimates_expire_after_x_days is not UNSET and (
                estimates_expire_after_x_days.__class__ is not float
                and estimates_expire_after_x_days.__class__ is not int
                and (
                    not isinstance(estimates_expire_after_x_days, (int, float))
                    or isinstance(estimates_expire_after_x_days, bool)
                )
            ):
                raise TypeError
        except Exception as exc:
            estimates_expire_after_x_days = field_error(exc, src_dict, d, "estimatesExpireAfterXDays", "number")

        try:
            minimum_percentage_partial_payment: float | Unset = d.pop("minimumPercentagePartialPayment", UNSET)
            if minimum_percentage_partial_payment is not UNSET and (
                minimum_percentage_partial_payment.__class__ is not float
                and minimum_percentage_partial_payment.__class__ is not int
                and (
                    not isinstance(minimum_percentage_partial_payment, (int, float))
                    or isinstance(minimum_percentage_partial_payment, bool)
                )
            ):
                raise TypeError
        except Exception as exc:
            minimum_percentage_partial_payment = field_error(
                exc, src_dict, d, "minimumPercentagePartialPayment", "number"
            )

        custom_fields: list[str] | Unset = UNSET
        try:
            _custom_fields = d.pop("customFields", UNSET)
            if _custom_fields is not UNSET:
                if _custom_fields.__class__ is not list and not isinstance(_custom_fields, list):
                    raise TypeError
                custom_fields = []
                for custom_fields_item_index, custom_fields_item_data in enumerate(_custom_fields):
                    try:
                        if custom_fields_item_data.__class__ is not str and not isinstance(
                            custom_fields_item_data, str
                        ):
                            raise TypeError
                        custom_fields_item = custom_fields_item_data

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "customFields",
                            custom_fields_item_index,
                            "string",
                            custom_fields_item_data,
                        )
                        continue
                    custom_fields.append(custom_fields_item)

        except Exception as exc:
            custom_fields = field_error(exc, src_dict, d, "customFields", "array of string")

        custom_notification: InvoiceSettingsCustomNotification | Unset = UNSET
        try:
            _custom_notification = d.pop("customNotification", UNSET)
            if _custom_notification is not UNSET:
                custom_notification = InvoiceSettingsCustomNotification.from_dict(_custom_notification)

        except Exception as exc:
            custom_notification = field_error(
                exc, src_dict, d, "customNotification", "object (InvoiceSettingsCustomNotification)"
            )

        business_details: InvoiceSettingsBusinessDetails | Unset = UNSET
        try:
            _business_details = d.pop("businessDetails", UNSET)
            if _business_details is not UNSET:
                business_details = InvoiceSettingsBusinessDetails.from_dict(_business_details)

        except Exception as exc:
            business_details = field_error(
                exc, src_dict, d, "businessDetails", "object (InvoiceSettingsBusinessDetails)"
            )

        sender_configuration: InvoiceSettingsSenderConfiguration | Unset = UNSET
        try:
            _sender_configuration = d.pop("senderConfiguration", UNSET)
            if _sender_configuration is not UNSET:
                sender_configuration = InvoiceSettingsSenderConfiguration.from_dict(_sender_configuration)

        except Exception as exc:
            sender_configuration = field_error(
                exc, src_dict, d, "senderConfiguration", "object (InvoiceSettingsSenderConfiguration)"
            )

        product_settings: InvoiceSettingsProductSettings | Unset = UNSET
        try:
            _product_settings = d.pop("productSettings", UNSET)
            if _product_settings is not UNSET:
                product_settings = InvoiceSettingsProductSettings.from_dict(_product_settings)

        except Exception as exc:
            product_settings = field_error(
                exc, src_dict, d, "productSettings", "object (InvoiceSettingsProductSettings)"
            )

        reminder_settings: InvoiceSettingsReminderSettings | Unset = UNSET
        try:
            _reminder_settings = d.pop("reminderSettings", UNSET)
            if _reminder_settings is not UNSET:
                reminder_settings = InvoiceSettingsReminderSettings.from_dict(_reminder_settings)

        except Exception as exc:
            reminder_settings = field_error(
                exc, src_dict, d, "reminderSettings", "object (InvoiceSettingsReminderSettings)"
            )

        late_fees_configuration: LateFeesConfiguration | Unset = UNSET
        try:
            _late_fees_configuration = d.pop("lateFeesConfiguration", UNSET)
            if _late_fees_configuration is not UNSET:
                late_fees_configuration = LateFeesConfiguration.from_dict(_late_fees_configuration)

        except Exception as exc:
            late_fees_configuration = field_error(
                exc, src_dict, d, "lateFeesConfiguration", "object (LateFeesConfiguration)"
            )

        tips_configuration: TipsConfiguration | Unset = UNSET
        try:
            _tips_configuration = d.pop("tipsConfiguration", UNSET)
            if _tips_configuration is not UNSET:
                tips_configuration = TipsConfiguration.from_dict(_tips_configuration)

        except Exception as exc:
            tips_configuration = field_error(exc, src_dict, d, "tipsConfiguration", "object (TipsConfiguration)")

        payment_methods: PaymentMethods | Unset = UNSET
        try:
            _payment_methods = d.pop("paymentMethods", UNSET)
            if _payment_methods is not UNSET:
                payment_methods = PaymentMethods.from_dict(_payment_methods)

        except Exception as exc:
            payment_methods = field_error(exc, src_dict, d, "paymentMethods", "object (PaymentMethods)")

        invoice_settings = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            terms_note=terms_note,
            estimates_terms_note=estimates_terms_note,
            title=title,
            estimates_title=estimates_title,
            invoice_number_prefix=invoice_number_prefix,
            estimate_number_prefix=estimate_number_prefix,
            due_after_x_days=due_after_x_days,
            estimates_expire_after_x_days=estimates_expire_after_x_days,
            minimum_percentage_partial_payment=minimum_percentage_partial_payment,
            custom_fields=custom_fields,
            custom_notification=custom_notification,
            business_details=business_details,
            sender_configuration=sender_configuration,
            product_settings=product_settings,
            reminder_settings=reminder_settings,
            late_fees_configuration=late_fees_configuration,
            tips_configuration=tips_configuration,
            payment_methods=payment_methods,
        )

        invoice_settings.additional_properties = d
        return invoice_settings

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
from ..models.invoice_settings_business_details import InvoiceSettingsBusinessDetails
from ..models.invoice_settings_custom_notification import InvoiceSettingsCustomNotification
from ..models.invoice_settings_product_settings import InvoiceSettingsProductSettings
from ..models.invoice_settings_reminder_settings import InvoiceSettingsReminderSettings
from ..models.invoice_settings_sender_configuration import InvoiceSettingsSenderConfiguration
from ..models.late_fees_configuration import LateFeesConfiguration
from ..models.payment_methods import PaymentMethods
from ..models.tips_configuration import TipsConfiguration
