from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object, number_as_string

T = TypeVar("T", bound="CreateInvoiceRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "CreateInvoiceRequest.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
class CreateInvoiceRequest:
    """
    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        name (str): Invoice Name Example: New Invoice.
        business_details (BusinessDetails): Business Details
        currency (str): Currency code Example: USD.
        items (list[InvoiceItem]): An array of items for the invoice.
        discount (Discount): Discount
        contact_details (ContactDetails): Contact information to send the invoice to
        issue_date (str): A date in YYYY-MM-DD format Example: 2023-01-01.
        sent_to (SentTo): Where the invoice is sent
        live_mode (bool):  Example: True.
        terms_notes (str | Unset): Terms notes, Also supports HTML markups Example: <p>This is a default terms.</p>.
        title (str | Unset): Title for the invoice Example: INVOICE.
        invoice_number (str | Unset): Invoice Number Example: 1001.
        due_date (str | Unset): A date in YYYY-MM-DD format Example: 2023-01-01.
        automatic_taxes_enabled (bool | Unset): Automatic taxes enabled for the Invoice Example: True.
        payment_schedule (PaymentSchedule | Unset): split invoice into payment schedule summing up to full invoice
            amount
        late_fees_configuration (LateFeesConfiguration | Unset): late fees configuration
        tips_configuration (TipsConfiguration | Unset): tips configuration for the invoice
        invoice_number_prefix (str | Unset): prefix for invoice number Example: INV-.
        payment_methods (PaymentMethods | Unset): Payment Methods for Invoices
        attachments (list[Attachment] | Unset): attachments for the invoice
        miscellaneous_charges (MiscellaneousCharges | Unset): Miscellaneous charges (processing fees)
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    name: str
    business_details: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    discount: Discount
    contact_details: ContactDetails
    issue_date: str
    sent_to: SentTo
    live_mode: bool
    terms_notes: str | Unset = UNSET
    title: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    due_date: str | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    payment_schedule: PaymentSchedule | Unset = UNSET
    late_fees_configuration: LateFeesConfiguration | Unset = UNSET
    tips_configuration: TipsConfiguration | Unset = UNSET
    invoice_number_prefix: str | Unset = UNSET
    payment_methods: PaymentMethods | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    miscellaneous_charges: MiscellaneousCharges | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

            field_dict["items"] = items

        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
            field_dict["discount"] = discount

        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()
            field_dict["contactDetails"] = contact_details

        if not isinstance(self.issue_date, Unset):
            issue_date = self.issue_date
            field_dict["issueDate"] = issue_date

        if not isinstance(self.sent_to, Unset):
            sent_to = self.sent_to.to_dict()
            field_dict["sentTo"] = sent_to

        if not isinstance(self.live_mode, Unset):
            live_mode = self.live_mode
            field_dict["liveMode"] = live_mode

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        invoice_number = self.invoice_number
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number

        due_date = self.due_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        automatic_taxes_enabled = self.automatic_taxes_enabled
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled

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

        tips_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips_configuration, Unset):
            tips_configuration = self.tips_configuration.to_dict()
        if tips_configuration is not UNSET:
            field_dict["tipsConfiguration"] = tips_configuration

        invoice_number_prefix = self.invoice_number_prefix
        if invoice_number_prefix is not UNSET:
            field_dict["invoiceNumberPrefix"] = invoice_number_prefix

        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        miscellaneous_charges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.miscellaneous_charges, Unset):
            miscellaneous_charges = self.miscellaneous_charges.to_dict()
        if miscellaneous_charges is not UNSET:
            field_dict["miscellaneousCharges"] = miscellaneous_charges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("CreateInvoiceRequest", src_dict)
        d = dict(src_dict)
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

        try:
            currency: str = d.pop("currency")
            if currency.__class__ is not str and not isinstance(currency, str):
                raise TypeError
        except Exception as exc:
            currency = field_error(exc, src_dict, d, "currency", "string")

        items: list[InvoiceItem] = []
        try:
            _items = d.pop("items")
            if _items.__class__ is not list and not isinstance(_items, list):
                raise TypeError
            items = []
            for items_item_index, items_item_data in enumerate(_items):
                try:
                    items_item = InvoiceItem.from_dict(items_item_data)

                except Exception as exc:
                    item_error(exc, src_dict, d, "items", items_item_index, "object (InvoiceItem)", items_item_data)
                    continue
                items.append(items_item)

        except Exception as exc:
            items = field_error(exc, src_dict, d, "items", "array of object (InvoiceItem)")

        try:
            _discount = d.pop("discount")
            discount = Discount.from_dict(_discount)

        except Exception as exc:
            discount = field_error(exc, src_dict, d, "discount", "object (Discount)")

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
            _sent_to = d.pop("sentTo")
            sent_to = SentTo.from_dict(_sent_to)

        except Exception as exc:
            sent_to = field_error(exc, src_dict, d, "sentTo", "object (SentTo)")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

        try:
            terms_notes: str | Unset = d.pop("termsNotes", UNSET)
            if terms_notes is not UNSET and (terms_notes.__class__ is not str and not isinstance(terms_notes, str)):
                raise TypeError
        except Exception as exc:
            terms_notes = field_error(exc, src_dict, d, "termsNotes", "string")

        try:
            title: str | Unset = d.pop("title", UNSET)
            if title is not UNSET and (title.__class__ is not str and not isinstance(title, str)):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        # QUIRKS Q1: x-quirk in spec/invoices.yaml
        try:
            invoice_number: str | Unset = number_as_string(d.pop("invoiceNumber", UNSET))
            if invoice_number is not UNSET and (
                invoice_number.__class__ is not str and not isinstance(invoice_number, str)
            ):
                raise TypeError
        except Exception as exc:
            invoice_number = field_error(exc, src_dict, d, "invoiceNumber", "string")

        try:
            due_date: str | Unset = d.pop("dueDate", UNSET)
            if due_date is not UNSET and (due_date.__class__ is not str and not isinstance(due_date, str)):
                raise TypeError
        except Exception as exc:
            due_date = field_error(exc, src_dict, d, "dueDate", "string")

        try:
            automatic_taxes_enabled: bool | Unset = d.pop("automaticTaxesEnabled", UNSET)
            if automatic_taxes_enabled is not UNSET and (
                automatic_taxes_enabled.__class__ is not bool and not isinstance(automatic_taxes_enabled, bool)
            ):
                raise TypeError
        except Exception as exc:
            automatic_taxes_enabled = field_error(exc, src_dict, d, "automaticTaxesEnabled", "boolean")

        payment_schedule: PaymentSchedule | Unset = UNSET
        try:
            _payment_schedule = d.pop("paymentSchedule", UNSET)
            if _payment_schedule is not UNSET:
                payment_schedule = PaymentSchedule.from_dict(_payment_schedule)

        except Exception as exc:
            payment_schedule = field_error(exc, src_dict, d, "paymentSchedule", "object (PaymentSchedule)")

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

        try:
            invoice_number_prefix: str | Unset = d.pop("invoiceNumberPrefix", UNSET)
            if invoice_number_prefix is not UNSET and (
                invoice_number_prefix.__class__ is not str and not isinstance(invoice_number_prefix, str)
            ):
                raise TypeError
        except Exception as exc:
            invoice_number_prefix = field_error(exc, src_dict, d, "invoiceNumberPrefix", "string")

        payment_methods: PaymentMethods | Unset = UNSET
        try:
            _payment_methods = d.pop("paymentMethods", UNSET)
            if _payment_methods is not UNSET:
                payment_methods = PaymentMethods.from_dict(_payment_methods)

        except Exception as exc:
            payment_methods = field_error(exc, src_dict, d, "paymentMethods", "object (PaymentMethods)")

        attachments: list[Attachment] | Unset = UNSET
        try:
            _attachments = d.pop("attachments", UNSET)
            if _attachments is not UNSET:
                if _attachments.__class__ is not list and not isinstance(_attachments, list):
                    raise TypeError
                attachments = []
                for attachments_item_index, attachments_item_data in enumerate(_attachments):
                    try:
                        attachments_item = Attachment.from_dict(attachments_item_data)

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "attachments",
                            attachments_item_index,
                            "object (Attachment)",
                            attachments_item_data,
                        )
                        continue
                    attachments.append(attachments_item)

        except Exception as exc:
            attachments = field_error(exc, src_dict, d, "attachments", "array of object (Attachment)")

        miscellaneous_charges: MiscellaneousCharges | Unset = UNSET
        try:
            _miscellaneous_charges = d.pop("miscellaneousCharges", UNSET)
            if _miscellaneous_charges is not UNSET:
                miscellaneous_charges = MiscellaneousCharges.from_dict(_miscellaneous_charges)

        except Exception as exc:
            miscellaneous_charges = field_error(
                exc, src_dict, d, "miscellaneousCharges", "object (MiscellaneousCharges)"
            )

        create_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            business_details=business_details,
            currency=currency,
            items=items,
            discount=discount,
            contact_details=contact_details,
            issue_date=issue_date,
            sent_to=sent_to,
            live_mode=live_mode,
            terms_notes=terms_notes,
            title=title,
            invoice_number=invoice_number,
            due_date=due_date,
            automatic_taxes_enabled=automatic_taxes_enabled,
            payment_schedule=payment_schedule,
            late_fees_configuration=late_fees_configuration,
            tips_configuration=tips_configuration,
            invoice_number_prefix=invoice_number_prefix,
            payment_methods=payment_methods,
            attachments=attachments,
            miscellaneous_charges=miscellaneous_charges,
        )

        create_invoice_request.additional_properties = d
        return create_invoice_request

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
from ..models.attachment import Attachment
from ..models.business_details import BusinessDetails
from ..models.contact_details import ContactDetails
from ..models.discount import Discount
from ..models.invoice_item import InvoiceItem
from ..models.late_fees_configuration import LateFeesConfiguration
from ..models.miscellaneous_charges import MiscellaneousCharges
from ..models.payment_methods import PaymentMethods
from ..models.payment_schedule import PaymentSchedule
from ..models.sent_to import SentTo
from ..models.tips_configuration import TipsConfiguration
