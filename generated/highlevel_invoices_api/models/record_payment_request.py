from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..models.record_payment_request_mode import RecordPaymentRequestMode
from ..types import UNSET, Unset, enum_member, field_error, item_error, model_repr, not_an_object

T = TypeVar("T", bound="RecordPaymentRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "RecordPaymentRequest.alt_type")


def _mode_member(
    value: RecordPaymentRequestMode | Literal["cash", "card", "cheque", "bank_transfer", "other"],
) -> RecordPaymentRequestMode:
    if isinstance(value, RecordPaymentRequestMode):
        return value
    return enum_member(RecordPaymentRequestMode, value, "RecordPaymentRequest.mode")


@_attrs_define(on_setattr=setters.NO_OP)
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
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    mode: RecordPaymentRequestMode = _attrs_field(converter=_mode_member)
    card: RecordPaymentCard
    cheque: RecordPaymentCheque
    notes: str
    amount: float | Unset = UNSET
    meta: RecordPaymentRequestMeta | Unset = UNSET
    payment_schedule_ids: list[str] | Unset = UNSET
    fulfilled_at: str | Unset = UNSET
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

        if not isinstance(self.mode, Unset):
            mode = self.mode.value
            field_dict["mode"] = mode

        if not isinstance(self.card, Unset):
            card = self.card.to_dict()
            field_dict["card"] = card

        if not isinstance(self.cheque, Unset):
            cheque = self.cheque.to_dict()
            field_dict["cheque"] = cheque

        if not isinstance(self.notes, Unset):
            notes = self.notes
            field_dict["notes"] = notes

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = amount

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        payment_schedule_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_schedule_ids, Unset):
            payment_schedule_ids = self.payment_schedule_ids

        if payment_schedule_ids is not UNSET:
            field_dict["paymentScheduleIds"] = payment_schedule_ids

        fulfilled_at = self.fulfilled_at
        if fulfilled_at is not UNSET:
            field_dict["fulfilledAt"] = fulfilled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("RecordPaymentRequest", src_dict)
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
            _mode = d.pop("mode")
            mode = RecordPaymentRequestMode(_mode)

        except Exception as exc:
            mode = field_error(exc, src_dict, d, "mode", "string (RecordPaymentRequestMode)")

        try:
            _card = d.pop("card")
            card = RecordPaymentCard.from_dict(_card)

        except Exception as exc:
            card = field_error(exc, src_dict, d, "card", "object (RecordPaymentCard)")

        try:
            _cheque = d.pop("cheque")
            cheque = RecordPaymentCheque.from_dict(_cheque)

        except Exception as exc:
            cheque = field_error(exc, src_dict, d, "cheque", "object (RecordPaymentCheque)")

        try:
            notes: str = d.pop("notes")
            if notes.__class__ is not str and not isinstance(notes, str):
                raise TypeError
        except Exception as exc:
            notes = field_error(exc, src_dict, d, "notes", "string")

        try:
            amount: float | Unset = d.pop("amount", UNSET)
            if amount is not UNSET and (
                amount.__class__ is not float
                and amount.__class__ is not int
                and (not isinstance(amount, (int, float)) or isinstance(amount, bool))
            ):
                raise TypeError
        except Exception as exc:
            amount = field_error(exc, src_dict, d, "amount", "number")

        meta: RecordPaymentRequestMeta | Unset = UNSET
        try:
            _meta = d.pop("meta", UNSET)
            if _meta is not UNSET:
                meta = RecordPaymentRequestMeta.from_dict(_meta)

        except Exception as exc:
            meta = field_error(exc, src_dict, d, "meta", "object (RecordPaymentRequestMeta)")

        payment_schedule_ids: list[str] | Unset = UNSET
        try:
            _payment_schedule_ids = d.pop("paymentScheduleIds", UNSET)
            if _payment_schedule_ids is not UNSET:
                if _payment_schedule_ids.__class__ is not list and not isinstance(_payment_schedule_ids, list):
                    raise TypeError
                payment_schedule_ids = []
                for payment_schedule_ids_item_index, payment_schedule_ids_item_data in enumerate(_payment_schedule_ids):
                    try:
                        if payment_schedule_ids_item_data.__class__ is not str and not isinstance(
                            payment_schedule_ids_item_data, str
                        ):
                            raise TypeError
                        payment_schedule_ids_item = payment_schedule_ids_item_data

                    except Exception as exc:
                        item_error(
                            exc,
                            src_dict,
                            d,
                            "paymentScheduleIds",
                            payment_schedule_ids_item_index,
                            "string",
                            payment_schedule_ids_item_data,
                        )
                        continue
                    payment_schedule_ids.append(payment_schedule_ids_item)

        except Exception as exc:
            payment_schedule_ids = field_error(exc, src_dict, d, "paymentScheduleIds", "array of string")

        try:
            fulfilled_at: str | Unset = d.pop("fulfilledAt", UNSET)
            if fulfilled_at is not UNSET and (fulfilled_at.__class__ is not str and not isinstance(fulfilled_at, str)):
                raise TypeError
        except Exception as exc:
            fulfilled_at = field_error(exc, src_dict, d, "fulfilledAt", "string")

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
from ..models.record_payment_card import RecordPaymentCard
from ..models.record_payment_cheque import RecordPaymentCheque
from ..models.record_payment_request_meta import RecordPaymentRequestMeta
