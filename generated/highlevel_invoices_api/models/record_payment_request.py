from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alt_type import AltType
from ..models.record_payment_request_mode import RecordPaymentRequestMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordPaymentRequest")


@_attrs_define
class RecordPaymentRequest:
    """
    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        mode (RecordPaymentRequestMode): manual payment method Example: cash.
        card (RecordPaymentCard): Card details of a manual card payment
        cheque (RecordPaymentCheque): Cheque details of a manual cheque payment
        notes (str): Any note to be recorded with the transaction Example: This was a cash payment.
        amount (float | Unset): Amount to be paid against the invoice (defaults to the amount due) Example: 999.
        meta (RecordPaymentRequestMeta | Unset): Free-form metadata kept with the payment Example: {}.
        payment_schedule_ids (list[str] | Unset): Payment schedule ids to be marked as paid Example:
            ['6578278e879ad2646715ba9f'].
        fulfilled_at (str | Unset): Date and time the payment was fulfilled Example: 2024-01-12T09:27:42.355Z.
    """

    alt_id: str
    alt_type: AltType
    mode: RecordPaymentRequestMode
    card: RecordPaymentCard
    cheque: RecordPaymentCheque
    notes: str
    amount: float | Unset = UNSET
    meta: RecordPaymentRequestMeta | Unset = UNSET
    payment_schedule_ids: list[str] | Unset = UNSET
    fulfilled_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        mode = self.mode.value

        card = self.card.to_dict()

        cheque = self.cheque.to_dict()

        notes = self.notes

        amount = self.amount

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        payment_schedule_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_schedule_ids, Unset):
            payment_schedule_ids = self.payment_schedule_ids

        fulfilled_at = self.fulfilled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "altId": alt_id,
                "altType": alt_type,
                "mode": mode,
                "card": card,
                "cheque": cheque,
                "notes": notes,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if meta is not UNSET:
            field_dict["meta"] = meta
        if payment_schedule_ids is not UNSET:
            field_dict["paymentScheduleIds"] = payment_schedule_ids
        if fulfilled_at is not UNSET:
            field_dict["fulfilledAt"] = fulfilled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alt_id = d.pop("altId")

        alt_type = AltType(d.pop("altType"))

        mode = RecordPaymentRequestMode(d.pop("mode"))

        card = RecordPaymentCard.from_dict(d.pop("card"))

        cheque = RecordPaymentCheque.from_dict(d.pop("cheque"))

        notes = d.pop("notes")

        amount = d.pop("amount", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: RecordPaymentRequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RecordPaymentRequestMeta.from_dict(_meta)

        payment_schedule_ids = cast(list[str], d.pop("paymentScheduleIds", UNSET))

        fulfilled_at = d.pop("fulfilledAt", UNSET)

        record_payment_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            mode=mode,
            card=card,
            cheque=cheque,
            notes=notes,
            amount=amount,
            meta=meta,
            payment_schedule_ids=payment_schedule_ids,
            fulfilled_at=fulfilled_at,
        )

        record_payment_request.additional_properties = d
        return record_payment_request

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
from ..models.record_payment_card import RecordPaymentCard
from ..models.record_payment_cheque import RecordPaymentCheque
from ..models.record_payment_request_meta import RecordPaymentRequestMeta
