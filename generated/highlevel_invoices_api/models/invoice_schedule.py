from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alt_type import AltType
from ..types import UNSET, Unset, field_error, not_an_object

T = TypeVar("T", bound="InvoiceSchedule")


@_attrs_define
class InvoiceSchedule:
    """A recurring invoice schedule

    Attributes:
        field_id (str): Schedule Id Example: 6578278e879ad2646715ba9c.
        status (str): Schedule Status (values not documented; seen `draft`, `active`, `cancelled`) Example: draft.
        live_mode (bool): Live Mode Example: False.
        alt_id (str): Location Id or Agency Id Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        name (str): Name of the invoice Example: New Invoice.
        invoices (list[Invoice]): List of invoices
        business_details (BusinessDetails): Business Details
        currency (str): Currency Example: USD.
        contact_details (ContactDetails): Contact information to send the invoice to
        items (list[InvoiceItem]): Invoice Items
        total (float): An amount of money in the invoice's currency Example: 999.
        title (str): Title Example: INVOICE.
        terms_notes (str): Terms notes Example: Confidential.
        compiled_terms_notes (str): Compiled terms notes Example: Confidential.
        created_at (str): created at Example: 2023-12-12T09:27:42.355Z.
        updated_at (str): updated at Example: 2023-12-12T09:27:42.355Z.
        schedule (ScheduleOptions | Unset): When and how often a schedule generates invoices
        discount (Discount | Unset): Discount
        auto_payment (AutoPayment | Unset): auto-payment configuration
    """

    field_id: str
    status: str
    live_mode: bool
    alt_id: str
    alt_type: AltType
    name: str
    invoices: list[Invoice]
    business_details: BusinessDetails
    currency: str
    contact_details: ContactDetails
    items: list[InvoiceItem]
    total: float
    title: str
    terms_notes: str
    compiled_terms_notes: str
    created_at: str
    updated_at: str
    schedule: ScheduleOptions | Unset = UNSET
    discount: Discount | Unset = UNSET
    auto_payment: AutoPayment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        status = self.status

        live_mode = self.live_mode

        alt_id = self.alt_id

        alt_type = self.alt_type.value

        name = self.name

        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        business_details = self.business_details.to_dict()

        currency = self.currency

        contact_details = self.contact_details.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        title = self.title

        terms_notes = self.terms_notes

        compiled_terms_notes = self.compiled_terms_notes

        created_at = self.created_at

        updated_at = self.updated_at

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        auto_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_payment, Unset):
            auto_payment = self.auto_payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "status": status,
                "liveMode": live_mode,
                "altId": alt_id,
                "altType": alt_type,
                "name": name,
                "invoices": invoices,
                "businessDetails": business_details,
                "currency": currency,
                "contactDetails": contact_details,
                "items": items,
                "total": total,
                "title": title,
                "termsNotes": terms_notes,
                "compiledTermsNotes": compiled_terms_notes,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if discount is not UNSET:
            field_dict["discount"] = discount
        if auto_payment is not UNSET:
            field_dict["autoPayment"] = auto_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceSchedule", src_dict)
        d = dict(src_dict)
        try:
            field_id: str = d.pop("_id")
            if field_id.__class__ is not str and not isinstance(field_id, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "_id", "string")

        try:
            status: str = d.pop("status")
            if status.__class__ is not str and not isinstance(status, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "status", "string")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "liveMode", "boolean")

        try:
            alt_id: str = d.pop("altId")
            if alt_id.__class__ is not str and not isinstance(alt_id, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "altId", "string")

        try:
            _alt_type = d.pop("altType")
            alt_type = AltType(_alt_type)

        except Exception as exc:
            field_error(exc, src_dict, "altType", "string (AltType)")

        try:
            name: str = d.pop("name")
            if name.__class__ is not str and not isinstance(name, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "name", "string")

        invoices: list[Invoice] = []
        try:
            _invoices = d.pop("invoices")
            if _invoices.__class__ is not list and not isinstance(_invoices, list):
                raise TypeError
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = Invoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        except Exception as exc:
            field_error(exc, src_dict, "invoices", "array of object (Invoice)", invoices, "object (Invoice)")

        try:
            _business_details = d.pop("businessDetails")
            business_details = BusinessDetails.from_dict(_business_details)

        except Exception as exc:
            field_error(exc, src_dict, "businessDetails", "object (BusinessDetails)")

        try:
            currency: str = d.pop("currency")
            if currency.__class__ is not str and not isinstance(currency, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "currency", "string")

        try:
            _contact_details = d.pop("contactDetails")
            contact_details = ContactDetails.from_dict(_contact_details)

        except Exception as exc:
            field_error(exc, src_dict, "contactDetails", "object (ContactDetails)")

        items: list[InvoiceItem] = []
        try:
            _items = d.pop("items")
            if _items.__class__ is not list and not isinstance(_items, list):
                raise TypeError
            items = []
            for items_item_data in _items:
                items_item = InvoiceItem.from_dict(items_item_data)

                items.append(items_item)

        except Exception as exc:
            field_error(exc, src_dict, "items", "array of object (InvoiceItem)", items, "object (InvoiceItem)")

        try:
            total: float = d.pop("total")
            if (
                total.__class__ is not float
                and total.__class__ is not int
                and (not isinstance(total, (int, float)) or isinstance(total, bool))
            ):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "total", "number")

        try:
            title: str = d.pop("title")
            if title.__class__ is not str and not isinstance(title, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "title", "string")

        try:
            terms_notes: str = d.pop("termsNotes")
            if terms_notes.__class__ is not str and not isinstance(terms_notes, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "termsNotes", "string")

        try:
            compiled_terms_notes: str = d.pop("compiledTermsNotes")
            if compiled_terms_notes.__class__ is not str and not isinstance(compiled_terms_notes, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "compiledTermsNotes", "string")

        try:
            created_at: str = d.pop("createdAt")
            if created_at.__class__ is not str and not isinstance(created_at, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "createdAt", "string")

        try:
            updated_at: str = d.pop("updatedAt")
            if updated_at.__class__ is not str and not isinstance(updated_at, str):
                raise TypeError
        except Exception as exc:
            field_error(exc, src_dict, "updatedAt", "string")

        schedule: ScheduleOptions | Unset = UNSET
        try:
            _schedule = d.pop("schedule", UNSET)
            if _schedule is not UNSET:
                schedule = ScheduleOptions.from_dict(_schedule)

        except Exception as exc:
            field_error(exc, src_dict, "schedule", "object (ScheduleOptions)")

        discount: Discount | Unset = UNSET
        try:
            _discount = d.pop("discount", UNSET)
            if _discount is not UNSET:
                discount = Discount.from_dict(_discount)

        except Exception as exc:
            field_error(exc, src_dict, "discount", "object (Discount)")

        auto_payment: AutoPayment | Unset = UNSET
        try:
            _auto_payment = d.pop("autoPayment", UNSET)
            if _auto_payment is not UNSET:
                auto_payment = AutoPayment.from_dict(_auto_payment)

        except Exception as exc:
            field_error(exc, src_dict, "autoPayment", "object (AutoPayment)")

        invoice_schedule = cls(
            field_id=field_id,
            status=status,
            live_mode=live_mode,
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            invoices=invoices,
            business_details=business_details,
            currency=currency,
            contact_details=contact_details,
            items=items,
            total=total,
            title=title,
            terms_notes=terms_notes,
            compiled_terms_notes=compiled_terms_notes,
            created_at=created_at,
            updated_at=updated_at,
            schedule=schedule,
            discount=discount,
            auto_payment=auto_payment,
        )

        invoice_schedule.additional_properties = d
        return invoice_schedule

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
from ..models.auto_payment import AutoPayment
from ..models.business_details import BusinessDetails
from ..models.contact_details import ContactDetails
from ..models.discount import Discount
from ..models.invoice import Invoice
from ..models.invoice_item import InvoiceItem
from ..models.schedule_options import ScheduleOptions
