from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.invoice_item_type import InvoiceItemType
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateItem")


def _type__member(value: InvoiceItemType | Literal["one_time", "recurring"] | Unset) -> InvoiceItemType | Unset:
    if isinstance(value, (InvoiceItemType, Unset)):
        return value
    return enum_member(InvoiceItemType, value, "EstimateItem.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateItem:
    """A line item of an estimate: an invoice's line item that may also carry attachments (the vendor's
    `EstimateLineItemDto`, which create-new-estimate and update-estimate take)

        Attributes:
            name (str): Invoice Item Name Example: ABC Product.
            currency (str): Currency Example: USD.
            amount (float): An amount of money in the invoice's currency Example: 999.
            qty (float): Product Quantity Example: 1.
            field_id (str | Unset): Line item Id (responses only) Example: 6578278e879ad2646715ba9e.
            description (str | Unset): Invoice descriptions Example: ABC Corp..
            product_id (str | Unset): Product Id Example: 6578278e879ad2646715ba9c.
            price_id (str | Unset): Price Id Example: 6578278e879ad2646715ba9c.
            taxes (list[ItemTax] | Unset): Tax
            automatic_tax_category_id (str | Unset): Tax category id for calculating automatic tax Example:
                6578278e879ad2646715ba9c.
            is_setup_fee_item (bool | Unset): Setupfee item, only created when 1st invoice of recurring schedule is
                generated Example: False.
            type_ (InvoiceItemType | Unset): Price type of the item Example: one_time.
            tax_inclusive (bool | Unset): true if item amount is tax inclusive Default: False. Example: False.
            attachments (list[str] | Unset): Attachments for the line item (the files' URLs) Example:
                ['https://example.com/file1.jpg', 'https://example.com/file2.png'].
    """

    name: str
    currency: str
    amount: float
    qty: float
    field_id: str | Unset = UNSET
    description: str | Unset = UNSET
    product_id: str | Unset = UNSET
    price_id: str | Unset = UNSET
    taxes: list[ItemTax] | Unset = UNSET
    automatic_tax_category_id: str | Unset = UNSET
    is_setup_fee_item: bool | Unset = UNSET
    type_: InvoiceItemType | Unset = _attrs_field(default=UNSET, converter=_type__member)
    tax_inclusive: bool | Unset = False
    attachments: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.currency, Unset):
            currency = self.currency
            field_dict["currency"] = currency

        if not isinstance(self.amount, Unset):
            amount = self.amount
            field_dict["amount"] = amount

        if not isinstance(self.qty, Unset):
            qty = self.qty
            field_dict["qty"] = qty

        field_id = self.field_id
        if field_id is not UNSET:
            field_dict["_id"] = field_id

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        product_id = self.product_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id

        price_id = self.price_id
        if price_id is not UNSET:
            field_dict["priceId"] = price_id

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        automatic_tax_category_id = self.automatic_tax_category_id
        if automatic_tax_category_id is not UNSET:
            field_dict["automaticTaxCategoryId"] = automatic_tax_category_id

        is_setup_fee_item = self.is_setup_fee_item
        if is_setup_fee_item is not UNSET:
            field_dict["isSetupFeeItem"] = is_setup_fee_item

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        tax_inclusive = self.tax_inclusive
        if tax_inclusive is not UNSET:
            field_dict["taxInclusive"] = tax_inclusive

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateItem", src_dict)
        d = dict(src_dict)
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
            amount: float = d.pop("amount")
            if (
                amount.__class__ is not float
                and amount.__class__ is not int
                and (not isinstance(amount, (int, float)) or isinstance(amount, bool))
            ):
                raise TypeError
        except Exception as exc:
            amount = field_error(exc, src_dict, d, "amount", "number")

        try:
            qty: float = d.pop("qty")
            if (
                qty.__class__ is not float
                and qty.__class__ is not int
                and (not isinstance(qty, (int, float)) or isinstance(qty, bool))
            ):
                raise TypeError
        except Exception as exc:
            qty = field_error(exc, src_dict, d, "qty", "number")

        try:
            field_id: str | Unset = d.pop("_id", UNSET)
            if field_id is not UNSET and (field_id.__class__ is not str and not isinstance(field_id, str)):
                raise TypeError
        except Exception as exc:
            field_id = field_error(exc, src_dict, d, "_id", "string")

        try:
            description: str | Unset = d.pop("description", UNSET)
            if description is not UNSET and (description.__class__ is not str and not isinstance(description, str)):
                raise TypeError
        except Exception as exc:
            description = field_error(exc, src_dict, d, "description", "string")

        try:
            product_id: str | Unset = d.pop("productId", UNSET)
            if product_id is not UNSET and (product_id.__class__ is not str and not isinstance(product_id, str)):
                raise TypeError
        except Exception as exc:
            product_id = field_error(exc, src_dict, d, "productId", "string")

        try:
            price_id: str | Unset = d.pop("priceId", UNSET)
            if price_id is not UNSET and (price_id.__class__ is not str and not isinstance(price_id, str)):
                raise TypeError
        except Exception as exc:
            price_id = field_error(exc, src_dict, d, "priceId", "string")

        taxes: list[ItemTax] | Unset = UNSET
        try:
            _taxes = d.pop("taxes", UNSET)
            if _taxes is not UNSET:
                if _taxes.__class__ is not list and not isinstance(_taxes, list):
                    raise TypeError
                taxes = []
                for taxes_item_index, taxes_item_data in enumerate(_taxes):
                    try:
                        taxes_item = ItemTax.from_dict(taxes_item_data)

                    except Exception as exc:
                        item_error(exc, src_dict, d, "taxes", taxes_item_index, "object (ItemTax)", taxes_item_data)
                        continue
                    taxes.append(taxes_item)

        except Exception as exc:
            taxes = field_error(exc, src_dict, d, "taxes", "array of object (ItemTax)")

        try:
            automatic_tax_category_id: str | Unset = d.pop("automaticTaxCategoryId", UNSET)
            if automatic_tax_category_id is not UNSET and (
                automatic_tax_category_id.__class__ is not str and not isinstance(automatic_tax_category_id, str)
            ):
                raise TypeError
        except Exception as exc:
            automatic_tax_category_id = field_error(exc, src_dict, d, "automaticTaxCategoryId", "string")

        try:
            is_setup_fee_item: bool | Unset = d.pop("isSetupFeeItem", UNSET)
            if is_setup_fee_item is not UNSET and (
                is_setup_fee_item.__class__ is not bool and not isinstance(is_setup_fee_item, bool)
            ):
                raise TypeError
        except Exception as exc:
            is_setup_fee_item = field_error(exc, src_dict, d, "isSetupFeeItem", "boolean")

        type_: InvoiceItemType | Unset = UNSET
        try:
            _type_ = d.pop("type", UNSET)
            if _type_ is not UNSET:
                type_ = InvoiceItemType(_type_)

        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string (InvoiceItemType)")

        try:
            tax_inclusive: bool | Unset = d.pop("taxInclusive", UNSET)
            if tax_inclusive is not UNSET and (
                tax_inclusive.__class__ is not bool and not isinstance(tax_inclusive, bool)
            ):
                raise TypeError
        except Exception as exc:
            tax_inclusive = field_error(exc, src_dict, d, "taxInclusive", "boolean")

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

        estimate_item = cls(
            name=name,
            currency=currency,
            amount=amount,
            qty=qty,
            field_id=field_id,
            description=description,
            product_id=product_id,
            price_id=price_id,
            taxes=taxes,
            automatic_tax_category_id=automatic_tax_category_id,
            is_setup_fee_item=is_setup_fee_item,
            type_=type_,
            tax_inclusive=tax_inclusive,
            attachments=attachments,
        )

        estimate_item.additional_properties = d
        return estimate_item

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
from ..models.item_tax import ItemTax
