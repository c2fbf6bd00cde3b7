from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceSchedule")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "InvoiceSchedule.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
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
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.field_id, Unset):
            field_id = self.field_id
            field_dict["_id"] = field_id

        if not isinstance(self.status, Unset):
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.live_mode, Unset):
            live_mode = self.live_mode
            field_dict["liveMode"] = live_mode

        if not isinstance(self.alt_id, Unset):
            alt_id = self.alt_id
            field_dict["altId"] = alt_id

        if not isinstance(self.alt_type, Unset):
            alt_type = self.alt_type.value
            field_dict["altType"] = alt_type

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

            field_dict["invoices"] = invoices

        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()
            field_dict["businessDetails"] = business_details

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()
            field_dict["contactDetails"] = contact_details

        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

            field_dict["items"] = items

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.title, Unset):
            title = self.title
            field_dict["title"] = title

        if not isinstance(self.terms_notes, Unset):
            terms_notes = self.terms_notes
            field_dict["termsNotes"] = terms_notes

        if not isinstance(self.compiled_terms_notes, Unset):
            compiled_terms_notes = self.compiled_terms_notes
            field_dict["compiledTermsNotes"] = compiled_terms_notes

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
        if discount is not UNSET:
            field_dict["discount"] = discount

        auto_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_payment, Unset):
            auto_payment = self.auto_payment.to_dict()
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
            field_id = field_error(exc, src_dict, d, "_id", "string")

        try:
            status: str = d.pop("status")
            if status.__class__ is not str and not isinstance(status, str):
                raise TypeError
        except Exception as exc:
            status = field_error(exc, src_dict, d, "status", "string")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

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

        invoices: list[Invoice] = []
        try:
            _invoices = d.pop("invoices")
            if _invoices.__class__ is not list and not isinstance(_invoices, list):
                raise TypeError
            invoices = []
            for invoices_item_index, invoices_item_data in enumerate(_invoices):
                try:
                    invoices_item = Invoice.from_dict(invoices_item_data)

                except Exception as exc:
                    item_error(
                        exc, src_dict, d, "invoices", invoices_item_index, "object (Invoice)", invoices_item_data
                    )
                    continue
                invoices.append(invoices_item)

        except Exception as exc:
            invoices = field_error(exc, src_dict, d, "invoices", "array of object (Invoice)")

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

        try:
            _contact_details = d.pop("contactDetails")
            contact_details = ContactDetails.from_dict(_contact_details)

        except Exception as exc:
            contact_details = field_error(exc, src_dict, d, "contactDetails", "object (ContactDetails)")

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
            terms_notes: str = d.pop("termsNotes")
            if terms_notes.__class__ is not str and not isinstance(terms_notes, str):
                raise TypeError
        except Exception as exc:
            terms_notes = field_error(exc, src_dict, d, "termsNotes", "string")

        try:
            compiled_terms_notes: str = d.pop("compiledTermsNotes")
            if compiled_terms_notes.__class__ is not str and not isinstance(compiled_terms_notes, str):
                raise TypeError
        except Exception as exc:
            compiled_terms_notes = field_error(exc, src_dict, d, "compiledTermsNotes", "string")

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

        schedule: ScheduleOptions | Unset = UNSET
        try:
            _schedule = d.pop("schedule", UNSET)
            if _schedule is not UNSET:
                schedule = ScheduleOptions.from_dict(_schedule)

        except Exception as exc:
            schedule = field_error(exc, src_dict, d, "schedule", "object (ScheduleOptions)")

        discount: Discount | Unset = UNSET
        try:
            _discount = d.pop("discount", UNSET)
            if _discount is not UNSET:
                discount = Discount.from_dict(_discount)

        except Exception as exc:
            discount = field_error(exc, src_dict, d, "discount", "object (Discount)")

        auto_payment: AutoPayment | Unset = UNSET
        try:
            _auto_payment = d.pop("autoPayment", UNSET)
            if _auto_payment is not UNSET:
                auto_payment = AutoPayment.from_dict(_auto_payment)

        except Exception as exc:
            auto_payment = field_error(exc, src_dict, d, "autoPayment", "object (AutoPayment)")

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
from ..models.auto_payment import AutoPayment
from ..models.business_details import BusinessDetails
from ..models.contact_details import ContactDetails
from ..models.discount import Discount
from ..models.invoice import Invoice
from ..models.invoice_item import InvoiceItem
from ..models.schedule_options import ScheduleOptions
