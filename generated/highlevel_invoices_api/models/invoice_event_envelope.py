from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.invoice_event_type import InvoiceEventType
from ..types import Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="InvoiceEventEnvelope")


def _type__member(
    value: InvoiceEventType
    | Literal[
        "InvoiceCreate",
        "InvoiceUpdate",
        "InvoiceSent",
        "InvoicePaid",
        "InvoicePartiallyPaid",
        "InvoiceVoid",
        "InvoiceDelete",
    ],
) -> InvoiceEventType:
    if isinstance(value, InvoiceEventType):
        return value
    return enum_member(InvoiceEventType, value, "InvoiceEventEnvelope.type_")


@_attrs_define(on_setattr=setters.NO_OP)
class InvoiceEventEnvelope:
    """What a webhook body carries beside the resource it announces (QUIRKS Q70): the event type, the location, when it was
    sent and the delivery's unique id.

        Attributes:
            type_ (InvoiceEventType): Which invoice event a webhook body announces (its entry in `webhooks`) Example:
                InvoicePaid.
            location_id (str): The location (sub-account) of the invoice Example: 6578278e879ad2646715ba9c.
            timestamp (datetime.datetime): When HighLevel sent the event (ISO 8601); a receiver refuses one older than about
                5 minutes Example: 2025-01-28T14:35:00Z.
            webhook_id (str): Unique id of the delivery; a receiver refuses one it has already seen Example: abc123xyz.
    """

    type_: InvoiceEventType = _attrs_field(converter=_type__member)
    location_id: str
    timestamp: datetime.datetime
    webhook_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.location_id, Unset):
            location_id = self.location_id
            field_dict["locationId"] = location_id

        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()
            field_dict["timestamp"] = timestamp

        if not isinstance(self.webhook_id, Unset):
            webhook_id = self.webhook_id
            field_dict["webhookId"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("InvoiceEventEnvelope", src_dict)
        d = dict(src_dict)
        try:
            _type_ = d.pop("type")
            type_ = InvoiceEventType(_type_)

        except Exception as exc:
            type_ = field_error(exc, src_dict, d, "type", "string (InvoiceEventType)")

        try:
            location_id: str = d.pop("locationId")
            if location_id.__class__ is not str and not isinstance(location_id, str):
                raise TypeError
        except Exception as exc:
            location_id = field_error(exc, src_dict, d, "locationId", "string")

        try:
            timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        except Exception as exc:
            timestamp = field_error(exc, src_dict, d, "timestamp", "datetime.datetime")

        try:
            webhook_id: str = d.pop("webhookId")
            if webhook_id.__class__ is not str and not isinstance(webhook_id, str):
                raise TypeError
        except Exception as exc:
            webhook_id = field_error(exc, src_dict, d, "webhookId", "string")

        invoice_event_envelope = cls(
            type_=type_,
            location_id=location_id,
            timestamp=timestamp,
            webhook_id=webhook_id,
        )

        invoice_event_envelope.additional_properties = d
        return invoice_event_envelope

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
