from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_item_type import InvoiceItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """A line item. Requests send it under `items` (create, text2pay, schedule) or `invoiceItems` (update); responses carry
    it with its `_id`.

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
    type_: InvoiceItemType | Unset = UNSET
    tax_inclusive: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency

        amount = self.amount

        qty = self.qty

        field_id = self.field_id

        description = self.description

        product_id = self.product_id

        price_id = self.price_id

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        automatic_tax_category_id = self.automatic_tax_category_id

        is_setup_fee_item = self.is_setup_fee_item

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        tax_inclusive = self.tax_inclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "currency": currency,
                "amount": amount,
                "qty": qty,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if description is not UNSET:
            field_dict["description"] = description
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if price_id is not UNSET:
            field_dict["priceId"] = price_id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if automatic_tax_category_id is not UNSET:
            field_dict["automaticTaxCategoryId"] = automatic_tax_category_id
        if is_setup_fee_item is not UNSET:
            field_dict["isSetupFeeItem"] = is_setup_fee_item
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tax_inclusive is not UNSET:
            field_dict["taxInclusive"] = tax_inclusive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        currency = d.pop("currency")

        amount = d.pop("amount")

        qty = d.pop("qty")

        field_id = d.pop("_id", UNSET)

        description = d.pop("description", UNSET)

        product_id = d.pop("productId", UNSET)

        price_id = d.pop("priceId", UNSET)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[ItemTax] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = ItemTax.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        automatic_tax_category_id = d.pop("automaticTaxCategoryId", UNSET)

        is_setup_fee_item = d.pop("isSetupFeeItem", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: InvoiceItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceItemType(_type_)

        tax_inclusive = d.pop("taxInclusive", UNSET)

        invoice_item = cls(
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
        )

        invoice_item.additional_properties = d
        return invoice_item

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
