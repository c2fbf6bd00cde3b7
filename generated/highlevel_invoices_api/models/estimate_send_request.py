from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters

from ..models.alt_type import AltType
from ..models.estimate_send_request_action import EstimateSendRequestAction
from ..types import UNSET, Unset, enum_member, field_error, model_repr, not_an_object

T = TypeVar("T", bound="EstimateSendRequest")


def _alt_type_member(value: AltType | Literal["location"]) -> AltType:
    if isinstance(value, AltType):
        return value
    return enum_member(AltType, value, "EstimateSendRequest.alt_type")


def _action_member(
    value: EstimateSendRequestAction | Literal["sms_and_email", "send_manually", "email", "sms"],
) -> EstimateSendRequestAction:
    if isinstance(value, EstimateSendRequestAction):
        return value
    return enum_member(EstimateSendRequestAction, value, "EstimateSendRequest.action")


@_attrs_define(on_setattr=setters.NO_OP)
class EstimateSendRequest:
    """
    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        action (EstimateSendRequestAction): How the estimate is sent Example: email.
        live_mode (bool): Payment mode Example: False.
        user_id (str): Id of the user sending the estimate Example: 6578278e879ad2646715ba9c.
        sent_from (SentFrom | Unset): sender details for invoice, valid only if invoice is not sent manually
        estimate_name (str | Unset): Estimate Name Example: Website redesign.
    """

    alt_id: str
    alt_type: AltType = _attrs_field(converter=_alt_type_member)
    action: EstimateSendRequestAction = _attrs_field(converter=_action_member)
    live_mode: bool
    user_id: str
    sent_from: SentFrom | Unset = UNSET
    estimate_name: str | Unset = UNSET
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

        if not isinstance(self.action, Unset):
            action = self.action.value
            field_dict["action"] = action

        if not isinstance(self.live_mode, Unset):
            live_mode = self.live_mode
            field_dict["liveMode"] = live_mode

        if not isinstance(self.user_id, Unset):
            user_id = self.user_id
            field_dict["userId"] = user_id

        sent_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_from, Unset):
            sent_from = self.sent_from.to_dict()
        if sent_from is not UNSET:
            field_dict["sentFrom"] = sent_from

        estimate_name = self.estimate_name
        if estimate_name is not UNSET:
            field_dict["estimateName"] = estimate_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("EstimateSendRequest", src_dict)
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
            _action = d.pop("action")
            action = EstimateSendRequestAction(_action)

        except Exception as exc:
            action = field_error(exc, src_dict, d, "action", "string (EstimateSendRequestAction)")

        try:
            live_mode: bool = d.pop("liveMode")
            if live_mode.__class__ is not bool and not isinstance(live_mode, bool):
                raise TypeError
        except Exception as exc:
            live_mode = field_error(exc, src_dict, d, "liveMode", "boolean")

        try:
            user_id: str = d.pop("userId")
            if user_id.__class__ is not str and not isinstance(user_id, str):
                raise TypeError
        except Exception as exc:
            user_id = field_error(exc, src_dict, d, "userId", "string")

        sent_from: SentFrom | Unset = UNSET
        try:
            _sent_from = d.pop("sentFrom", UNSET)
            if _sent_from is not UNSET:
                sent_from = SentFrom.from_dict(_sent_from)

        except Exception as exc:
            sent_from = field_error(exc, src_dict, d, "sentFrom", "object (SentFrom)")

        try:
            estimate_name: str | Unset = d.pop("estimateName", UNSET)
            if estimate_name is not UNSET and (
                estimate_name.__class__ is not str and not isinstance(estimate_name, str)
            ):
                raise TypeError
        except Exception as exc:
            estimate_name = field_error(exc, src_dict, d, "estimateName", "string")

        estimate_send_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            action=action,
            live_mode=live_mode,
            user_id=user_id,
            sent_from=sent_from,
            estimate_name=estimate_name,
        )

        estimate_send_request.additional_properties = d
        return estimate_send_request

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
from ..models.sent_from import SentFrom
