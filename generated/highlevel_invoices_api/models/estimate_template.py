from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateTemplate")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "EstimateTemplate.alt_type")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateTemplate:
    """An estimate template

    Attributes:
        alt_id (str): Location Id or Agency Id Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        field_id (str): Estimate Template Id Example: 6578278e879ad2646715ba9c.
        live_mode (bool): Live Mode Example: False.
        deleted (bool): Whether the template is deleted (true only in the answer of the delete) Example: False.
        name (str): Estimate Template Name Example: Website redesign.
        currency (str): Currency Example: USD.
        business_details (BusinessDetails): Business Details
        items (list[InvoiceItem]): Template Items
        discount (Discount): Discount
        total (float): An amount of money in the invoice's currency Example: 999.
        created_at (str): created at Example: 2023-12-12T09:27:42.355Z.
        updated_at (str): updated at Example: 2023-12-12T09:27:42.355Z.
        field_v (float): Document version Example: 0.
        automatic_taxes_enabled (bool): Automatic taxes enabled for the Estimate Example: False.
        title (str | Unset): Title Example: ESTIMATE.
        estimate_number_prefix (str | Unset): prefix for estimate number Example: EST-.
        attachments (list[Attachment] | Unset): attachments of the template
        updated_by (str | Unset): Id of the user who last updated it Example: 6578278e879ad2646715ba9c.
        terms_notes (str | Unset): Terms notes Example: <p>This is a default terms.</p>.
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    field_id: str
    live_mode: bool
    deleted: bool
    name: str
    currency: str
    business_details: BusinessDetails
    items: list[InvoiceItem]
    discount: Discount
    total: float
    created_at: str
    updated_at: str
    field_v: float
    automatic_taxes_enabled: bool
    title: str | Unset = UNSET
    estimate_number_prefix: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    updated_by: str | Unset = UNSET
    terms_notes: str | Unset = UNSET
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

        if not isinstance(self.field_id, Unset):
            field_id = self.field_id
            field_dict["_id"] = field_id

        if not isinstance(self.live_mode, Unset):
            live_mode = self.live_mode
            field_dict["liveMode"] = live_mode

        if not isinstance(self.deleted, Unset):
            deleted = self.deleted
            field_dict["deleted"] = deleted

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.business_details, Unset):
            business_details = self.business_details.to_dict()
            field_dict["businessDetails"] = business_details

        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

            field_dict["items"] = items

        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()
            field_dict["discount"] = discount

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        if not isinstance(self.field_v, Unset):
            field_v = self.field_v
            field_dict["__v"] = field_v

        if not isinstance(self.automatic_taxes_enabled, Unset):
            automatic_taxes_enabled = self.automatic_taxes_enabled
            field_dict["automaticTaxesEnabled"] = automatic_taxes_enabled

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        estimate_number_prefix = self.estimate_number_prefix
        if estimate_number_prefix is not UNSET:
            field_dict["estimateNumberPrefix"] = estimate_number_prefix

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        updated_by = self.updated_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        terms_notes = self.terms_notes
        if terms_notes is not UNSET:
            field_dict["termsNotes"] = terms_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateTemplate", src_dict)
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
            field_id: str = d.pop("_id")
            if field_id.__class__ is not str and not isinstance(field_id, str):
                raise TypeError
        except Exception as exc:
            field_id = field_error(exc, src_dict, d, "_id", "string")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

        try:
            deleted: bool = d.pop("deleted")
            if deleted.__class__ is not bool and not isinstance(deleted, bool):
                raise TypeError
        except Exception as exc:
            deleted = field_error(exc, src_dict, d, "deleted", "boolean")

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

        try:
            _business_details = d.pop("businessDetails")
            business_details = BusinessDetails.from_dict(_business_details)

        except Exception as exc:
            business_details = field_error(exc, src_dict, d, "businessDetails", "object (BusinessDetails)")

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

        try:
            field_v: float = d.pop("__v")
            if (
                field_v.__class__ is not float
                and field_v.__class__ is not int
                and (not isinstance(field_v, (int, float)) or isinstance(field_v, bool))
            ):
                raise TypeError
        except Exception as exc:
            field_v = field_error(exc, src_dict, d, "__v", "number")

        try:
            automatic_taxes_enabled: bool = d.pop("automaticTaxesEnabled")
            if automatic_taxes_enabled.__class__ is not bool and not isinstance(automatic_taxes_enabled, bool):
                raise TypeError
        except Exception as exc:
            automatic_taxes_enabled = field_error(exc, src_dict, d, "automaticTaxesEnabled", "boolean")

        try:
            title: str | Unset = d.pop("title", UNSET)
            if title is not UNSET and (title.__class__ is not str and not isinstance(title, str)):
                raise TypeError
        except Exception as exc:
            title = field_error(exc, src_dict, d, "title", "string")

        try:
            estimate_number_prefix: str | Unset = d.pop("estimateNumberPrefix", UNSET)
            if estimate_number_prefix is not UNSET and (
                estimate_number_prefix.__class__ is not str and not isinstance(estimate_number_prefix, str)
            ):
                raise TypeError
        except Exception as exc:
            estimate_number_prefix = field_error(exc, src_dict, d, "estimateNumberPrefix", "string")

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

        try:
            updated_by: str | Unset = d.pop("updatedBy", UNSET)
            if updated_by is not UNSET and (updated_by.__class__ is not str and not isinstance(updated_by, str)):
                raise TypeError
        except Exception as exc:
            updated_by = field_error(exc, src_dict, d, "updatedBy", "string")

        try:
            terms_notes: str | Unset = d.pop("termsNotes", UNSET)
            if terms_notes is not UNSET and (terms_notes.__class__ is not str and not isinstance(terms_notes, str)):
                raise TypeError
        except Exception as exc:
            terms_notes = field_error(exc, src_dict, d, "termsNotes", "string")

        estimate_template = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            field_id=field_id,
            live_mode=live_mode,
            deleted=deleted,
            name=name,
            currency=currency,
            business_details=business_details,
            items=items,
            discount=discount,
            total=total,
            created_at=created_at,
            updated_at=updated_at,
            field_v=field_v,
            automatic_taxes_enabled=automatic_taxes_enabled,
            title=title,
            estimate_number_prefix=estimate_number_prefix,
            attachments=attachments,
            updated_by=updated_by,
            terms_notes=terms_notes,
        )

        estimate_template.additional_properties = d
        return estimate_template

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
from ..models.discount import Discount
from ..models.invoice_item import InvoiceItem
