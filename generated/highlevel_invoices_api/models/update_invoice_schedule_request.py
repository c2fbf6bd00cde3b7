from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="UpdateInvoiceScheduleRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "UpdateInvoiceScheduleRequest.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
class UpdateInvoiceScheduleRequest:
    """The new fields of a schedule (update-invoice-schedule, update-and-schedule-invoice-schedule)

    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        name (str): Schedule Name Example: Monthly retainer.
        contact_details (ContactDetails): Contact information to send the invoice to
        schedule (ScheduleOptions): When and how often a schedule generates invoices
        live_mode (bool):  Example: True.
        business_details (BusinessDetails): Business Details
        currency (str): Currency code Example: USD.
        items (list[InvoiceItem]): An array of items for the invoices of the schedule.
        discount (Discount): Discount
        terms_notes (str | Unset): Terms notes, Also supports HTML markups Example: <p>This is a default terms.</p>.
        title (str | Unset): Title for the invoice Example: INVOICE.
        attachments (list[Attachment] | Unset): attachments for the invoice
        miscellaneous_charges (MiscellaneousCharges | Unset): Miscellaneous charges (processing fees)
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    name: str
    contact_details: ContactDetails
    schedule: ScheduleOptions
    live_mode: bool
    business_details: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    discount: Discount
    terms_notes: str | Unset = UNSET
    title: str | Unset = UNSET
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

        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()
            field_dict["contactDetails"] = contact_details

        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()
            field_dict["schedule"] = schedule

        if not isinstance(self.live_mode, Unset):
            live_mode = self.live_mode
            field_dict["liveMode"] = live_mode

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

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

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
            raise not_an_object("UpdateInvoiceScheduleRequest", src_dict)
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
            _contact_details = d.pop("contactDetails")
            contact_details = ContactDetails.from_dict(_contact_details)

        except Exception as exc:
            contact_details = field_error(exc, src_dict, d, "contactDetails", "object (ContactDetails)")

        try:
            _schedule = d.pop("schedule")
            schedule = ScheduleOptions.from_dict(_schedule)

        except Exception as exc:
            schedule = field_error(exc, src_dict, d, "schedule", "object (ScheduleOptions)")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

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

        update_invoice_schedule_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            contact_details=contact_details,
            schedule=schedule,
            live_mode=live_mode,
            business_details=business_details,
            currency=currency,
            items=items,
            discount=discount,
            terms_notes=terms_notes,
            title=title,
            attachments=attachments,
            miscellaneous_charges=miscellaneous_charges,
        )

        update_invoice_schedule_request.additional_properties = d
        return update_invoice_schedule_request

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
from ..models.schedule_options import ScheduleOptions
