from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceTemplate")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "InvoiceTemplate.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceTemplate:
    """An invoice template

    Attributes:
        field_id (str): Template Id Example: 6578278e879ad2646715ba9c.
        alt_id (str): Location Id or Agency Id Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        name (str): Template Name Example: Monthly retainer.
        business_details (BusinessDetails): Business Details
        currency (str): Currency Example: USD.
        items (list[InvoiceItem]): Template Items
        total (float): An amount of money in the invoice's currency Example: 999.
        created_at (str): created at Example: 2023-12-12T09:27:42.355Z.
        updated_at (str): updated at Example: 2023-12-12T09:27:42.355Z.
        discount (Discount | Unset): Discount
        invoice_number_prefix (str | Unset): prefix for invoice number Example: INV-.
        internal (bool | Unset): Internal template Example: False.
        title (str | Unset): Title Example: INVOICE.
        terms_notes (str | Unset): Terms notes Example: <p>This is a default terms.</p>.
        automatic_taxes_enabled (bool | Unset): Automatic taxes enabled for the Invoice Example: True.
        tips_configuration (TipsConfiguration | Unset): tips configuration for the invoice
        late_fees_configuration (LateFeesConfiguration | Unset): late fees configuration
        payment_methods (PaymentMethods | Unset): Payment Methods for Invoices
        attachments (list[str] | Unset): attachments for the template (ids of files) Example:
            ['6241712be68f7a98102ba272'].
        miscellaneous_charges (MiscellaneousCharges | Unset): Miscellaneous charges (processing fees)
    """

    field_id: str
    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    name: str
    business_details: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    total: float
    created_at: str
    updated_at: str
    discount: Discount | Unset = UNSET
    invoice_number_prefix: str | Unset = UNSET
    internal: bool | Unset = UNSET
    title: str | Unset = UNSET
    terms_notes: str | Unset = UNSET
    automatic_taxes_enabled: bool | Unset = UNSET
    tips_configuration: TipsConfiguration | Unset = UNSET
    late_fees_configuration: LateFeesConfiguration | Unset = UNSET
    payment_methods: PaymentMethods | Unset = UNSET
    attachments: list[str] | Unset = UNSET
    miscellaneous_charges: MiscellaneousCharges | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.field_id, Unset):
            field_id = self.field_id
            field_dict["_id"] = field_id

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

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
        if discount is not UNSET:
            field_dict["discount"] = discount

        invoice_number_prefix = self.invoice_number_prefix
        if invoice_number_prefix is not UNSET:
            field_dict["invoiceNumberPrefix"] = invoice_number_prefix

        internal = self.internal
        if internal is not UNSET:
            field_dict["internal"] = internal

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        automatic_taxes_enabled = self.automatic_taxes_enabled
        if automatic_taxes_enabled is not UNSET:
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled

        tips_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips_configuration, Unset):
            tips_configuration = self.tips_configuration.to_dict()
        if tips_configuration is not UNSET:
            field_dict["tipsConfiguration"] = tips_configuration

        late_fees_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.late_fees_configuration, Unset):
            late_fees_configuration = self.late_fees_configuration.to_dict()
        if late_fees_configuration is not UNSET:
            field_dict["lateFeesConfiguration"] = late_fees_configuration

        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

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
            raise not_an_object("InvoiceTemplate", src_dict)
        d = dict(src_dict)
        try:
            field_id: str = d.pop("_id")
            if field_id.__class__ is not str and not isinstance(field_id, str):
                raise TypeError
        except Exception as exc:
            field_id = field_error(exc, src_dict, d, "_id", "string")

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

        discount: Discount | Unset = UNSET
        try:
            _discount = d.pop("discount", UNSET)
            if _discount is not UNSET:
                discount = Discount.from_dict(_discount)

        except Exception as exc:
            discount = field_error(exc, src_dict, d, "discount", "object (Discount)")

        try:
            invoice_number_prefix: str | Unset = d.pop("invoiceNumberPrefix", UNSET)
            if invoice_number_prefix is not UNSET and (
                invoice_number_prefix.__class__ is not str and not isinstance(invoice_number_prefix, str)
            ):
                raise TypeError
        except Exception as exc:
            invoice_number_prefix = field_error(exc, src_dict, d, "invoiceNumberPrefix", "string")

        try:
            internal: bool | Unset = d.pop("internal", UNSET)
            if internal is not UNSET and (internal.__class__ is not bool and not isinstance(internal, bool)):
                raise TypeError
        except Exception as exc:
            internal = field_error(exc, src_dict, d, "internal", "boolean")

        try:
            title: str | Unset = d.pop("title", UNSET)
            if title is not UNSET and (title.__class__ is not str and not isinstance(title, str)):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        try:
            terms_notes: str | Unset = d.pop("termsNotes", UNSET)
            if terms_notes is not UNSET and (terms_notes.__class__ is not str and not isinstance(terms_notes, str)):
                raise TypeError
        except Exception as exc:
            terms_notes = field_error(exc, src_dict, d, "termsNotes", "string")

        try:
            automatic_taxes_enabled: bool | Unset = d.pop("automaticTaxesEnabled", UNSET)
            if automatic_taxes_enabled is not UNSET and (
                automatic_taxes_enabled.__class__ is not bool and not isinstance(automatic_taxes_enabled, bool)
            ):
                raise TypeError
        except Exception as exc:
            automatic_taxes_enabled = field_error(exc, src_dict, d, "automaticTaxesEnabled", "boolean")

        tips_configuration: TipsConfiguration | Unset = UNSET
        try:
            _tips_configuration = d.pop("tipsConfiguration", UNSET)
            if _tips_configuration is not UNSET:
                tips_configuration = TipsConfiguration.from_dict(_tips_configuration)

        except Exception as exc:
            tips_configuration = field_error(exc, src_dict, d, "tipsConfiguration", "object (TipsConfiguration)")

        late_fees_configuration: LateFeesConfiguration | Unset = UNSET
        try:
            _late_fees_configuration = d.pop("lateFeesConfiguration", UNSET)
            if _late_fees_configuration is not UNSET:
                late_fees_configuration = LateFeesConfiguration.from_dict(_late_fees_configuration)

        except Exception as exc:
            late_fees_configuration = field_error(
                exc, src_dict, d, "lateFeesConfiguration", "object (LateFeesConfiguration)"
            )

        payment_methods: PaymentMethods | Unset = UNSET
        try:
            _payment_methods = d.pop("paymentMethods", UNSET)
            if _payment_methods is not UNSET:
                payment_methods = PaymentMethods.from_dict(_payment_methods)

        except Exception as exc:
            payment_methods = field_error(exc, src_dict, d, "paymentMethods", "object (PaymentMethods)")

        attachments: list[str] | Unset = UNSET
        try:
            _attachments = d.pop("attachments", UNSET)
            if _attachments is not UNSET:
                if _attachments.__class__ is not list and not isinstance(_attachments, list):
                    raise TypeError
                attachments = []
                for attachments_item_index, attachments_item_data in enumerate(_attachments):
                    try:
                        if attachments_item_data.__class__ is not str and not isinstance(attachments_item_data, str):
                            raise TypeError
                        attachments_item = attachments_item_data

                    except Exception as exc:
                        item_error(
                            exc, src_dict, d, "attachments", attachments_item_index, "string", attachments_item_data
                        )
                        continue
                    attachments.append(attachments_item)

        except Exception as exc:
            attachments = field_error(exc, src_dict, d, "attachments", "array of string")

        miscellaneous_charges: MiscellaneousCharges | Unset = UNSET
        try:
            _miscellaneous_charges = d.pop("miscellaneousCharges", UNSET)
            if _miscellaneous_charges is not UNSET:
                miscellaneous_charges = MiscellaneousCharges.from_dict(_miscellaneous_charges)

        except Exception as exc:
            miscellaneous_charges = field_error(
                exc, src_dict, d, "miscellaneousCharges", "object (MiscellaneousCharges)"
            )

        invoice_template = cls(
            field_id=field_id,
            alt_id=alt_id,
            alt_type=alt_type,
            name=name,
            business_details=business_details,
            currency=currency,
            items=items,
            total=total,
            created_at=created_at,
            updated_at=updated_at,
            discount=discount,
            invoice_number_prefix=invoice_number_prefix,
            internal=internal,
            title=title,
            terms_notes=terms_notes,
            automatic_taxes_enabled=automatic_taxes_enabled,
            tips_configuration=tips_configuration,
            late_fees_configuration=late_fees_configuration,
            payment_methods=payment_methods,
            attachments=attachments,
            miscellaneous_charges=miscellaneous_charges,
        )

        invoice_template.additional_properties = d
        return invoice_template

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
from ..models.late_fees_configuration import LateFeesConfiguration
from ..models.miscellaneous_charges import MiscellaneousCharges
from ..models.payment_methods import PaymentMethods
from ..models.tips_configuration import TipsConfiguration
