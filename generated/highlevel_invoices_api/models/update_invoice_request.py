from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object, number_as_string

T = TypeVar("T", bound="UpdateInvoiceRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "UpdateInvoiceRequest.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
class UpdateInvoiceRequest:
    """
    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        name (str): Name to be updated Example: New Invoice.
        currency (str): Currency Example: USD.
        invoice_items (list[InvoiceItem]): Invoice Items
        issue_date (str): A date in YYYY-MM-DD format Example: 2023-01-01.
        due_date (str): A date in YYYY-MM-DD format Example: 2023-01-01.
        title (str | Unset): Title for the invoice Example: INVOICE.
        description (str | Unset): Description Example: ABC Corp payments.
        business_details (BusinessDetails | Unset): Business Details
        invoice_number (str | Unset): Invoice Number Example: 1001.
        contact_id (str | Unset): Id of the contact which you need to send the invoice Example:
            6578278e879ad2646715ba9c.
        contact_details (ContactDetails | Unset): Contact information to send the invoice to
        terms_notes (str | Unset): Terms notes, Also supports HTML markups Example: <p>This is a default terms.</p>.
        discount (Discount | Unset): Discount
        automatic_taxes_enabled (bool | Unset): Automatic taxes enabled for the Invoice Example: True.
        live_mode (bool | Unset): Payment mode Example: True.
        payment_schedule (PaymentSchedule | Unset): split invoice into payment schedule summing up to full invoice
            amount
        tips_configuration (TipsConfiguration | Unset): tips configuration for the invoice
        xero_details (UpdateInvoiceRequestXeroDetails | Unset): Xero integration details Example: {}.
        invoice_number_prefix (str | Unset): prefix for invoice number Example: INV-.
        payment_methods (PaymentMethods | Unset): Payment Methods for Invoices
        attachments (list[Attachment] | Unset): attachments for the invoice
        miscellaneous_charges (MiscellaneousCharges | Unset): Miscellaneous charges (processing fees)
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    name: str
    currency: str
    invoice_items: list[InvoiceItem]
    issue_date: str
    due_date: str
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    business_details: BusinessDetails | Unset = UNSET
    invoice_number: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    contact_details: ContactDetails | Unset = UNSET
    terms_notes: str | Unset = UNSET
    discount: Discount | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    live_mode: bool | Unset = UNSET
    payment_schedule: PaymentSchedule | Unset = UNSET
    tips_configuration: TipsConfiguration | Unset = UNSET
    xero_details: UpdateInvoiceRequestXeroDetails | Unset = UNSET
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

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.invoice_items, Unset):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = invoice_items_item_data.to_dict()
                invoice_items.append(invoice_items_item)

            field_dict["invoiceItems"] = invoice_items

        if not isinstance(self.issue_date, Unset):
            issue_date = self.issue_date
            field_dict["issueDate"] = issue_date

        if not isinstance(self.due_date, Unset):
            due_date = self.due_date
            field_dict["dueDate"] = due_date

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        business_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()
        if business_details is not UNSET:
            field_dict["businessDetails"] = business_details

        invoice_number = self.invoice_number
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id

        contact_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()
        if contact_details is not UNSET:
            field_dict["contactDetails"] = contact_details

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
        if discount is not UNSET:
            field_dict["discount"] = discount

        automatic_taxes_enabled = self.automatic_taxes_enabled
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled

        live_mode = self.live_mode
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode

        payment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule.to_dict()
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule

        tips_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips_configuration, Unset):
            tips_configuration = self.tips_configuration.to_dict()
        if tips_configuration is not UNSET:
            field_dict["tipsConfiguration"] = tips_configuration

        xero_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xero_details, Unset):
            xero_details = self.xero_details.to_dict()
        if xero_details is not UNSET:
            field_dict["xeroDetails"] = xero_details

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
            raise not_an_object("UpdateInvoiceRequest", src_dict)
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
            currency: str = d.pop("currency")
            if currency.__class__ is not str and not isinstance(currency, str):
                raise TypeError
        except Exception as exc:
            currency = field_error(exc, src_dict, d, "currency", "string")

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

        try:
            title: str | Unset = d.pop("title", UNSET)
            if title is not UNSET and (title.__class__ is not str and not isinstance(title, str)):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        try:
            description: str | Unset = d.pop("description", UNSET)
            if description is not UNSET and (description.__class__ is not str and not isinstance(description, str)):
                raise TypeError
        except Exception as exc:
            description = field_error(exc, src_dict, d, "description", "string")

        business_details: BusinessDetails | Unset = UNSET
        try:
            _business_details = d.pop("businessDetails", UNSET)
            if _business_details is not UNSET:
                business_details = BusinessDetails.from_dict(_business_details)

        except Exception as exc:
            business_details = field_error(exc, src_dict, d, "businessDetails", "object (BusinessDetails)")

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
            contact_id: str | Unset = d.pop("contactId", UNSET)
            if contact_id is not UNSET and (contact_id.__class__ is not str and not isinstance(contact_id, str)):
                raise TypeError
        except Exception as exc:
            contact_id = field_error(exc, src_dict, d, "contactId", "string")

        contact_details: ContactDetails | Unset = UNSET
        try:
            _contact_details = d.pop("contactDetails", UNSET)
            if _contact_details is not UNSET:
                contact_details = ContactDetails.from_dict(_contact_details)

        except Exception as exc:
            contact_details = field_error(exc, src_dict, d, "contactDetails", "object (ContactDetails)")

        try:
            terms_notes: str | Unset = d.pop("termsNotes", UNSET)
            if terms_notes is not UNSET and (terms_notes.__class__ is not str and not isinstance(terms_notes, str)):
                raise TypeError
        except Exception as exc:
            terms_notes = field_error(exc, src_dict, d, "termsNotes", "string")

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
            live_mode: bool | Unset = d.pop("liveMode", UNSET)
            if live_mode is not UNSET and (live_mode.__class__ is not bool and not isinstance(live_mode, bool)):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

        payment_schedule: PaymentSchedule | Unset = UNSET
        try:
            _payment_schedule = d.pop("paymentSchedule", UNSET)
            if _payment_schedule is not UNSET:
                payment_schedule = PaymentSchedule.from_dict(_payment_schedule)

        except Exception as exc:
            payment_schedule = field_error(exc, src_dict, d, "paymentSchedule", "object (PaymentSchedule)")

        tips_configuration: TipsConfiguration | Unset = UNSET
        try:
            _tips_configuration = d.pop("tipsConfiguration", UNSET)
            if _tips_configuration is not UNSET:
                tips_configuration = TipsConfiguration.from_dict(_tips_configuration)

        except Exception as exc:
            tips_configuration = field_error(exc, src_dict, d, "tipsConfiguration", "object (TipsConfiguration)")

        xero_details: UpdateInvoiceRequestXeroDetails | Unset = UNSET
        try:
            _xero_details = d.pop("xeroDetails", UNSET)
            if _xero_details is not UNSET:
                xero_details = UpdateInvoiceRequestXeroDetails.from_dict(_xero_details)

        except Exception as exc:
            xero_details = field_error(exc, src_dict, d, "xeroDetails", "object (UpdateInvoiceRequestXeroDetails)")

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

        update_invoice_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            currency=currency,
            invoice_items=invoice_items,
            issue_date=issue_date,
            due_date=due_date,
            title=title,
            description=description,
            business_details=business_details,
            invoice_number=invoice_number,
            contact_id=contact_id,
            contact_details=contact_details,
            terms_notes=terms_notes,
            discount=discount,
            automatic_taxes_enabled=automatic_taxes_enabled,
            live_mode=live_mode,
            payment_schedule=payment_schedule,
            tips_configuration=tips_configuration,
            xero_details=xero_details,
            invoice_number_prefix=invoice_number_prefix,
            payment_methods=payment_methods,
            attachments=attachments,
            miscellaneous_charges=miscellaneous_charges,
        )

        update_invoice_request.additional_properties = d
        return update_invoice_request

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
from ..models.miscellaneous_charges import MiscellaneousCharges
from ..models.payment_methods import PaymentMethods
from ..models.payment_schedule import PaymentSchedule
from ..models.tips_configuration import TipsConfiguration
from ..models.update_invoice_request_xero_details import UpdateInvoiceRequestXeroDetails
