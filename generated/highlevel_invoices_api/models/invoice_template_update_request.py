from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceTemplateUpdateRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "InvoiceTemplateUpdateRequest.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceTemplateUpdateRequest:
    """An invoice template's fields, as update-invoice-template takes them (create takes more)

    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        name (str): Template Name Example: Monthly retainer.
        business_details (BusinessDetails): Business Details
        currency (str): Currency code Example: USD.
        items (list[InvoiceItem]): An array of items for the template.
        internal (bool | Unset): Internal template (not offered to the location's users) Example: False.
        discount (Discount | Unset): Discount
        terms_notes (str | Unset): Terms notes, Also supports HTML markups Example: <p>This is a default terms.</p>.
        title (str | Unset): Title for the invoice Example: INVOICE.
        miscellaneous_charges (MiscellaneousCharges | Unset): Miscellaneous charges (processing fees)
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    name: str
    business_details: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    internal: bool | Unset = UNSET
    discount: Discount | Unset = UNSET
    terms_notes: str | Unset = UNSET
    title: str | Unset = UNSET
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

        internal = self.internal
        if internal is not UNSET:
            field_dict["internal"] = internal

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
        if discount is not UNSET:
            field_dict["discount"] = discount

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        miscellaneous_charges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.miscellaneous_charges, Unset):
            miscellaneous_charges = self.miscellaneous_charges.to_dict()
        if miscellaneous_charges is not UNSET:
            field_dict["miscellaneousCharges"] = miscellaneous_charges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceTemplateUpdateRequest", src_dict)
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
            internal: bool | Unset = d.pop("internal", UNSET)
            if internal is not UNSET and (internal.__class__ is not bool and not isinstance(internal, bool)):
                raise TypeError
        except Exception as exc:
            internal = field_error(exc, src_dict, d, "internal", "boolean")

        discount: Discount | Unset = UNSET
        try:
            _discount = d.pop("discount", UNSET)
            if _discount is not UNSET:
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

        miscellaneous_charges: MiscellaneousCharges | Unset = UNSET
        try:
            _miscellaneous_charges = d.pop("miscellaneousCharges", UNSET)
            if _miscellaneous_charges is not UNSET:
                miscellaneous_charges = MiscellaneousCharges.from_dict(_miscellaneous_charges)

        except Exception as exc:
            miscellaneous_charges = field_error(
                exc, src_dict, d, "miscellaneousCharges", "object (MiscellaneousCharges)"
            )

        invoice_template_update_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            business_details=business_details,
            currency=currency,
            items=items,
            internal=internal,
            discount=discount,
            terms_notes=terms_notes,
            title=title,
            miscellaneous_charges=miscellaneous_charges,
        )

        invoice_template_update_request.additional_properties = d
        return invoice_template_update_request

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
from ..models.discount import Discount
from ..models.invoice_item import InvoiceItem
from ..models.miscellaneous_charges import MiscellaneousCharges
