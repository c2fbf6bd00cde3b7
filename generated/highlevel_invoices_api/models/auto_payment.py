from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..types import UNSET, Unset, field_error, model_repr, not_an_object

T = TypeVar("T", bound="AutoPayment")


@_attrs_define(on_setattr=setters.NO_OP)
class AutoPayment:
    """auto-payment configuration

    Attributes:
        enable (bool):  Example: True.
        type_ (str | Unset):  Example: card.
        payment_method_id (str | Unset):  Example: pm_1OabcDEFghiJKL.
        customer_id (str | Unset):  Example: cus_PabcDEFghi.
        card (AutoPaymentCard | Unset):
        us_bank_account (UsBankAccount | Unset):
        sepa_direct_debit (SepaDirectDebit | Unset):
        bacs_direct_debit (BacsDirectDebit | Unset):
        becs_direct_debit (BecsDirectDebit | Unset):
        card_id (str | Unset):  Example: card_1OabcDEFghiJKL.
        provider (AutoPaymentProvider | Unset): Payment provider details Example: {}.
    """

    enable: bool
    type_: str | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    card: AutoPaymentCard | Unset = UNSET
    us_bank_account: UsBankAccount | Unset = UNSET
    sepa_direct_debit: SepaDirectDebit | Unset = UNSET
    bacs_direct_debit: BacsDirectDebit | Unset = UNSET
    becs_direct_debit: BecsDirectDebit | Unset = UNSET
    card_id: str | Unset = UNSET
    provider: AutoPaymentProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.enable, Unset):
            enable = self.enable
            field_dict["enable"] = enable

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        payment_method_id = self.payment_method_id
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id

        customer_id = self.customer_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()
        if card is not UNSET:
            field_dict["card"] = card

        us_bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_bank_account, Unset):
            us_bank_account = self.us_bank_account.to_dict()
        if us_bank_account is not UNSET:
            field_dict["usBankAccount"] = us_bank_account

        sepa_direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sepa_direct_debit, Unset):
            sepa_direct_debit = self.sepa_direct_debit.to_dict()
        if sepa_direct_debit is not UNSET:
            field_dict["sepaDirectDebit"] = sepa_direct_debit

        bacs_direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bacs_direct_debit, Unset):
            bacs_direct_debit = self.bacs_direct_debit.to_dict()
        if bacs_direct_debit is not UNSET:
            field_dict["bacsDirectDebit"] = bacs_direct_debit

        becs_direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.becs_direct_debit, Unset):
            becs_direct_debit = self.becs_direct_debit.to_dict()
        if becs_direct_debit is not UNSET:
            field_dict["becsDirectDebit"] = becs_direct_debit

        card_id = self.card_id
        if card_id is not UNSET:
            field_dict["cardId"] = card_id

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("AutoPayment", src_dict)
        d = dict(src_dict)
        try:
            enable: bool = d.pop("enable")
            if enable.__class__ is not bool and not isinstance(enable, bool):
                raise TypeError
        except Exception as exc:
            enable = field_error(exc, src_dict, d, "enable", "boolean")

        try:
            type_: str | Unset = d.pop("type", UNSET)
            if type_ is not UNSET and (type_.__class__ is not str and not isinstance(type_, str)):
                raise TypeError
        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string")

        try:
            payment_method_id: str | Unset = d.pop("paymentMethodId", UNSET)
            if payment_method_id is not UNSET and (
                payment_method_id.__class__ is not str and not isinstance(payment_method_id, str)
            ):
                raise TypeError
        except Exception as exc:
            payment_method_id = field_error(exc, src_dict, d, "paymentMethodId", "string")

        try:
            customer_id: str | Unset = d.pop("customerId", UNSET)
            if customer_id is not UNSET and (customer_id.__class__ is not str and not isinstance(customer_id, str)):
                raise TypeError
        except Exception as exc:
            customer_id = field_error(exc, src_dict, d, "customerId", "string")

        card: AutoPaymentCard | Unset = UNSET
        try:
            _card = d.pop("card", UNSET)
            if _card is not UNSET:
                card = AutoPaymentCard.from_dict(_card)

        except Exception as exc:
            card = field_error(exc, src_dict, d, "card", "object (AutoPaymentCard)")

        us_bank_account: UsBankAccount | Unset = UNSET
        try:
            _us_bank_account = d.pop("usBankAccount", UNSET)
            if _us_bank_account is not UNSET:
                us_bank_account = UsBankAccount.from_dict(_us_bank_account)

        except Exception as exc:
            us_bank_account = field_error(exc, src_dict, d, "usBankAccount", "object (UsBankAccount)")

        sepa_direct_debit: SepaDirectDebit | Unset = UNSET
        try:
            _sepa_direct_debit = d.pop("sepaDirectDebit", UNSET)
            if _sepa_direct_debit is not UNSET:
                sepa_direct_debit = SepaDirectDebit.from_dict(_sepa_direct_debit)

        except Exception as exc:
            sepa_direct_debit = field_error(exc, src_dict, d, "sepaDirectDebit", "object (SepaDirectDebit)")

        bacs_direct_debit: BacsDirectDebit | Unset = UNSET
        try:
            _bacs_direct_debit = d.pop("bacsDirectDebit", UNSET)
            if _bacs_direct_debit is not UNSET:
                bacs_direct_debit = BacsDirectDebit.from_dict(_bacs_direct_debit)

        except Exception as exc:
            bacs_direct_debit = field_error(exc, src_dict, d, "bacsDirectDebit", "object (BacsDirectDebit)")

        becs_direct_debit: BecsDirectDebit | Unset = UNSET
        try:
            _becs_direct_debit = d.pop("becsDirectDebit", UNSET)
            if _becs_direct_debit is not UNSET:
                becs_direct_debit = BecsDirectDebit.from_dict(_becs_direct_debit)

        except Exception as exc:
            becs_direct_debit = field_error(exc, src_dict, d, "becsDirectDebit", "object (BecsDirectDebit)")

        try:
            card_id: str | Unset = d.pop("cardId", UNSET)
            if card_id is not UNSET and (card_id.__class__ is not str and not isinstance(card_id, str)):
                raise TypeError
        except Exception as exc:
            card_id = field_error(exc, src_dict, d, "cardId", "string")

        provider: AutoPaymentProvider | Unset = UNSET
        try:
            _provider = d.pop("provider", UNSET)
            if _provider is not UNSET:
                provider = AutoPaymentProvider.from_dict(_provider)

        except Exception as exc:
            provider = field_error(exc, src_dict, d, "provider", "object (AutoPaymentProvider)")

        auto_payment = cls(
            enable=enable,
            type_=type_,
            payment_method_id=payment_method_id,
            customer_id=customer_id,
            card=card,
            us_bank_account=us_bank_account,
            sepa_direct_debit=sepa_direct_debit,
            bacs_direct_debit=bacs_direct_debit,
            becs_direct_debit=becs_direct_debit,
            card_id=card_id,
            provider=provider,
        )

        auto_payment.additional_properties = d
        return auto_payment

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
from ..models.auto_payment_card import AutoPaymentCard
from ..models.auto_payment_provider import AutoPaymentProvider
from ..models.bacs_direct_debit import BacsDirectDebit
from ..models.becs_direct_debit import BecsDirectDebit
from ..models.sepa_direct_debit import SepaDirectDebit
from ..models.us_bank_account import UsBankAccount
