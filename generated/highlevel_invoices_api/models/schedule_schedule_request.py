from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alt_type import AltType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleScheduleRequest")


@_attrs_define
class ScheduleScheduleRequest:
    """
    Attributes:
        alt_id (str): location Id / company Id based on altType Example: 6578278e879ad2646715ba9c.
        alt_type (AltType): Alt Type Example: location.
        live_mode (bool):  Example: True.
        auto_payment (AutoPayment | Unset): auto-payment configuration
    """

    alt_id: str
    alt_type: AltType
    live_mode: bool
    auto_payment: AutoPayment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alt_id = self.alt_id

        alt_type = self.alt_type.value

        live_mode = self.live_mode

        auto_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_payment, Unset):
            auto_payment = self.auto_payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "altId": alt_id,
                "altType": alt_type,
                "liveMode": live_mode,
            }
        )
        if auto_payment is not UNSET:
            field_dict["autoPayment"] = auto_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alt_id = d.pop("altId")

        alt_type = AltType(d.pop("altType"))

        live_mode = d.pop("liveMode")

        _auto_payment = d.pop("autoPayment", UNSET)
        auto_payment: AutoPayment | Unset
        if isinstance(_auto_payment, Unset):
            auto_payment = UNSET
        else:
            auto_payment = AutoPayment.from_dict(_auto_payment)

        schedule_schedule_request = cls(
            alt_id=alt_id,
            alt_type=alt_type,
            live_mode=live_mode,
            auto_payment=auto_payment,
        )

        schedule_schedule_request.additional_properties = d
        return schedule_schedule_request

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
from ..models.auto_payment import AutoPayment
