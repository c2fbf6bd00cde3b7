from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..models.invoice_event_type import InvoiceEventType
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object, number_as_string

T = TypeVar("T", bound="InvoiceEvent")


def _status_member(
    value: InvoiceStatus | Literal["draft", "sent", "payment_processing", "paid", "void", "partially_paid"],
) -> InvoiceStatus:
    if isinstance(value, InvoiceStatus):
        return value
    return enum_member(InvoiceStatus, value, "InvoiceEvent.status")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "InvoiceEvent.alt_type")


def _type__member(
    value: InvoiceEventType
    | Literal[
        "InvoiceCreate",
        "InvoiceUpdate",
        "InvoiceSent",
        "InvoicePaid",
        "InvoicePartiallyPaid",
        "InvoiceVoid",
        "InvoiceDelete",
    ],
) -> InvoiceEventType:
    if isinstance(value, InvoiceEventType):
        return value
    return enum_member(InvoiceEventType, value, "InvoiceEvent.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceEvent:
    """The body of every invoice webhook: the invoice with its totals, as `get-invoice` answers it, plus the envelope. The
    seven events share it; `type` tells them apart.

        Attributes:
            field_id (str): Invoice Id Example: 6578278e879ad2646715ba9c.
            status (InvoiceStatus): Invoice Status Example: draft.
            live_mode (bool): Live Mode Example: False.
            amount_paid (float): An amount of money in the invoice's currency Example: 999.
            alt_id (str): Location Id or Agency Id Example: 6578278e879ad2646715ba9c.
            alt_type (AltType): Alt Type Example: location.
            name (str): Name of the invoice Example: New Invoice.
            business_details (BusinessDetails): Business Details
            invoice_number (str): Invoice Number (with its prefix, if any) Example: 19.
            currency (str): Currency Example: USD.
            contact_details (ContactDetails): Contact information to send the invoice to
            issue_date (str): Issue date in YYYY-MM-DD format Example: 2023-01-01.
            due_date (str): Due date in YYYY-MM-DD format Example: 2023-01-01.
            invoice_items (list[InvoiceItem]): Invoice Items
            total (float): An amount of money in the invoice's currency Example: 999.
            title (str): Title Example: INVOICE.
            amount_due (float): An amount of money in the invoice's currency Example: 999.
            created_at (str): created at Example: 2023-12-12T09:27:42.355Z.
            updated_at (str): updated at Example: 2023-12-12T09:27:42.355Z.
            total_summary (TotalSummary): Totals of an invoice
            type_ (InvoiceEventType): Which invoice event a webhook body announces (its entry in `webhooks`) Example:
                InvoicePaid.
            location_id (str): The location (sub-account) of the invoice Example: 6578278e879ad2646715ba9c.
            timestamp (datetime.datetime): When HighLevel sent the event (ISO 8601); a receiver refuses one older than about
                5 minutes Example: 2025-01-28T14:35:00Z.
            webhook_id (str): Unique id of the delivery; a receiver refuses one it has already seen Example: abc123xyz.
            discount (Discount | Unset): Discount
            automatic_taxes_enabled (bool | Unset): Automatic taxes enabled for the Invoice Example: True.
            automatic_taxes_calculated (bool | Unset): Is Automatic taxes calculated for the Invoice items Example: True.
            payment_schedule (InvoicePaymentSchedule | Unset): split invoice into payment schedule summing up to full
                invoice amount (shape not documented for responses) Example: {}.
            late_fees_configuration (LateFeesConfiguration | Unset): late fees configuration
            reminders_configuration (RemindersConfiguration | Unset): The payment reminders of an invoice, and what was done
                with them
    """

    field_id: str
    status: InvoiceStatus = _attrs_field(converter=_status_member)
    live_mode: bool
    amount_paid: float
    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    name: str
    business_details: BusinessDetails
    invoice_number: str
    currency: str
    contact_details: ContactDetails
    issue_date: str
    due_date: str
    invoice_items: list[InvoiceItem]
    total: float
    title: str
    amount_due: float
    created_at: str
    updated_at: str
    total_summary: TotalSummary
    type_: InvoiceEventType = _attrs_field(converter=_type__member)
    location_id: str
    timestamp: datetime.datetime
    webhook_id: str
    discount: Discount | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    automatic_taxes_calculated: bool | Unset = UNSET
    payment_schedule: InvoicePaymentSchedule | Unset = UNSET
    late_fees_configuration: LateFeesConfiguration | Unset = UNSET
    reminders_configuration: RemindersConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.field_id, Unset):
            field_id = self.field_id
            field_dict["_id"] = field_id

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.live_mode, Unset):
            live_mode = self.live_mode
            field_dict["liveMode"] = live_mode

        if not isinstance(self.amount_paid, Unset):
            amount_paid = self.amount_paid
            field_dict["amountPaid"] = amount_paid

        if not isinstance(self.alt_id, Unset):
            alt_id = self.alt_id
            field_dict["altId"] = alt_id

        if not isinstance(self.alt_type, Unset):
            alt_type = self.alt_type.value
            field_dict["altType"] = alt_type

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()
            field_dict["businessDetails"] = business_details

        if not isinstance(self.invoice_number, Unset):
            invoice_number = self.invoice_number
            field_dict["invoiceNumber"] = invoice_number

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()
            field_dict["contactDetails"] = contact_details

        if not isinstance(self.issue_date, Unset):
            issue_date = self.issue_date
            field_dict["issueDate"] = issue_date

        if not isinstance(self.due_date, Unset):
            due_date = self.due_date
            field_dict["dueDate"] = due_date

        if not isinstance(self.invoice_items, Unset):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = invoice_items_item_data.to_dict()
                invoice_items.append(invoice_items_item)

            field_dict["invoiceItems"] = invoice_items

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.title, Unset):
            title = self.title
            field_dict["title"] = title

        if not isinstance(self.amount_due, Unset):
            amount_due = self.amount_due
            field_dict["amountDue"] = amount_due

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        if not isinstance(self.total_summary, Unset):
            total_summary = self.total_summary.to_dict()
            field_dict["totalSummary"] = total_summary

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.location_id, Unset):
            location_id = self.location_id
            field_dict["locationId"] = location_id

        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()
            field_dict["timestamp"] = timestamp

        if not isinstance(self.webhook_id, Unset):
            webhook_id = self.webhook_id
            field_dict["webhookId"] = webhook_id

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
        if discount is not UNSET:
            field_dict["discount"] = discount

        automatic_taxes_enabled = self.automatic_taxes_enabled
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled

        automatic_taxes_calculated = self.automatic_taxes_calculated
        if automatic_taxes_calculated is not UNSET:
            field_dict["automaticTaxesCalculated"] = automatic_taxes_calculated

        payment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule.to_dict()
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule

        late_fees_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.late_fees_configuration, Unset):
            late_fees_configuration = self.late_fees_configuration.to_dict()
        if late_fees_configuration is not UNSET:
            field_dict["lateFeesConfiguration"] = late_fees_configuration

        reminders_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminders_configuration, Unset):
            reminders_configuration = self.reminders_configuration.to_dict()
        if reminders_configuration is not UNSET:
            field_dict["remindersConfiguration"] = reminders_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceEvent", src_dict)
        d = dict(src_dict)
        try:
            field_id: str = d.pop("_id")
            if field_id.__class__ is not str and not isinstance(field_id, str):
                raise TypeError
        except Exception as exc:
            field_id = field_error(exc, src_dict, d, "_id", "string")

        try:
            _status = d.pop("status")
            status = InvoiceStatus(_status)

        except Exception as exc:
            status = field_error(exc, src_dict, d, "status", "string (InvoiceStatus)")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

        try:
            amount_paid: float = d.pop("amountPaid")
            if (
                amount_paid.__class__ is not float
                and amount_paid.__class__ is not int
                and (not isinstance(amount_paid, (int, float)) or isinstance(amount_paid, bool))
            ):
                raise TypeError
        except Exception as exc:
            amount_paid = field_error(exc, src_dict, d, "amountPaid", "number")

        try:
            alt_id: str = d.pop("altId")
            if alt_id.__class__ is not str and not isinstance(alt_id, str):
                raise TypeError
        except Exception as exc:
            alt_id = field_error(exc, src_dict, d, "altId", "string")

        try:
            _alt_type = d.pop("altType")
            alt_type = AltType(_alt_type)

        except Exception as exc:
            alt_type = field_error(exc, src_dict, d, "altType", "string (AltType)")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            name = field_error(exc, src_dict, d, "name", "string")

        try:
            _business_details = d.pop("businessDetails")
            business_details = BusinessDetails.from_dict(_business_details)

        except Exception as exc:
            business_details = field_error(exc, src_dict, d, "businessDetails", "object (BusinessDetails)")

        # QUIRKS Q1: x-quirk in spec/invoices.yaml
        try:
            invoice_number: str = number_as_string(d.pop("invoiceNumber"))
            if invoice_number.__class__ is not str and not isinstance(invoice_number, str):
                raise TypeError
        except Exception as exc:
            invoice_number = field_error(exc, src_dict, d, "invoiceNumber", "string")

        try:
            currency: str = d.pop("currency")
            if currency.__class__ is not str and not isinstance(currency, str):
                raise TypeError
        except Exception as exc:
            currency = field_error(exc, src_dict, d, "currency", "string")

        try:
            _contact_details = d.pop("contactDetails")
            contact_details = ContactDetails.from_dict(_contact_details)

        except Exception as exc:
            contact_details = field_error(exc, src_dict, d, "contactDetails", "object (ContactDetails)")

        try:
            issue_date: str = d.pop("issueDate")
            if issue_date.__class__ is not str and not isinstance(issue_date, str):
                raise TypeError
        except Exception as exc:
            issue_date = field_error(exc, src_dict, d, "issueDate", "string")

        try:
            due_date: str = d.pop("dueDate")
            if due_date.__class__ is not str and not isinstance(due_date, str):
                raise TypeError
        except Exception as exc:
            due_date = field_error(exc, src_dict, d, "dueDate", "string")

        invoice_items: list[InvoiceItem] = []
        try:
            _invoice_items = d.pop("invoiceItems")
            if _invoice_items.__class__ is not list and not isinstance(_invoice_items, list):
                raise TypeError
            invoice_items = []
            for invoice_items_item_index, invoice_items_item_data in enumerate(_invoice_items):
                try:
                    invoice_items_item = InvoiceItem.from_dict(invoice_items_item_data)

                except Exception as exc:
                    item_error(
                        exc,
                        src_dict,
                        d,
                        "invoiceItems",
                        invoice_items_item_index,
                        "object (InvoiceItem)",
                        invoice_items_item_data,
                    )
                    continue
                invoice_items.append(invoice_items_item)

        except Exception as exc:
            invoice_items = field_error(exc, src_dict, d, "invoiceItems", "array of object (InvoiceItem)")

        try:
            total: float = d.pop("total")
            if (
                total.__class__ is not float
                and total.__class__ is not int
                and (not isinstance(total, (int, float)) or isinstance(total, bool))
            ):
                raise TypeError
        except Exception as exc:
            total = field_error(exc, src_dict, d, "total", "number")

        try:
            title: str = d.pop("title")
            if title.__class__ is not str and not isinstance(title, str):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        try:
            amount_due: float = d.pop("amountDue")
            if (
                amount_due.__class__ is not float
                and amount_due.__class__ is not int
                and (not isinstance(amount_due, (int, float)) or isinstance(amount_due, bool))
            ):
                raise TypeError
        except Exception as exc:
            amount_due = field_error(exc, src_dict, d, "amountDue", "number")

        try:
            created_at: str = d.pop("createdAt")
            if created_at.__class__ is not str and not isinstance(created_at, str):
                raise TypeError
        except Exception as exc:
            created_at = field_error(exc, src_dict, d, "createdAt", "string")

        try:
            updated_at: str = d.pop("updatedAt")
            if updated_at.__class__ is not str and not isinstance(updated_at, str):
                raise TypeError
        except Exception as exc:
            updated_at = field_error(exc, src_dict, d, "updatedAt", "string")

        try:
            _total_summary = d.pop("totalSummary")
            total_summary = TotalSummary.from_dict(_total_summary)

        except Exception as exc:
            total_summary = field_error(exc, src_dict, d, "totalSummary", "object (TotalSummary)")

        try:
            _type_ = d.pop("type")
            type_ = InvoiceEventType(_type_)

        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string (InvoiceEventType)")

        try:
            location_id: str = d.pop("locationId")
            if location_id.__class__ is not str and not isinstance(location_id, str):
                raise TypeError
        except Exception as exc:
            location_id = field_error(exc, src_dict, d, "locationId", "string")

        try:
            timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        except Exception as exc:
            timestamp = field_error(exc, src_dict, d, "timestamp", "datetime.datetime")

        try:
            webhook_id: str = d.pop("webhookId")
            if webhook_id.__class__ is not str and not isinstance(webhook_id, str):
                raise TypeError
        except Exception as exc:
            webhook_id = field_error(exc, src_dict, d, "webhookId", "string")

        discount: Discount | Unset = UNSET
        try:
            _discount = d.pop("discount", UNSET)
            if _discount is not UNSET:
                discount = Discount.from_dict(_discount)

        except Exception as exc:
            discount = field_error(exc, src_dict, d, "discount", "object (Discount)")

        try:
            automatic_taxes_enabled: bool | Unset = d.pop("automaticTaxesEnabled", UNSET)
            if automatic_taxes_enabled is not UNSET and (
                automatic_taxes_enabled.__class__ is not bool and not isinstance(automatic_taxes_enabled, bool)
            ):
                raise TypeError
        except Exception as exc:
            automatic_taxes_enabled = field_error(exc, src_dict, d, "automaticTaxesEnabled", "boolean")

        try:
            automatic_taxes_calculated: bool | Unset = d.pop("automaticTaxesCalculated", UNSET)
            if automatic_taxes_calculated is not UNSET and (
                automatic_taxes_calculated.__class__ is not bool and not isinstance(automatic_taxes_calculated, bool)
            ):
                raise TypeError
        except Exception as exc:
            automatic_taxes_calculated = field_error(exc, src_dict, d, "automaticTaxesCalculated", "boolean")

        payment_schedule: InvoicePaymentSchedule | Unset = UNSET
        try:
            _payment_schedule = d.pop("paymentSchedule", UNSET)
            if _payment_schedule is not UNSET:
                payment_schedule = InvoicePaymentSchedule.from_dict(_payment_schedule)

        except Exception as exc:
            payment_schedule = field_error(exc, src_dict, d, "paymentSchedule", "object (InvoicePaymentSchedule)")

        late_fees_configuration: LateFeesConfiguration | Unset = UNSET
        try:
            _late_fees_configuration = d.pop("lateFeesConfiguration", UNSET)
            if _late_fees_configuration is not UNSET:
                late_fees_configuration = LateFeesConfiguration.from_dict(_late_fees_configuration)

        except Exception as exc:
            late_fees_configuration = field_error(
                exc, src_dict, d, "lateFeesConfiguration", "object (LateFeesConfiguration)"
            )

        reminders_configuration: RemindersConfiguration | Unset = UNSET
        try:
            _reminders_configuration = d.pop("remindersConfiguration", UNSET)
            if _reminders_configuration is not UNSET:
                reminders_configuration = RemindersConfiguration.from_dict(_reminders_configuration)

        except Exception as exc:
            reminders_configuration = field_error(
                exc, src_dict, d, "remindersConfiguration", "object (RemindersConfiguration)"
            )

        invoice_event = cls(
            field_id=field_id,
            status=status,
            live_mode=live_mode,
            amount_paid=amount_paid,
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            business_details=business_details,
            invoice_number=invoice_number,
            currency=currency,
            contact_details=contact_details,
            issue_date=issue_date,
            due_date=due_date,
            invoice_items=invoice_items,
            total=total,
            title=title,
            amount_due=amount_due,
            created_at=created_at,
            updated_at=updated_at,
            total_summary=total_summary,
            type_=type_,
            location_id=location_id,
            timestamp=timestamp,
            webhook_id=webhook_id,
            discount=discount,
            automatic_taxes_enabled=automatic_taxes_enabled,
            automatic_taxes_calculated=automatic_taxes_calculated,
            payment_schedule=payment_schedule,
            late_fees_configuration=late_fees_configuration,
            reminders_configuration=reminders_configuration,
        )

        invoice_event.additional_properties = d
        return invoice_event

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
from ..models.business_details import BusinessDetails
from ..models.contact_details import ContactDetails
from ..models.discount import Discount
from ..models.invoice_item import InvoiceItem
from ..models.invoice_payment_schedule import InvoicePaymentSchedule
from ..models.late_fees_configuration import LateFeesConfiguration
from ..models.reminders_configuration import RemindersConfiguration
from ..models.total_summary import TotalSummary
